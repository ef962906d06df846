namespace Namsmannen.Application.Data.Utlegg;

/// <summary>What was sent to Grunnboken or Løsøreregisteret, and when it goes away.</summary>
public sealed class Registrering
{
    public long Id { get; init; }

    public Guid SakId { get; init; }

    public Guid? FormuesgodeId { get; init; }

    public string Register { get; init; } = string.Empty;

    public string Utfall { get; init; } = string.Empty;

    public DateOnly Registrert { get; init; }

    public DateOnly? Slettes { get; init; }

    public string Sletting { get; init; } = string.Empty;

    /// <summary>The day namsmannen asked the register to delete the entry (the claim paid, withdrawn or henlagt), or null.</summary>
    public DateOnly? SlettemeldingSendt { get; set; }
}
