using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Regler;

public sealed record TilbakeleveringResultat(
    Belop Verdi,
    Belop Rettsgebyr,
    Belop Omkostninger,
    Belop Nedskrivning,
    Belop GjenstaendeKrav,
    Belop OverskuddTilSkyldner,
    DateOnly Klagefrist)
{
    /// <summary>The rate rows the fee was computed from (issue 20), R's and the multiple's; written in the audit line.</summary>
    public IReadOnlyList<long> Satsrader { get; init; } = [];
}

/// <summary>Return of an asset to a salgspanthaver: the debt is written down by the value less fee and costs.</summary>
public static class Tilbakelevering
{
    public static readonly Belop TerskelForVerdiklage = new(20_000m);

    // seed 002 / domain.md § 7: gjelden nedskrives med verdien minus rettsgebyr og omkostninger; resten skyldes fortsatt
    /// <param name="begjart">The day the begjæring was received: the fee (1,25 R) uses the R of that day (domain.md § 4).</param>
    public static TilbakeleveringResultat Beregn(DateOnly begjart, Belop verdi, Belop krav, Belop omkostninger, DateOnly brevOmTilbakelevering, Satsbok satser)
    {
        if (verdi < Belop.Null || krav < Belop.Null || omkostninger < Belop.Null)
        {
            throw new DomainException("Verdi, krav og omkostninger kan ikke være negative.");
        }

        var rettsgebyr = Rettsgebyr.Beregn(RettsgebyrSteg.Tilbakelevering, begjart, satser);
        var gebyr = rettsgebyr.Belop;
        var nedskrivning = Belop.Max(Belop.Null, verdi - gebyr - omkostninger);
        var gjenstaende = Belop.Max(Belop.Null, krav - nedskrivning);
        var overskudd = Belop.Max(Belop.Null, nedskrivning - krav);
        // seed 002: klage innen en måned etter brevet om at eiendelen er levert tilbake
        return new TilbakeleveringResultat(verdi, gebyr, omkostninger, nedskrivning, gjenstaende, overskudd, Frister.FristOmManeder(brevOmTilbakelevering, 1))
        {
            Satsrader = rettsgebyr.Satsrader,
        };
    }

    // seed 002: verdsettelsen kan bare påklages når påstått avvik er mer enn 20 000 kroner
    public static bool KanKlagePaVerdsettelsen(Belop fastsattVerdi, Belop pastattVerdi) =>
        Math.Abs(pastattVerdi.Kroner - fastsattVerdi.Kroner) > TerskelForVerdiklage.Kroner;
}
