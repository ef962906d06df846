using System.Globalization;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Trekkordning;

/// <summary>
/// One period of a trekk: a calendar month, written <c>2026-12</c>. The employer deducts on the month's pay day and
/// remits afterwards; a remittance missing ten days after the pay day is followed up (issue 17).
/// </summary>
public readonly record struct Trekkmaned : IComparable<Trekkmaned>
{
    public Trekkmaned(int ar, int maned)
    {
        if (ar is < 2000 or > 2200 || maned is < 1 or > 12)
        {
            throw new DomainException("Perioden må være en måned skrevet ÅÅÅÅ-MM, for eksempel 2026-12.", "Periode");
        }

        Ar = ar;
        Maned = maned;
    }

    // ASSUMPTION (docs/domain.md, trekk): lønn utbetales den 20. i måneden når trekkpålegget ikke sier annet
    public const int StandardLonnsdag = 20;

    // ASSUMPTION (docs/domain.md, trekk): en innbetaling som mangler 10 dager etter lønnsdagen, følges opp (issue 17)
    public const int DagerTilOppfolging = 10;

    public int Ar { get; }

    public int Maned { get; }

    public DateOnly Forste => new(Ar, Maned, 1);

    public DateOnly Siste => Forste.AddMonths(1).AddDays(-1);

    public Trekkmaned Neste => For(Forste.AddMonths(1));

    public static Trekkmaned For(DateOnly dato) => new(dato.Year, dato.Month);

    /// <summary>The pay day of this month: the given day, or the month's last day when the month is shorter, moved back to a working day.</summary>
    public DateOnly Lonnsdag(int dag)
    {
        var dato = new DateOnly(Ar, Maned, Math.Min(dag, DateTime.DaysInMonth(Ar, Maned)));
        while (!Frister.ErVirkedag(dato) && dato.Day > 1)
        {
            dato = dato.AddDays(-1);
        }

        return dato;
    }

    /// <summary>The day after which a missing or short remittance for this month becomes a task.</summary>
    public DateOnly Oppfolgingsdag(int lonnsdag) => Lonnsdag(lonnsdag).AddDays(DagerTilOppfolging);

    public static bool TryParse(string? tekst, out Trekkmaned maned)
    {
        maned = default;
        if (tekst is not { Length: 7 } || tekst[4] != '-'
            || !int.TryParse(tekst.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var ar)
            || !int.TryParse(tekst.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || ar is < 2000 or > 2200 || m is < 1 or > 12)
        {
            return false;
        }

        maned = new Trekkmaned(ar, m);
        return true;
    }

    public static Trekkmaned Parse(string? tekst) =>
        TryParse(tekst, out var m) ? m : throw new DomainException("Perioden må være en måned skrevet ÅÅÅÅ-MM, for eksempel 2026-12.", "Periode");

    public int CompareTo(Trekkmaned other) => (Ar * 12 + Maned).CompareTo(other.Ar * 12 + other.Maned);

    public static bool operator <(Trekkmaned a, Trekkmaned b) => a.CompareTo(b) < 0;

    public static bool operator >(Trekkmaned a, Trekkmaned b) => a.CompareTo(b) > 0;

    public static bool operator <=(Trekkmaned a, Trekkmaned b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Trekkmaned a, Trekkmaned b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Ar:D4}-{Maned:D2}";
}
