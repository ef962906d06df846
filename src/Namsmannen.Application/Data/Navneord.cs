namespace Namsmannen.Application.Data;

/// <summary>
/// One word of a case's debtor name, in the work queue's order (see migration <c>Navnesok</c>): the database keeps
/// these rows by triggers; the search reads them.
/// </summary>
public sealed class Navneord
{
    public string Ord { get; set; } = string.Empty;

    public DateOnly Mottatt { get; set; }

    public string Saksnummer { get; set; } = string.Empty;

    public Guid SakId { get; set; }

    private static readonly char[] Skille = [' ', '\t', '\n', '\r', ',', '.', '-'];

    /// <summary>The words of a name or a search, split and lower-cased as the database function <c>navneord</c> does.</summary>
    public static IReadOnlyList<string> Ordene(string tekst) =>
        tekst.ToLowerInvariant().Split(Skille, StringSplitOptions.RemoveEmptyEntries)
            .Select(o => o.Length > 100 ? o[..100] : o)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
