using Microsoft.EntityFrameworkCore;

namespace Namsmannen.Application.Data;

/// <summary>
/// One entry of a case's debtor name, a word or a pair of neighbouring words, in the work queue's order (see migration
/// <c>Navnesok</c>): the database keeps these rows by triggers; the search reads them.
/// </summary>
public sealed class Navneord
{
    public string Ord { get; set; } = string.Empty;

    public DateOnly Mottatt { get; set; }

    public string Saksnummer { get; set; } = string.Empty;

    public Guid SakId { get; set; }

    private static readonly char[] Skille = [' ', '\t', '\n', '\r', ',', '.', '-'];

    /// <summary>An entry and how many cases have it, counted up to <see cref="Tak"/> (enough to tell rare from common).</summary>
    public sealed record Forekomst(string Ord, int Antall);

    public const int Tak = 1000;

    /// <summary>How common each entry is, in one query that reads at most <see cref="Tak"/> index entries for each.</summary>
    public static async Task<List<Forekomst>> ForekomsterAsync(NamsmannenDbContext db, string[] ordene, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<Forekomst>($"""
            SELECT o AS "Ord", (SELECT count(*)::int FROM (SELECT 1 FROM saker_navneord w WHERE w.ord = o LIMIT {Tak}) x) AS "Antall"
              FROM unnest({ordene}) AS o
            """).ToListAsync(cancellationToken);

    /// <summary>
    /// The entries a name has, as the database function <c>navneord</c> makes them: every word and every pair of
    /// neighbouring words, the pair in alphabetical order so «Solberg Even» finds «Even Solberg».
    /// </summary>
    public static IReadOnlyList<string> Oppslag(string navn)
    {
        var ordene = Deler(navn);
        return ordene.Concat(ordene.Zip(ordene.Skip(1), Par)).Select(Kort).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The entries a search looks up: its word, or for several words each pair of neighbours, which are rare even when
    /// the words are common ("kari hansen").
    /// </summary>
    public static IReadOnlyList<string> Sokeord(string sok)
    {
        var ordene = Deler(sok);
        return (ordene.Count < 2 ? ordene : ordene.Zip(ordene.Skip(1), Par).ToList()).Select(Kort).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Par(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a + " " + b : b + " " + a;

    private static List<string> Deler(string tekst) => [.. Foldet(tekst).Split(Skille, StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>
    /// A name as the search compares it (issue 15): lower case, æ ø å (and ä ö é ü) folded to e o a, and their
    /// spellings without them, ae oe aa, too, so «Sorlie» finds «Sørlie» and «Saether» finds «Sæther». The SQL function
    /// <c>navneord</c> folds the same way (migration <c>NavnesokFoldet</c>).
    /// </summary>
    public static string Foldet(string tekst)
    {
        var tegn = tekst.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < tegn.Length; i++)
        {
            tegn[i] = tegn[i] switch
            {
                'æ' => 'e',
                'ø' or 'ö' => 'o',
                'å' or 'ä' => 'a',
                'é' => 'e',
                'ü' => 'u',
                var c => c,
            };
        }

        return new string(tegn).Replace("aa", "a", StringComparison.Ordinal).Replace("ae", "e", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal);
    }

    private static string Kort(string ord) => ord.Length > 100 ? ord[..100] : ord;

    /// <summary>The words of a name or a search, split and lower-cased as the database function <c>navneord</c> does.</summary>
    public static IReadOnlyList<string> Ordene(string tekst) => Deler(tekst).Select(Kort).Distinct(StringComparer.Ordinal).ToList();
}
