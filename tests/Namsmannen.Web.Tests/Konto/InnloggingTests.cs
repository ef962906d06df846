using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Konto;

public sealed class InnloggingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("saksbehandler@namsmannen.test", "/saksbehandling", "Saksbehandling")]
    [InlineData("leder@namsmannen.test", "/leder", "Oversikt for Oslo politidistrikt")]
    [InlineData("admin@namsmannen.test", "/admin", "Administrasjon")]
    [InlineData("kreditor@namsmannen.test", "/kreditor", "Mine saker")]
    public async Task Each_demo_role_logs_in_and_lands_on_its_own_start_page(string epost, string startside, string overskrift)
    {
        var client = app.Browser();

        var login = await client.LogInAsync(epost, DemoBrukere.Passord);

        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        login.Headers.Location!.OriginalString.ShouldBe(startside);
        var page = await client.GetDocumentAsync(startside);
        page.QuerySelector("h1")!.TextContent.ShouldBe(overskrift);
        page.QuerySelector(".logg-ut button")!.TextContent.ShouldBe("Logg ut");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_with_a_Norwegian_message()
    {
        var client = app.Browser();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await client.LogInAsync("saksbehandler2@namsmannen.test", "Feil-passord-123");
            wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await wrong.ParseAsync()).QuerySelector(".feiloppsummering li")!.TextContent.ShouldBe("Feil e-postadresse eller passord.");
        }

        var fifth = await client.LogInAsync("saksbehandler2@namsmannen.test", "Feil-passord-123");
        (await fifth.ParseAsync()).QuerySelector(".feiloppsummering li")!.TextContent
            .ShouldBe("Kontoen er låst etter for mange mislykkede innlogginger. Prøv igjen om 15 minutter, eller kontakt en administrator.");

        var rightPasswordTooLate = await client.LogInAsync("saksbehandler2@namsmannen.test", DemoBrukere.Passord);
        rightPasswordTooLate.StatusCode.ShouldBe(HttpStatusCode.OK, "a locked account must not log in even with the right password");
        (await rightPasswordTooLate.ParseAsync()).QuerySelector(".feiloppsummering li")!.TextContent.ShouldStartWith("Kontoen er låst");
    }

    [Fact]
    public async Task Empty_fields_are_named_in_the_error_summary_and_beside_each_field()
    {
        var client = app.Browser();

        var response = await client.LogInAsync(string.Empty, string.Empty);

        var page = await response.ParseAsync();
        page.QuerySelectorAll(".feiloppsummering a").Select(a => (a.GetAttribute("href"), a.TextContent)).ShouldBe(
        [
            ("#Data_Epost", "Skriv inn e-postadressen din."),
            ("#Data_Passord", "Skriv inn passordet ditt."),
        ]);
        page.QuerySelector("#Data_Epost-feil")!.TextContent.ShouldBe("Skriv inn e-postadressen din.");
    }

    [Fact]
    public async Task A_page_asks_an_anonymous_visitor_to_log_in_and_returns_there_afterwards()
    {
        var client = app.Browser();

        var response = await client.GetAsync("/leder");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQuery.ShouldBe("/konto/logg-inn?ReturnUrl=%2Fleder");
        var login = await client.LogInAsync("leder@namsmannen.test", DemoBrukere.Passord, "/konto/logg-inn?ReturnUrl=%2Fleder");
        login.Headers.Location!.OriginalString.ShouldBe("/leder");
    }

    [Fact]
    public async Task A_creditor_cannot_open_the_caseworkers_pages()
    {
        var client = app.Browser();
        await client.LogInAsync("kreditor@namsmannen.test", DemoBrukere.Passord);

        var response = await client.GetAsync("/saksbehandling");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/konto/ingen-tilgang");
        var denied = await client.GetDocumentAsync("/konto/ingen-tilgang", HttpStatusCode.Forbidden);
        denied.QuerySelector("h1")!.TextContent.ShouldBe("Du har ikke tilgang");
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var client = app.Browser();
        await client.LogInAsync("admin@namsmannen.test", DemoBrukere.Passord);
        var page = await client.GetDocumentAsync("/admin");

        var logout = await client.SubmitAsync(page, "form.logg-ut", new Dictionary<string, string>());

        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect, await logout.Content.ReadAsStringAsync());
        logout.Headers.Location!.OriginalString.ShouldBe("/konto/logg-inn");
        (await client.GetAsync("/admin")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}

/// <summary>The app with the production login throttle: a few attempts per address, then the Norwegian 429 page.</summary>
public sealed class StrengInnloggingFactory : AppFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Innlogging:Burst", "3");
        builder.UseSetting("Innlogging:SekunderPerForsok", "60");
        builder.UseSetting("Innlogging:ForsinkelseMs", "10");
        builder.UseSetting("Api:Grenser:FeilNokler", "5");
    }
}

