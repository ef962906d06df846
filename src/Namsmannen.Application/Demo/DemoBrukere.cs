using Namsmannen.Application.Identity;

namespace Namsmannen.Application.Demo;

/// <summary>The demo logins, printed by <c>./build.sh run</c>. Demo data only: never seeded outside Development.</summary>
public static class DemoBrukere
{
    public const string Passord = "Namsmann-demo-2026";

    /// <summary>The demo creditor's API key, so a newcomer can try the API with curl at once. Stored hashed like any other.</summary>
    public const string ApiNokkel = "nm_demo2026_kun-for-demodata-aldri-i-produksjon-0001";

    public static readonly IReadOnlyList<(string Epost, string Navn, string Rolle)> Alle =
    [
        ("saksbehandler@namsmannen.test", "Kari Nordmann", Roller.Saksbehandler),
        ("saksbehandler2@namsmannen.test", "Jonas Berg", Roller.Saksbehandler),
        ("leder@namsmannen.test", "Ingrid Solheim", Roller.Leder),
        ("admin@namsmannen.test", "Per Aas", Roller.Admin),
        ("kreditor@namsmannen.test", "Sofie Lunde", Roller.Kreditor),
    ];
}
