namespace Namsmannen.Application.Data.Utlegg;

/// <summary>
/// One month of a running trekk: what was <see cref="Forventet"/> (the order's amount on the pay day, never more than
/// the case owed), what the employer or the coordinated trekk <see cref="RapportertTrukket">reported deducted</see>,
/// what was <see cref="Mottatt"/> and when. Written by the monthly follow-up on the pay day; a remittance missing on
/// <see cref="Oppfolgingsdag"/> gives a task once (<see cref="MangelMeldt"/>).
/// </summary>
public sealed class Trekkperiode
{
    public Guid TrekkId { get; init; }

    /// <summary>The month, <c>2026-12</c>.</summary>
    public string Periode { get; init; } = string.Empty;

    public Guid SakId { get; init; }

    public decimal Forventet { get; set; }

    public decimal? RapportertTrukket { get; set; }

    public decimal Mottatt { get; set; }

    public DateOnly? SistMottatt { get; set; }

    public DateOnly Lonnsdag { get; init; }

    public DateOnly Oppfolgingsdag { get; init; }

    public DateOnly? MangelMeldt { get; set; }
}
