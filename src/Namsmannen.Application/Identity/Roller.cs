namespace Namsmannen.Application.Identity;

public static class Roller
{
    public const string Saksbehandler = "Saksbehandler";
    public const string Kreditor = "Kreditor";
    public const string Leder = "Leder";
    public const string Admin = "Admin";

    /// <summary>A debtor logged in with ID-porten (issue 19): never a user in the users table, never in <see cref="Alle"/>.</summary>
    public const string Skyldner = "Skyldner";

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
