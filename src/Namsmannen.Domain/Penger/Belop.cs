using System.Globalization;

namespace Namsmannen.Domain.Penger;

/// <summary>An amount in NOK with øre precision. Never floating point.</summary>
public readonly record struct Belop : IComparable<Belop>
{
    private static readonly CultureInfo Norsk = CultureInfo.GetCultureInfo("nb-NO");

    public Belop(decimal kroner)
    {
        if (!ErHeleOre(kroner))
        {
            throw new DomainException("Beløp kan ikke ha mer enn to desimaler (øre).");
        }

        Kroner = kroner;
    }

    public static Belop Null => new(0m);

    /// <summary>The one two-decimal rule: an amount in NOK is whole øre (domain.md § 4). Every check of it calls this.</summary>
    public static bool ErHeleOre(decimal kroner) => decimal.Round(kroner, 2) == kroner;

    public decimal Kroner { get; }

    /// <summary>
    /// An amount is a decimal number of kroner wherever one is read (a sum, a comparison, a view model): widening loses
    /// nothing. The other way is explicit (<c>new Belop(…)</c>), so every decimal that becomes an amount passes the øre rule.
    /// </summary>
    public static implicit operator decimal(Belop belop) => belop.Kroner;

    public static Belop operator +(Belop a, Belop b) => new(a.Kroner + b.Kroner);

    public static Belop operator -(Belop a, Belop b) => new(a.Kroner - b.Kroner);

    public static bool operator <(Belop a, Belop b) => a.Kroner < b.Kroner;

    public static bool operator >(Belop a, Belop b) => a.Kroner > b.Kroner;

    public static bool operator <=(Belop a, Belop b) => a.Kroner <= b.Kroner;

    public static bool operator >=(Belop a, Belop b) => a.Kroner >= b.Kroner;

    /// <summary>Rounds to the øre, half away from zero.</summary>
    public static Belop Rund(decimal kroner) => new(Avrunding.TilOre(kroner));

    public static Belop Min(Belop a, Belop b) => a <= b ? a : b;

    public static Belop Max(Belop a, Belop b) => a >= b ? a : b;

    public static Belop Sum(IEnumerable<Belop> belop) => belop.Aggregate(Null, (sum, b) => sum + b);

    public int CompareTo(Belop other) => Kroner.CompareTo(other.Kroner);

    /// <summary>nb-NO: 12 345,67 kr (the group separator is a no-break space).</summary>
    public override string ToString() => Kroner.ToString("#,##0.00", Norsk) + " kr";
}

public static class Avrunding
{
    public static decimal TilOre(decimal kroner) => Math.Round(kroner, 2, MidpointRounding.AwayFromZero);

    /// <summary>Drops the øre: 1 742,50 → 1 742 (rettsgebyrloven § 6 a, for fees, which are never negative).</summary>
    public static decimal NedTilKroner(decimal kroner) => Math.Floor(kroner);
}
