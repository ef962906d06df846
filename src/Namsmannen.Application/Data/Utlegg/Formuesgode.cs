namespace Namsmannen.Application.Data.Utlegg;

/// <summary>An asset found at the utleggsforretning, with the beslagsfrihet vurdering and any override with its reason.</summary>
public sealed class Formuesgode
{
    public Guid Id { get; init; }

    public Guid SakId { get; init; }

    public string Type { get; init; } = string.Empty;

    public string Beskrivelse { get; init; } = string.Empty;

    public decimal Verdi { get; init; }

    public string Utfall { get; init; } = string.Empty;

    public decimal BeslagsfrittBelop { get; init; }

    public string Begrunnelse { get; init; } = string.Empty;

    /// <summary>The caseworker's written reason for taking pant despite the vurdering, or null.</summary>
    public string? OverstyrtBegrunnelse { get; init; }

    public bool Utleggspant { get; init; }
}
