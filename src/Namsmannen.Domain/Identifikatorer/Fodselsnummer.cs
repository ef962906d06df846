using System.Globalization;

namespace Namsmannen.Domain.Identifikatorer;

/// <summary>
/// A Norwegian fødselsnummer or D-nummer, including synthetic test numbers and the 2032 rule.
/// </summary>
public sealed record Fodselsnummer
{
    // Skatteetaten, "Fødselsnummer": vekttall for kontrollsiffer 1 og 2
    private static readonly int[] WeightsK1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] WeightsK2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    private Fodselsnummer(string verdi, FodselsnummerType type)
    {
        Verdi = verdi;
        Type = type;
    }

    public string Verdi { get; }

    public FodselsnummerType Type { get; }

    /// <summary>The first six digits and five stars, for logs and lists.</summary>
    public string Maskert => Mask(Verdi);

    public static Fodselsnummer Parse(string? input) =>
        TryParse(input, out var result, out var feil) ? result : throw new DomainException(feil);

    public static bool TryParse(string? input, out Fodselsnummer result, out string feil)
    {
        result = null!;
        var digits = (input ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit))
        {
            feil = "Fødselsnummeret må ha 11 siffer.";
            return false;
        }

        var d = digits.Select(c => c - '0').ToArray();
        if (!HasValidControlDigits(d))
        {
            feil = "Fødselsnummeret har feil kontrollsiffer.";
            return false;
        }

        var day = (d[0] * 10) + d[1];
        var month = (d[2] * 10) + d[3];
        var type = FodselsnummerType.Fodselsnummer;
        if (day > 40)
        {
            // D-nummer: første siffer i dagen + 4
            day -= 40;
            type = FodselsnummerType.DNummer;
        }

        if (month > 80)
        {
            // Syntetiske testnummer fra Skatteetaten: måned + 80
            month -= 80;
            type = FodselsnummerType.SyntetiskSkatteetaten;
        }
        else if (month > 40)
        {
            // Syntetiske testnummer fra NAV: måned + 40
            month -= 40;
            type = FodselsnummerType.SyntetiskNav;
        }

        var year = (d[4] * 10) + d[5];
        // Any century will do for the date check, but it must allow 29 February: 2000 is a leap year.
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000 + year, month))
        {
            feil = "Fødselsnummeret inneholder ikke en gyldig dato.";
            return false;
        }

        result = new Fodselsnummer(digits, type);
        feil = string.Empty;
        return true;
    }

    /// <summary>Builds a valid number from a date and a three-digit individnummer, or null when none exists.</summary>
    public static Fodselsnummer? Create(DateOnly fodselsdato, int individnummer, FodselsnummerType type = FodselsnummerType.Fodselsnummer)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(individnummer);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(individnummer, 999);
        var day = fodselsdato.Day + (type == FodselsnummerType.DNummer ? 40 : 0);
        var month = fodselsdato.Month + type switch
        {
            FodselsnummerType.SyntetiskNav => 40,
            FodselsnummerType.SyntetiskSkatteetaten => 80,
            _ => 0,
        };
        var first9 = string.Create(CultureInfo.InvariantCulture, $"{day:00}{month:00}{fodselsdato.Year % 100:00}{individnummer:000}");
        var d = first9.Select(c => c - '0').ToList();
        var k1 = ControlDigit(d, WeightsK1);
        if (k1 is null)
        {
            return null;
        }

        d.Add(k1.Value);
        var k2 = ControlDigit(d, WeightsK2);
        if (k2 is null)
        {
            return null;
        }

        d.Add(k2.Value);
        return Parse(string.Concat(d));
    }

    public static string Mask(string fodselsnummer) =>
        fodselsnummer.Length == 11 ? $"{fodselsnummer[..6]} *****" : "***********";

    public override string ToString() => Maskert;

    private static bool HasValidControlDigits(int[] d)
    {
        // From 2032 k1 may take four values: Σ [3,7,6,1,8,9,4,5,2,1]·d1..d10 mod 11 ∈ {0,1,2,3} (Skatteetaten, nytt fødselsnummer 2032)
        var sum1 = WeightsK1.Select((w, i) => w * d[i]).Sum() + d[9];
        if (sum1 % 11 > 3)
        {
            return false;
        }

        var k2 = ControlDigit(d.Take(10).ToList(), WeightsK2);
        return k2 == d[10];
    }

    private static int? ControlDigit(IReadOnlyList<int> digits, int[] weights)
    {
        var sum = weights.Select((w, i) => w * digits[i]).Sum();
        var k = 11 - (sum % 11);
        return k switch
        {
            11 => 0,
            10 => null,
            _ => k,
        };
    }
}
