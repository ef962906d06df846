namespace Namsmannen.Application.Data.Utlegg;

/// <summary>A deadline on a case: the utleggsforretning set by the varsel, a complaint period, a postponement.</summary>
public sealed class Frist
{
    public long Id { get; init; }

    public Guid SakId { get; init; }

    /// <summary>A stable code: <c>UTLEGGSFORRETNING</c>, …</summary>
    public string Type { get; init; } = string.Empty;

    public DateOnly Dato { get; init; }

    public string Beskrivelse { get; init; } = string.Empty;

    public bool Oppfylt { get; set; }
}
