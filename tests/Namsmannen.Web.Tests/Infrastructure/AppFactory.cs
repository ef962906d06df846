using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application;
using Namsmannen.Application.Data;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Hosting;

namespace Namsmannen.Web.Tests.Infrastructure;

/// <summary>
/// The whole app over its own database cloned from the migrated template, seeded with the demo office, so page tests
/// log in with the demo logins exactly as a newcomer would. The app runs as "Testing", where it refuses
/// <c>Demo:Seed</c> and the published demo API key (issue 12, C1); so the factory seeds the office itself, and the
/// demo creditor's API tests use a key of their own (<see cref="DemoNokkel"/>).
/// </summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DatabaseName { get; private set; } = string.Empty;

    public virtual string ConnectionString => TestPostgres.ConnectionString(DatabaseName);

    /// <summary>The login of the app under test; the demo office is seeded with <see cref="ConnectionString"/> whatever it is.</summary>
    protected virtual string AppensConnectionString => ConnectionString;

    /// <summary>The schema owner's login, which the migrations run under (the app itself logs in as a role that owns nothing).</summary>
    public virtual string EierConnectionString => TestPostgres.EierConnectionString(DatabaseName);

    /// <summary>A real (non-demo) API key for the demo creditor, made when the office is seeded.</summary>
    public string DemoNokkel { get; private set; } = string.Empty;

    /// <summary>The test's database: a clone of the migrated template on the run's server, unless a subclass brings its own.</summary>
    protected virtual Task<string> OpprettDatabaseAsync() => TestPostgres.CreateDatabaseAsync();

    protected virtual Task SlettDatabaseAsync() => TestPostgres.DropDatabaseAsync(DatabaseName);

    /// <summary>A context of the test's own on its database, wherever that is.</summary>
    public Namsmannen.Application.Data.NamsmannenDbContext CreateDbContext() => Namsmannen.Application.Data.NamsmannenDbContext.Opprett(ConnectionString);

    public virtual async Task InitializeAsync()
    {
        DatabaseName = await OpprettDatabaseAsync();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<Namsmannen.Application.Common.ICurrentUser>(new TestUser())
            .AddSingleton(new Eierforbindelse(EierConnectionString))
            .AddNamsmannenApplication(ConnectionString)
            .AddNamsmannenDemo()
            .BuildServiceProvider();
        await using (services)
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(seedDemoData: true, default);
        }

        DemoNokkel = await this.NyNokkelAsync(await this.DemoKreditorAsync());
    }

    private ServiceProvider? kommandoer;

    /// <summary>
    /// Sends one of the app's commands as <paramref name="som"/>, over the same database, outside any HTTP request: how
    /// a test makes its own data with production's own paths (<see cref="Saksbygger"/>).
    /// </summary>
    public async Task<TResponse> SendAsync<TResponse>(MediatR.IRequest<TResponse> request, Namsmannen.Application.Common.ICurrentUser som)
    {
        kommandoer ??= Brukervalg.Registrer(new ServiceCollection().AddLogging())
            .AddNamsmannenApplication(ConnectionString)
            .BuildServiceProvider();
        return await Brukervalg.SendAsync(kommandoer, request, som);
    }

    /// <summary>
    /// Sends every letter waiting in the outbox as the scheduler's worker does (the app's own trigger is off in the
    /// tests), through the digital post's simulator without its first-attempt outage, printed by the machine's Chromium.
    /// </summary>
    public async Task<Namsmannen.Application.Features.Utsendinger.Utsender.Resultat> SendBrevAsync()
    {
        await using var tjenester = Brukervalg.Registrer(new ServiceCollection().AddLogging())
            .AddSingleton<Namsmannen.Application.Features.Brevsending.IDigitalPost>(new Namsmannen.Application.Features.Brevsending.DigitalPostSimulator(ConnectionString, TimeProvider.System, TimeSpan.Zero, ustabil: false))
            .AddNamsmannenApplication(ConnectionString)
            .BuildServiceProvider();
        await using var scope = tjenester.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Namsmannen.Application.Features.Utsendinger.Utsender>()
            .KjorAsync(10_000, default, Namsmannen.Application.Features.Utsendinger.Utsender.Brevene);
    }

    public new async Task DisposeAsync()
    {
        if (kommandoer is not null)
        {
            await kommandoer.DisposeAsync();
        }

        await base.DisposeAsync();
        await SlettDatabaseAsync();
    }

    /// <summary>A browser over HTTPS, as behind the TLS proxy in production: the cookies are Secure and __Host- (issue 12, M5).</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Namsmannen", AppensConnectionString);
        builder.UseSetting(Eierforbindelse.Innstilling, EierConnectionString);
        builder.UseSetting("Serilog:MinimumLevel", "Warning");
        // Every test client has the same (absent) IP address: the login throttle and delay have their own test.
        builder.UseSetting("Innlogging:Burst", "100000");
        builder.UseSetting("Innlogging:ForsinkelseMs", "0");
        // A session is checked against its login on every request, so a disabled user is out at once (issue 20).
        builder.UseSetting("Innlogging:SesjonskontrollSekunder", "0");
        builder.UseSetting("Api:Grenser:FeilNokler", "100000");
        // The outbox is sent when a test sends it (Utsender), never by the scheduler in the middle of a test.
        builder.UseSetting("Utboks:IntervallSekunder", "0");
        // The debtor's log-in (issue 19) through the local test identity provider, as in Development; the production
        // OpenID Connect handler fetches its metadata and tokens through the test server (or Kestrel, in the browser tests).
        builder.UseSetting("IdPorten:Testinnlogging", "true");
        builder.UseSetting("IdPorten:Authority", "https://localhost/testidp");
        builder.UseSetting("IdPorten:ClientId", "namsmannen-test");
        builder.UseSetting("IdPorten:ClientSecret", "test-hemmelighet");
        builder.ConfigureServices(services => services.Configure<Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions>(Namsmannen.Web.Hosting.IdPorten.Skjema, options =>
        {
            if (IdPortenAdresse is { } adresse)
            {
                options.Authority = adresse;
                options.MetadataAddress = adresse + "/.well-known/openid-configuration";
            }

            options.BackchannelHttpHandler = IdPortenKanal?.Invoke() ?? Server.CreateHandler();
        }));
    }

    /// <summary>Where the test identity provider answers, when not at https://localhost (Kestrel in the browser tests).</summary>
    public string? IdPortenAdresse { get; set; }

    /// <summary>How the app reaches its own test identity provider, when not through the test server.</summary>
    public Func<HttpMessageHandler>? IdPortenKanal { get; set; }
}

