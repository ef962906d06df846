using Namsmannen.Application.Identity;

namespace Namsmannen.Hosting.Demo;

/// <summary>The demo logins, printed by <c>./build.sh run</c>. Demo data only: never seeded outside Development.</summary>
public static class DemoBrukere
{
    public const string Passord = "Namsmann-demo-2026";

    /// <summary>The demo creditor's API key, so a newcomer can try the API with curl at once. Stored hashed like any other.</summary>
    public const string ApiNokkel = "nm_demo2026_kun-for-demodata-aldri-i-produksjon-0001";

    /// <summary>
    /// The demo key's public prefix. Real keys never have it (their alphabet has no «o»), so a key with it is refused
    /// outside Development even if a demo row reached a production database (issue 12, C1).
    /// </summary>
    public const string ApiNokkelPrefiks = "nm_demo2026";

    /// <summary>The demo employer's key for the trekkpålegg feed (issue 17); its prefix is refused outside Development like the creditor's.</summary>
    public const string ArbeidsgiverNokkel = "nm_demoarbg_kun-for-demodata-aldri-i-produksjon-0002";

    public const string ArbeidsgiverNokkelPrefiks = "nm_demoarbg";

    /// <summary>Why the app refuses to start with demo data outside Development (issue 12, C1).</summary>
    public static string NektetUtenforUtvikling(string miljo) =>
        $"Demo:Seed er true i miljøet «{miljo}». Demodata har publiserte passord og en publisert API-nøkkel, og lages bare i "
        + "Development. Fjern innstillingen Demo:Seed (miljøvariabelen Demo__Seed), eller bruk demomodusen i docker-compose.demo.yml.";

    public static readonly IReadOnlyList<(string Epost, string Navn, string Rolle)> Alle =
    [
        ("saksbehandler@namsmannen.test", "Kari Nordmann", Roller.Saksbehandler),
        ("saksbehandler2@namsmannen.test", "Jonas Berg", Roller.Saksbehandler),
        ("leder@namsmannen.test", "Ingrid Solheim", Roller.Leder),
        ("admin@namsmannen.test", "Per Aas", Roller.Admin),
        // A second administrator, to confirm what the first proposes (issue 20, four eyes on rates).
        ("admin2@namsmannen.test", "Eva Strand", Roller.Admin),
        ("kreditor@namsmannen.test", "Sofie Lunde", Roller.Kreditor),
    ];
}
