namespace Namsmannen.Application.Common;

/// <summary>The outer bounds of what the system accepts, whatever the channel (issue 12, H2 and M3).</summary>
public static class Grenser
{
    /// <summary>The largest single amount: what saker's numeric(14,2) columns hold.</summary>
    public const decimal StorsteBelop = 999_999_999_999.99m;

    public const string ForStortBelop = "Beløpet er større enn 999 999 999 999,99 kr.";

    /// <summary>
    /// ASSUMPTION (docs/domain.md, issue 12 H2): a begjæring whose hovedstol, renter and omkostninger together exceed
    /// 10 milliarder kroner is not plausible in Norwegian enforcement and is refused as KRAV_FOR_STORT; the largest real
    /// claims (tax) are in the hundreds of millions.
    /// </summary>
    public const decimal StorsteKrav = 10_000_000_000m;
}
