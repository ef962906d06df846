namespace Namsmannen.Application.Data.Utlegg;

/// <summary>A payment booked on a case: by the debtor directly, through namsmannen, or reported by the creditor.</summary>
public sealed class Betaling
{
    public long Id { get; init; }

    public Guid SakId { get; init; }

    public decimal Belop { get; init; }

    public DateOnly Betalt { get; init; }

    public DateTimeOffset Registrert { get; init; }

    public string RegistrertAvNavn { get; init; } = string.Empty;
}
