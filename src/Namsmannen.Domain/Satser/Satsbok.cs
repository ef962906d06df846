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
    public IReadOnlyList<string> Advarsler(DateOnly dato) =>
        new[]
        {
            Rettsgebyr.Finn(dato).Advarsel,
            Grunnbelop.Finn(dato).Advarsel,
            Livsopphold.Finn(dato).Advarsel,
            Samvaer.Finn(dato).Advarsel,
            Boutgiftsnorm.Finn(dato).Advarsel,
            Forsinkelsesrente.Finn(dato).Advarsel,
        }.OfType<string>().ToList();
}
