namespace Namsmannen.Application.Data.Utlegg;

/// <summary>An utleggstrekk decided in a case. From 2026 a debtor's trekk are coordinated: one monthly amount pays the kravkø.</summary>
public sealed class Trekk
{
    public Guid Id { get; init; }

    public Guid SakId { get; init; }

    public Guid SkyldnerId { get; init; }

    public string ArbeidsgiverOrgnr { get; init; } = string.Empty;

    public decimal BelopPerManed { get; init; }

    public DateOnly Vedtatt { get; init; }

    public DateOnly Start { get; init; }

    public DateOnly? SenesteSlutt { get; init; }

    public string Kravklasse { get; init; } = string.Empty;

    /// <summary>The calculation line by line, as JSON, so the decision can be read back exactly as it was made.</summary>
    public string Beregning { get; init; } = string.Empty;
}
