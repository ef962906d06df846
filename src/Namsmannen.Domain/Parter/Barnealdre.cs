using System.Globalization;

namespace Namsmannen.Domain.Parter;

/// <summary>
/// The ages of the children living at home as a person types them («3, 8»): whole numbers separated by commas (or
/// semicolons or spaces); nothing typed means no children. One reading for every form, the household and the calculators.
/// </summary>
public static class Barnealdre
{
    public const string Melding = "Skriv barnas alder som hele tall skilt med komma, for eksempel 3, 8.";

    public static bool TryLes(string? tekst, out IReadOnlyList<int> aldre)
    {
        var lest = new List<int>();
        aldre = lest;
        foreach (var del in (tekst ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // At most two digits: an age, never a number that overflows (issue 12's hostile input).
            if (del.Length > 2 || !int.TryParse(del, NumberStyles.None, CultureInfo.InvariantCulture, out var alder))
            {
                aldre = [];
                return false;
            }

            lest.Add(alder);
        }

        return true;
    }

    /// <summary>The ages as they are stored and shown: «8, 3».</summary>
    public static string Skriv(IEnumerable<int> aldre) => string.Join(", ", aldre.Select(a => a.ToString(CultureInfo.InvariantCulture)));
}
