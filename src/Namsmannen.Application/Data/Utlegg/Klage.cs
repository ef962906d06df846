namespace Namsmannen.Application.Data.Utlegg;

/// <summary>A complaint: what it concerns, when it came, its deadline, and what became of it.</summary>
public sealed class Klage
{
    public long Id { get; init; }

    public Guid SakId { get; init; }

    public string Gjelder { get; init; } = string.Empty;

    public DateOnly Mottatt { get; init; }

    public DateOnly? Frist { get; init; }

    public bool IRettTid { get; init; }

    public string Innhold { get; init; } = string.Empty;

    public DateTimeOffset? OversendtTingretten { get; set; }

    public DateTimeOffset? Avgjort { get; set; }

    public string? Avgjorelse { get; set; }
}
