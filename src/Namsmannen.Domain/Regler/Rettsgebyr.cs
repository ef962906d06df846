using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Regler;

public sealed record RettsgebyrResultat(RettsgebyrSteg Steg, DateOnly Dato, decimal Rettsgebyr, decimal Multiplikator, Belop Belop, DateOnly RettsgebyrFra, DateOnly MultiplikatorFra)
{
    /// <summary>The ids of the rate rows the fee was computed from, R's and the multiple's (issue 20); empty for rows from the data file.</summary>
    public IReadOnlyList<long> Satsrader { get; init; } = [];
}

/// <summary>The fee for a step: a multiple of R, both as in force on the date of the step.</summary>
public static class Rettsgebyr
{
    // rettsgebyrloven §§ 14–15 (multiple of R on the step's date); § 6 a: a fee ending in øre is rounded down to whole kroner
    public static RettsgebyrResultat Beregn(RettsgebyrSteg steg, DateOnly dato, Satsbok satser)
    {
        var r = satser.Rettsgebyr.Finn(dato);
        var m = satser.Gebyrmultiplikatorer[steg].Finn(dato);
        var belop = Avrunding.NedTilKroner(r.Verdi * m.Verdi);
        return new RettsgebyrResultat(steg, dato, r.Verdi, m.Verdi, new Belop(belop), r.Rad!.Fra, m.Rad!.Fra)
        {
            Satsrader = BrukteSatsrader.Av([r.Rad.Id, m.Rad.Id]),
        };
    }
}