public static class Html
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(expected, $"GET {url}");
        return await response.ParseAsync();
    }

    /// <summary>Parses the response as a document that knows its own address, so forms resolve their action.</summary>
    public static async Task<IHtmlDocument> ParseAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var address = response.RequestMessage!.RequestUri!.ToString();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(html).Address(address));
    }

    /// <summary>
    /// Submits a form as a browser would: every successful control with its current value (text, hidden, checked boxes
    /// and radios, selected options, textareas), with the given values replacing those of the same name.
    /// </summary>
    /// <param name="knapp">The submit button clicked, when its <c>formaction</c> sends the form elsewhere (a page handler).</param>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlDocument page, string formSelector, IReadOnlyDictionary<string, string> values, string? knapp = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {formSelector}.");
        var fields = Felter(form, values);

        // Like a browser: the clicked button's formaction, else the form's action, without its #fragment, or the page's own address.
        var action = knapp is null ? form.GetAttribute("action") : form.QuerySelector(knapp)?.GetAttribute("formaction") ?? throw new InvalidOperationException($"No button {knapp} with a formaction.");
        var target = string.IsNullOrEmpty(action) ? new Uri(form.Action).PathAndQuery : action.Split('#')[0];
        return client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    /// <summary>What a browser sends for <paramref name="form"/>, with the given values replacing those of the same name.</summary>
    public static List<KeyValuePair<string, string>> Felter(IHtmlFormElement form, IReadOnlyDictionary<string, string> values)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "file" or "image" or "reset"):
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields.Add(new(input.Name!, input.Value));
                        }
                    }
                    else
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    if (option is not null)
                    {
                        fields.Add(new(select.Name!, option.Value));
                    }

                    break;
            }
        }

        fields.RemoveAll(f => values.ContainsKey(f.Key));
        fields.AddRange(values);
        return fields;
    }

    /// <summary>
    /// Follows the case page's link to an action's page, as a caseworker would; fails when the case page offers no link
    /// to it (the action is not possible now). <paramref name="side"/> is the page's last part: «varsel», «handling/Henlegg».
    /// </summary>
    public static async Task<IHtmlDocument> HandlingssideAsync(this HttpClient client, string saksnummer, string side)
    {
        var adresse = $"/saksbehandling/saker/{saksnummer}/{side}";
        var sak = await client.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        sak.QuerySelectorAll("section.neste a").Select(a => a.GetAttribute("href")).ShouldContain(adresse, $"the case page links to «{side}»");
        return await client.GetDocumentAsync(adresse);
    }

    /// <summary>Carries out an action from its page: follows the case page's link, fills in the form and sends it.</summary>
    public static async Task<HttpResponseMessage> UtforAsync(this HttpClient client, string saksnummer, string side, IReadOnlyDictionary<string, string>? values = null) =>
        await client.SubmitAsync(await client.HandlingssideAsync(saksnummer, side), "main form[method=post]", values ?? new Dictionary<string, string>());

    /// <summary>Submits a multipart form with files, as a browser would: the antiforgery token, the fields, the files.</summary>
    public static Task<HttpResponseMessage> SubmitMedFilerAsync(this HttpClient client, IHtmlDocument page, string formSelector, IReadOnlyDictionary<string, string> felter, string filfelt, params (string Navn, byte[] Innhold)[] filer)
    {
        var form = (IHtmlFormElement)page.QuerySelector(formSelector)!;
        var content = new MultipartFormDataContent();
        content.Add(new StringContent(((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value), "__RequestVerificationToken");
        foreach (var (navn, verdi) in felter)
        {
            content.Add(new StringContent(verdi), navn);
        }

        foreach (var (navn, innhold) in filer)
        {
            content.Add(new ByteArrayContent(innhold), filfelt, navn);
        }

        var action = form.GetAttribute("action");
        return client.PostAsync(string.IsNullOrEmpty(action) ? new Uri(form.Action).PathAndQuery : action, content);
    }

    /// <summary>
    /// A post a page does not offer (a button it leaves out for this user), forged with the page's antiforgery token:
    /// only the given fields, as someone who knows the form would send them.
    /// </summary>
    public static FormUrlEncodedContent Forfalsket(IHtmlDocument side, params (string Navn, string Verdi)[] felt) => new(
        felt.Select(f => new KeyValuePair<string, string>(f.Navn, f.Verdi))
            .Append(new("__RequestVerificationToken", side.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)));

    public static async Task<HttpResponseMessage> LogInAsync(this HttpClient client, string epost, string passord, string loginUrl = "/konto/logg-inn")
    {
        var page = await client.GetDocumentAsync(loginUrl);
        return await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Data.Epost"] = epost, ["Data.Passord"] = passord });
    }
}
