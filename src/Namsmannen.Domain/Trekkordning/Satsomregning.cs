using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Trekkordning;

/// <summary>
/// The recalculation of every running trekk when new livsoppholdssatser apply (issue 17): which rate row it is for,
/// which trekk it concerns, and from when the new amounts govern.
/// </summary>
public static class Satsomregning
{
    // ASSUMPTION (docs/domain.md, trekk): omregningen forberedes inntil 45 dager før satsene gjelder, så saksbehandleren rekker å se listen
    public const int DagerForberedelse = 45;

    /// <summary>
    /// The date of the livsopphold row a recalculation is prepared for on <paramref name="idag"/>: the newest row that
    /// applies within <see cref="DagerForberedelse"/> days; null when the table has none.
    /// </summary>
    // FOR-2014-06-13-724 og seed 004: livsoppholdssatsene justeres hvert år med virkning fra 1. juli
    public static DateOnly? SatserFra(Satstabell<Livsoppholdssats> livsopphold, DateOnly idag) =>
        livsopphold.Rader.Where(r => r.Fra <= idag.AddDays(DagerForberedelse)).Select(r => (DateOnly?)r.Fra).LastOrDefault();

    /// <summary>Whether a trekk calculated on <paramref name="beregnetFor"/> used older rates than the row from <paramref name="satserFra"/>.</summary>
    public static bool Berores(DateOnly beregnetFor, DateOnly satserFra) => beregnetFor < satserFra;

    /// <summary>
    /// The first day the new amounts govern: the first period after the rates apply (1 July gives 1 August), or after
    /// the day the list is released when that is later, so no payroll already run is changed after the fact.
    /// </summary>
    // ASSUMPTION (docs/domain.md, trekk): ny sats gir nytt trekk fra første måned etter at satsene gjelder, aldri tilbake i tid
    public static DateOnly FraDato(DateOnly satserFra, DateOnly frigitt)
    {
        var senest = satserFra > frigitt ? satserFra : frigitt;
        return Trekkmaned.For(senest).Neste.Forste;
    }
}
