namespace Namsmannen.Domain.Satser;

/// <summary>Every dated rate table the rules need, passed in as data. Built from the versioned data file.</summary>
public sealed record Satsbok(
    Satstabell<decimal> Rettsgebyr,
    IReadOnlyDictionary<RettsgebyrSteg, Satstabell<decimal>> Gebyrmultiplikatorer,
    Satstabell<decimal> Grunnbelop,
    Satstabell<Livsoppholdssats> Livsopphold,
    Satstabell<Samvaerssats> Samvaer,
    Satstabell<Boutgiftsnorm> Boutgiftsnorm,
    Satstabell<decimal> Forsinkelsesrente)
{
    /// <summary>The warnings for a date: every table without a valid row, e.g. livsoppholdssatser for 1 July 2026.</summary>
    public IReadOnlyList<string> Advarsler(DateOnly dato) => Oppslag(dato).Select(o => o.Advarsel).OfType<string>().ToList();

    /// <summary>The warnings of the tables with no row that may be used for the date (a stale row that may still be used is not among them).</summary>
    public IReadOnlyList<string> Mangler(DateOnly dato) => Oppslag(dato).Where(o => o.Status == SatsStatus.Mangler).Select(o => o.Advarsel).OfType<string>().ToList();

    private IEnumerable<(SatsStatus Status, string? Advarsel)> Oppslag(DateOnly dato) =>
    [
        Rettsgebyr.Tilstand(dato),
        Grunnbelop.Tilstand(dato),
        Livsopphold.Tilstand(dato),
        Samvaer.Tilstand(dato),
        Boutgiftsnorm.Tilstand(dato),
        Forsinkelsesrente.Tilstand(dato),
    ];
}
