namespace Namsmannen.Domain.Penger;

/// <summary>A span of days: <see cref="Fra"/> is counted, <see cref="Til"/> is not.</summary>
public readonly record struct Periode
{
    public Periode(DateOnly fra, DateOnly til)
    {
        if (til < fra)
        {
            throw new DomainException("Periodens sluttdato kan ikke være før startdatoen.");
        }

        Fra = fra;
        Til = til;
    }

    public DateOnly Fra { get; }

    public DateOnly Til { get; }

    public int Dager => Til.DayNumber - Fra.DayNumber;

    public bool Inneholder(DateOnly dato) => dato >= Fra && dato < Til;
}
