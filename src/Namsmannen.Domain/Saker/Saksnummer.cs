using System.Globalization;

namespace Namsmannen.Domain.Saker;

/// <summary>A case number: two-digit year, a dash and a running number of at least six digits, for example 26-004211.</summary>
public readonly record struct Saksnummer
{
    private Saksnummer(int ar, long lopenummer)
    {
        Ar = ar;
        Lopenummer = lopenummer;
    }

    public int Ar { get; }

    public long Lopenummer { get; }

    public static Saksnummer Create(DateOnly dato, long lopenummer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lopenummer, 1);
        return new Saksnummer(dato.Year % 100, lopenummer);
    }

    public static bool TryParse(string? input, out Saksnummer result)
    {
        result = default;
        var parts = (input ?? string.Empty).Trim().Split('-');
        if (parts.Length != 2 || parts[0].Length != 2 || parts[1].Length < 6
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ar)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var lopenummer)
            || lopenummer < 1)
        {
            return false;
        }

        result = new Saksnummer(ar, lopenummer);
        return true;
    }

    /// <summary>Case numbers in the order they were given: by year, then running number as a number (26-999999 before 26-1000000).</summary>
    public static IComparer<string> Rekkefolge { get; } = Comparer<string>.Create((a, b) =>
        TryParse(a, out var x) && TryParse(b, out var y)
            ? (x.Ar, x.Lopenummer).CompareTo((y.Ar, y.Lopenummer))
            : string.CompareOrdinal(a, b));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Ar:00}-{Lopenummer:000000}");
}
