using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Regler;

public sealed record RettsgebyrResultat(RettsgebyrSteg Steg, DateOnly Dato, decimal Rettsgebyr, decimal Multiplikator, Belop Belop, DateOnly RettsgebyrFra, DateOnly MultiplikatorFra);

/// <summary>The fee for a step: a multiple of R, both as in force on the date of the step.</summary>
public static class Rettsgebyr
{
    // rettsgebyrloven §§ 14–15; ASSUMPTION (domain.md § 4): computed in øre, rounded to whole kroner half up, R of the step's date
    public static RettsgebyrResultat Beregn(RettsgebyrSteg steg, DateOnly dato, Satsbok satser)
    {
        var r = satser.Rettsgebyr.Finn(dato);
        var m = satser.Gebyrmultiplikatorer[steg].Finn(dato);
        var belop = Avrunding.TilKroner(Avrunding.TilOre(r.Verdi * m.Verdi));
        return new RettsgebyrResultat(steg, dato, r.Verdi, m.Verdi, new Belop(belop), r.Rad!.Fra, m.Rad!.Fra);
    }
}
