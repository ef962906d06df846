using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Browser.Tests;

/// <summary>
/// The whole app on real Kestrel (a loopback port) over its own seeded database, and Debian's Chromium driven by
/// Playwright. Playwright's own browser download cannot run here, so the fixture uses /usr/bin/chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public AppFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        // HTTPS with a throwaway self-signed certificate, as behind the TLS proxy in production: the cookies are
        // __Host- and Secure, and antiforgery refuses plain HTTP outside Development (issue 12, M5).
        // HTTP/1.1, as the app is served behind the proxy; the journeys ran on it before they moved to HTTPS.
        var sertifikat = Selvsignert();
        App.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0, listen =>
        {
            listen.Protocols = Microsoft.AspNetCore.Server.Kestrel.Core.HttpProtocols.Http1;
            listen.UseHttps(sertifikat);
        }));
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        // The debtor's log-in (issue 19): the OpenID Connect handler reaches the test identity provider on this server,
        // trusting its self-signed certificate and no other.
        App.IdPortenAdresse = BaseUrl + "/testidp";
        var tommeltrykk = sertifikat.Thumbprint;
        App.IdPortenKanal = () => new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, mottatt, _, _) => mottatt?.Thumbprint == tommeltrykk };

        playwright = await Playwright.CreateAsync();
        var executable = Environment.GetEnvironmentVariable("NAMSMANNEN_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium was not found at {executable}. Run ./build.sh test, which installs it, or set NAMSMANNEN_CHROMIUM.");
        }

        List<string> args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
        if (Environment.UserName == "root")
        {
            args.Add("--no-sandbox");
        }

        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true, Args = args });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 Selvsignert()
    {
        using var nokkel = System.Security.Cryptography.RSA.Create(2048);
        var foresporsel = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=localhost", nokkel, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        var san = new System.Security.Cryptography.X509Certificates.SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        foresporsel.CertificateExtensions.Add(san.Build());
        using var sertifikat = foresporsel.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(sertifikat.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx), null);
    }

    /// <summary>A new browser of its own (a context: no cookies shared), at <paramref name="vindu"/> if given.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize? vindu = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nb-NO", IgnoreHTTPSErrors = true, ViewportSize = vindu });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A new browser of its own, logged in with the demo password as <paramref name="epost"/>, on the user's start page.
    /// Web-first assertions poll the address and the heading: waiting for a load event after the login's redirect raced
    /// in Playwright (WaitForURLAsync, a 30 s timeout in CI twice), so no journey waits for one.
    /// </summary>
    public async Task<IPage> LoggInnAsync(string epost, ViewportSize? vindu = null)
    {
        var page = await NewPageAsync(vindu);
        await page.GotoAsync("/konto/logg-inn");
        await page.GetByLabel("E-postadresse").FillAsync(epost);
        await page.GetByLabel("Passord").FillAsync(Namsmannen.Hosting.Demo.DemoBrukere.Passord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/konto/logg-inn"));
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        return page;
    }
}
