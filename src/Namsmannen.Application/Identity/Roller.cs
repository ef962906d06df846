namespace Namsmannen.Application.Identity;

public static class Roller
{
    public const string Saksbehandler = "Saksbehandler";
    public const string Kreditor = "Kreditor";
    public const string Leder = "Leder";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> Alle = [Saksbehandler, Kreditor, Leder, Admin];

    public static string Visningsnavn(string rolle) => rolle switch
    {
        Saksbehandler => "Saksbehandler",
        Kreditor => "Kreditor",
        Leder => "Leder",
        Admin => "Administrator",
        _ => rolle,
    };
}
