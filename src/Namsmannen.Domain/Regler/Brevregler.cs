namespace Namsmannen.Domain.Regler;

/// <summary>When a letter counts as received, for deadlines that run from receipt (domain.md § 9).</summary>
public static class Brevregler
{
    /// <summary>Working days from posting until a letter on paper counts as received.</summary>
    // ASSUMPTION (docs/domain.md, brev): et brev på papir regnes som mottatt tredje virkedag etter at det ble sendt
    public const int PapirVirkedager = 3;

    /// <summary>The day a letter posted on <paramref name="sendt"/> counts as received.</summary>
    public static DateOnly PapirMottatt(DateOnly sendt) => Frister.LeggTilVirkedager(sendt, PapirVirkedager);
}
