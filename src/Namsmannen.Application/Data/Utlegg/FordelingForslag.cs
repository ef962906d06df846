namespace Namsmannen.Application.Data.Utlegg;

/// <summary>A proposed distribution of sale proceeds, approved by a different supervisor before payout (four eyes).</summary>
public sealed class FordelingForslag
{
    public Guid Id { get; init; }

    public Guid SakId { get; init; }

    public DateOnly Dato { get; init; }

    public decimal Salgssum { get; init; }

    public decimal Salgsomkostninger { get; init; }

    public decimal Rettsgebyr { get; init; }

    public string RegistrertAvId { get; init; } = string.Empty;

    public string RegistrertAvNavn { get; init; } = string.Empty;

    public string? GodkjentAvId { get; set; }

    public string? GodkjentAvNavn { get; set; }

    public DateTimeOffset? Godkjent { get; set; }

    public List<FordelingForslagLinje> Linjer { get; init; } = [];
}
