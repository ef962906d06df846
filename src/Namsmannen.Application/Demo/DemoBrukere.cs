using Namsmannen.Application.Identity;

namespace Namsmannen.Application.Demo;

/// <summary>The demo logins, printed by <c>./build.sh run</c>. Demo data only: never seeded outside Development.</summary>
public static class DemoBrukere
{
    public const string Passord = "Namsmann-demo-2026";

    public static readonly IReadOnlyList<(string Epost, string Navn, string Rolle)> Alle =
    [
        ("saksbehandler@namsmannen.test", "Kari Nordmann", Roller.Saksbehandler),
        ("saksbehandler2@namsmannen.test", "Jonas Berg", Roller.Saksbehandler),
        ("leder@namsmannen.test", "Ingrid Solheim", Roller.Leder),
        ("admin@namsmannen.test", "Per Aas", Roller.Admin),
        ("kreditor@namsmannen.test", "Sofie Lunde", Roller.Kreditor),
    ];
}
