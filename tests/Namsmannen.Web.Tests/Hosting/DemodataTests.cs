using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Hosting;

/// <summary>Issue 12, C1: the published demo logins and API key never work outside Development.</summary>
public sealed class DemodataTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task The_app_refuses_to_start_with_demo_data_outside_Development_and_names_the_setting(string miljo)
    {
        await using var factory = new DemoSeedFactory(miljo);

        var feil = Should.Throw<InvalidOperationException>(() => factory.CreateClient());

        feil.Message.ShouldContain("Demo:Seed");
        feil.Message.ShouldContain($"«{miljo}»");
        feil.Message.ShouldContain("Demo__Seed");
    }

    [Fact]
    public async Task Production_refuses_to_start_without_a_certificate_for_the_data_protection_keys()
    {
        await using var factory = new DemoSeedFactory("Production", demo: false);

        var feil = Should.Throw<InvalidOperationException>(() => factory.CreateClient());

        feil.Message.ShouldStartWith("DataProtection:Sertifikat er ikke satt.");
        feil.Message.ShouldContain("DataProtection__Sertifikat");
    }

    [Fact]
    public async Task With_the_certificate_the_keys_are_stored_encrypted_and_a_login_works()
    {
        var sti = await SertifikatAsync();
        try
        {
            await using var factory = new SertifikatFactory(sti);
            await factory.InitializeAsync();
            var client = factory.Browser();
            (await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
            (await client.GetAsync("/saksbehandling")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);

            await using var db = Namsmannen.Application.Tests.Infrastructure.TestPostgres.CreateDbContext(factory.DatabaseName);
            var xml = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.DataProtectionKeys.Select(k => k.Xml));
            xml.ShouldNotBeEmpty();
            xml.ShouldAllBe(x => x!.Contains("EncryptedData", StringComparison.Ordinal) && !x.Contains("<masterKey", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(sti);
        }
    }

    /// <summary>A self-signed PFX for the data protection keys (password «hemmelig»), written to a temporary file the test deletes.</summary>
    private static async Task<string> SertifikatAsync()
    {
        using var nokkel = System.Security.Cryptography.RSA.Create(2048);
        var foresporsel = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Namsmannen DataProtection", nokkel, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var sertifikat = foresporsel.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var sti = Path.Combine(Path.GetTempPath(), $"dp-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(sti, sertifikat.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "hemmelig"));
        return sti;
    }

    private sealed class SertifikatFactory(string sti, string? miljo = null, bool testinnlogging = false) : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DataProtection:Sertifikat", sti);
            builder.UseSetting("DataProtection:SertifikatPassord", "hemmelig");
            if (miljo is not null)
            {
                builder.UseEnvironment(miljo);
                builder.UseSetting("Namsmannskonto:Navn", "Namsmannen testkonto");
                builder.UseSetting("Namsmannskonto:Organisasjonsnummer", Namsmannen.Application.Tests.Infrastructure.TestData.Organisasjonsnummer().Verdi);
                builder.UseSetting("Namsmannskonto:Kontonummer", Namsmannen.Domain.Penger.Kontonummer.MedKontrollsiffer("1503" + "765432")!.Verdi);
                builder.UseSetting("Namsmannskonto:Bic", "DNBANOKK");
                builder.UseSetting("Samordning:Kontonummer", Namsmannen.Domain.Penger.Kontonummer.MedKontrollsiffer("7694" + "123456")!.Verdi);
                builder.UseSetting("IdPorten:Testinnlogging", testinnlogging ? "true" : "false");
            }
        }
    }

    [Fact]
    public async Task Production_refuses_the_local_test_identity_provider_that_lets_anyone_log_in_as_anyone()
    {
        var sti = await SertifikatAsync();
        try
        {
            await using var factory = new SertifikatFactory(sti, "Production", testinnlogging: true);
            await factory.InitializeAsync();
            var feil = Should.Throw<InvalidOperationException>(() => factory.CreateClient());
            feil.Message.ShouldStartWith("IdPorten:Testinnlogging er slått på i Production.");
            feil.Message.ShouldContain("IdPorten__Authority");
        }
        finally
        {
            File.Delete(sti);
        }
    }

    [Fact]
    public async Task Production_refuses_to_start_without_the_real_accounts_and_names_the_settings()
    {
        var sti = await SertifikatAsync();
        try
        {
            await using var factory = new UtenKontoerFactory(sti);
            var feil = Should.Throw<InvalidOperationException>(() => factory.CreateClient());
            feil.Message.ShouldStartWith("I Production må namsmannens konto (som utbetalingene i pain.001 betales fra) være satt: Namsmannskonto__Navn (kontohaverens navn)");
            feil.Message.ShouldContain("Namsmannskonto__Kontonummer");
        }
        finally
        {
            File.Delete(sti);
        }
    }

    private sealed class UtenKontoerFactory(string sti) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Namsmannen", Namsmannen.Application.Tests.Infrastructure.TestPostgres.ConnectionString("finnes_ikke"));
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.UseSetting("Planlegger:Aktiv", "false");
            builder.UseSetting("Demo:Seed", "false");
            builder.UseSetting("DataProtection:Sertifikat", sti);
            builder.UseSetting("DataProtection:SertifikatPassord", "hemmelig");
            builder.UseSetting("Serilog:MinimumLevel", "Fatal");
        }
    }

    [Fact]
    public async Task In_production_the_coordinated_trekk_is_not_connected_and_the_simulator_never_answers()
    {
        var sti = await SertifikatAsync();
        try
        {
            await using var factory = new SertifikatFactory(sti, "Production");
            await factory.InitializeAsync();
            var samordnet = factory.Services.GetRequiredService<Namsmannen.Application.Features.Trekkordning.Samordning.ISamordnetTrekk>();
            samordnet.ShouldBeOfType<Namsmannen.Application.Features.Trekkordning.Samordning.SamordnetTrekkIkkeTilkoblet>();
            var feil = await Should.ThrowAsync<InvalidOperationException>(() => samordnet.HentDekningAsync(0, 10, default));
            feil.Message.ShouldBe("Samordnet trekk hos Skatteetaten er ikke tilkoblet i denne installasjonen. Ingenting er overlevert eller bokført.");
        }
        finally
        {
            File.Delete(sti);
        }
    }

    [Fact]
    public async Task The_published_demo_key_is_refused_outside_Development_although_its_row_exists()
    {
        (await app.DemoKreditorAsync()).ShouldNotBe(Guid.Empty);

        var response = await app.ApiKlient(DemoBrukere.ApiNokkel).GetAsync("/api/v1/hendelser");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.DemoKlient().GetAsync("/api/v1/hendelser")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void The_demo_prefix_is_the_demo_keys_own_and_no_generated_key_can_have_it()
    {
        ApiNokkelformat.Prefiks(DemoBrukere.ApiNokkel).ShouldBe(DemoBrukere.ApiNokkelPrefiks);
        for (var i = 0; i < 1000; i++)
        {
            ApiNokkelformat.Lag().Prefiks.ShouldNotContain('o');
        }
    }

    private sealed class DemoSeedFactory(string miljo, bool demo = true) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(miljo);
            builder.UseSetting("ConnectionStrings:Namsmannen", Namsmannen.Application.Tests.Infrastructure.TestPostgres.ConnectionString("finnes_ikke"));
            builder.UseSetting("Database:MigrateOnStartup", "false");
            // Quartz validates its tables when the host starts: without a database it would stop the app before the error page (docs/decisions/0012).
            builder.UseSetting("Planlegger:Aktiv", "false");
            builder.UseSetting("Demo:Seed", demo ? "true" : "false");
            builder.UseSetting("Serilog:MinimumLevel", "Fatal");
        }
    }
}

/// <summary>Issue 12, M5: behind a TLS proxy the cookies are __Host- and Secure, and HSTS is sent.</summary>
public sealed class TlsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_login_and_antiforgery_cookies_are_Host_prefixed_and_Secure_and_HSTS_is_sent()
    {
        // HSTS is never sent to localhost, so this browser uses a real host name.
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://namsmannen.test") });
        var side = await client.GetAsync("/konto/logg-inn");
        var login = await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);

        side.Headers.GetValues("Strict-Transport-Security").Single().ShouldBe("max-age=31536000; includeSubDomains");
        var antiforgery = side.Headers.GetValues("Set-Cookie").Single(c => c.Contains("antiforgery", StringComparison.Ordinal));
        antiforgery.ShouldStartWith("__Host-namsmannen-antiforgery=");
        antiforgery.ShouldContain("secure");
        var innlogging = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-namsmannen=", StringComparison.Ordinal));
        innlogging.ShouldContain("secure");
        innlogging.ShouldContain("path=/");
        innlogging.ShouldContain("httponly");
    }
}