/// <summary>Issue 12, M7: guessing passwords from one address is throttled before the lockout can be abused.</summary>
public sealed class InnloggingsvernTests(StrengInnloggingFactory app) : IClassFixture<StrengInnloggingFactory>
{
    [Fact]
    public async Task Repeated_attempts_from_one_address_get_a_Norwegian_429_page_and_the_account_is_not_locked()
    {
        var client = app.Browser();
        var side = await client.GetDocumentAsync("/konto/logg-inn");
        var svar = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            svar.Add((await client.SubmitAsync(side, "main form", new Dictionary<string, string> { ["Data.Epost"] = "saksbehandler@namsmannen.test", ["Data.Passord"] = "feil-passord-" + i })).StatusCode);
        }

        svar.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        var sperret = await client.SubmitAsync(side, "main form", new Dictionary<string, string> { ["Data.Epost"] = "saksbehandler@namsmannen.test", ["Data.Passord"] = DemoBrukere.Passord });
        sperret.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var dokument = await sperret.ParseAsync();
        dokument.QuerySelector("h1")!.TextContent.ShouldBe("For mange forsøk");
        dokument.QuerySelector("main p")!.TextContent.ShouldStartWith("For mange forsøk på kort tid. Vent ");
        await using var db = Namsmannen.Application.Tests.Infrastructure.TestPostgres.CreateDbContext(app.DatabaseName);
        (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users, u => u.Email == "saksbehandler@namsmannen.test")).AccessFailedCount.ShouldBe(3, "the throttle stopped the fourth guess before it counted");
    }

    [Fact]
    public async Task Guessing_API_keys_from_one_address_is_stopped_before_the_database_is_asked()
    {
        var svar = new List<System.Net.HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            var (_, prefiks, _) = Namsmannen.Application.Features.Portal.ApiNokkelformat.Lag();
            svar.Add((await app.ApiKlient(prefiks + "_gjetning" + i).GetAsync("/api/v1/hendelser")).StatusCode);
        }

        svar.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
        var sperret = await app.ApiKlient("nm_abcdefgh_noe").GetAsync("/api/v1/hendelser");
        sperret.Headers.RetryAfter.ShouldNotBeNull();
        (await sperret.Content.ReadAsStringAsync()).ShouldContain("For mange ugyldige API-nøkler.");
    }

    [Fact]
    public void A_failed_login_is_logged_with_the_account_masked()
    {
        Namsmannen.Web.Pages.Konto.LoggInn.MaskertEpost("kari.nordmann@namsmannen.test").ShouldBe("ka***@namsmannen.test");
        Namsmannen.Web.Pages.Konto.LoggInn.MaskertEpost("x").ShouldBe("x***");
    }
}

/// <summary>The app with a password hasher that counts its checks, so the cost of a login can be seen without a clock.</summary>
public sealed class TellendeHasherFactory : AppFactory
{
    public TellendeHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<Application.Identity.Bruker>>(Hasher));
    }

    public sealed class TellendeHasher : Microsoft.AspNetCore.Identity.IPasswordHasher<Application.Identity.Bruker>
    {
        private readonly Microsoft.AspNetCore.Identity.PasswordHasher<Application.Identity.Bruker> indre = new();
        private int antall;

        public int Antall => Volatile.Read(ref antall);

        public string HashPassword(Application.Identity.Bruker user, string password) => indre.HashPassword(user, password);

        public Microsoft.AspNetCore.Identity.PasswordVerificationResult VerifyHashedPassword(Application.Identity.Bruker user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref antall);
            return indre.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>
/// Issue 12, M7: a login for an address that has no account costs the same password check as one for a real account,
/// so the answer's time does not tell which accounts exist (4 ms against 60–214 ms in the review), and says the same.
/// </summary>
public sealed class LikInnloggingTests(TellendeHasherFactory app) : IClassFixture<TellendeHasherFactory>
{
    [Fact]
    public async Task An_address_without_an_account_costs_one_password_check_like_a_real_account_and_gets_the_same_answer()
    {
        var client = app.Browser();
        var side = await client.GetDocumentAsync("/konto/logg-inn");

        async Task<(int Kontroller, string Melding)> ForsokAsync(string epost)
        {
            var for_ = app.Hasher.Antall;
            var svar = await client.SubmitAsync(side, "main form", new Dictionary<string, string> { ["Data.Epost"] = epost, ["Data.Passord"] = "Feil-passord-2026" });
            svar.StatusCode.ShouldBe(HttpStatusCode.OK);
            return (app.Hasher.Antall - for_, (await svar.ParseAsync()).QuerySelector(".feiloppsummering")!.TextContent.Trim());
        }

        var ukjent = await ForsokAsync("finnes.ikke@namsmannen.test");
        var kjent = await ForsokAsync("saksbehandler@namsmannen.test");

        ukjent.Kontroller.ShouldBe(1);
        kjent.Kontroller.ShouldBe(1);
        ukjent.Melding.ShouldBe(kjent.Melding);
    }
}
