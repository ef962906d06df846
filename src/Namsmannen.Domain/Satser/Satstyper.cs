namespace Namsmannen.Domain.Satser;

/// <summary>Livsoppholdssatser per month (forskrift FOR-2014-06-13-724, adjusted every 1 July).</summary>
public sealed record Livsoppholdssats(
    decimal Enslig,
    decimal GiftEllerSamboerHver,
    decimal ForsorgerEktefelle,
    decimal Barn0Til5,
    decimal Barn6Til10,
    decimal Barn11Til14,
    decimal Barn15Pluss)
{
    public decimal Barn(int alder) => alder switch
    {
        < 0 => throw new DomainException("Barnets alder kan ikke være negativ."),
        <= 5 => Barn0Til5,
        <= 10 => Barn6Til10,
        <= 14 => Barn11Til14,
        _ => Barn15Pluss,
    };
}

/// <summary>Samvær supplement per child per month, by class 1–4 and the child's age band.</summary>
public sealed record Samvaerssats(IReadOnlyDictionary<int, decimal[]> Klasser)
{
    public decimal Sats(int klasse, int alder)
    {
        if (!Klasser.TryGetValue(klasse, out var satser))
        {
            throw new DomainException("Samværsklassen må være 1, 2, 3 eller 4.");
        }

        return alder switch
        {
            < 0 => throw new DomainException("Barnets alder kan ikke være negativ."),
            <= 5 => satser[0],
            <= 10 => satser[1],
            <= 14 => satser[2],
            _ => satser[3],
        };
    }
}

/// <summary>Housing costs: the reasonable norm when nothing is documented, and the most allowed when documented.</summary>
public sealed record Boutgiftsnorm(decimal EnsligRimelig, decimal EnsligMaks, decimal ParRimelig, decimal ParMaks, decimal PerBarn, decimal MaksTotalt);

/// <summary>The steps that carry a rettsgebyr (rettsgebyrloven).</summary>
public enum RettsgebyrSteg
{
    Utlegg,
    TvangssalgLosoreBegjaering,
    TvangssalgLosoreGjennomfort,
    Tilbakelevering,
    TvangssalgFastEiendomBegjaering,
    TvangssalgFastEiendomGjennomfort,
    Klage,
}
