using Namsmannen.Hosting.Demo;

namespace Namsmannen.Web.Hosting;

/// <summary>In Development with demo data, prints where the app answers and how to log in, once it is ready.</summary>
public sealed class DemoBanner(IHostApplicationLifetime lifetime, Microsoft.AspNetCore.Hosting.Server.IServer server, IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
            var lines = new List<string>
            {
                string.Empty,
                "  Namsmannen er klar: " + string.Join(", ", addresses),
                string.Empty,
                "  Demo-innlogginger (passord for alle: " + DemoBrukere.Passord + "):",
            };
            lines.AddRange(DemoBrukere.Alle.Select(b => $"    {b.Rolle,-14} {b.Epost}"));
            lines.Add(string.Empty);
            var url = addresses.FirstOrDefault() ?? "http://localhost:5080";
            lines.Add("  API-nøkkel for demokreditoren (" + DemoBrukere.Alle.Single(b => b.Rolle == Application.Identity.Roller.Kreditor).Epost + "):");
            lines.Add("    " + DemoBrukere.ApiNokkel);
            lines.Add("  Prøv: curl -H 'Authorization: Bearer " + DemoBrukere.ApiNokkel + "' " + url + "/api/v1/hendelser");
            lines.Add(string.Empty);
            lines.Add("  API-nøkkel for demoarbeidsgiveren (orgnr " + Namsmannen.Hosting.Demo.DemoSeeder.Arbeidsgiver + ", trekkpålegg):");
            lines.Add("    " + DemoBrukere.ArbeidsgiverNokkel);
            lines.Add("  Prøv: curl -H 'Authorization: Bearer " + DemoBrukere.ArbeidsgiverNokkel + "' '" + url + "/api/v1/arbeidsgiver/trekkpalegg?etter=0&antall=10'");
            lines.Add("  API-dokumentasjon: " + url + "/api-dokumentasjon");
            lines.Add(string.Empty);
            lines.Add("  Min sak for skyldnere: " + url + "/min-sak (lokal testinnlogging i stedet for ID-porten; skriv fødselsnummeret):");
            foreach (var (fodselsnummer, navn, malform) in Testpersoner())
            {
                lines.Add($"    {fodselsnummer}  {navn} ({(malform == Namsmannen.Domain.Parter.Malform.Nynorsk ? "nynorsk" : "bokmål")})");
            }

            lines.Add(string.Empty);
            lines.Add("  Ctrl+C stopper appen og den lokale databasen.");
            lines.Add(string.Empty);
            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The demo's test persons (synthetic fødselsnumre), read once when the banner is printed.</summary>
    private IReadOnlyList<(string Fodselsnummer, string Navn, Namsmannen.Domain.Parter.Malform? Malform)> Testpersoner()
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Namsmannen.Application.Data.NamsmannenDbContext>();
        return Testskyldnere.FinnAsync(db, CancellationToken.None).GetAwaiter().GetResult();
    }
}
