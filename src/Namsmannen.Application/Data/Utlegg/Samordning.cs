namespace Namsmannen.Application.Data.Utlegg;

/// <summary>
/// A coordinated (new-regime) trekk handed over to Skatteetaten's coordinated trekk: when, its receipt, or why it
/// was refused; and the day its stop was sent.
/// </summary>
public sealed class SamordnetOverlevering
{
    public Guid TrekkId { get; init; }

    public string Saksnummer { get; init; } = string.Empty;

    /// <summary>The order's version last handed over; a newer version (a new amount) is handed over again.</summary>
    public int Versjon { get; set; }

    public DateTimeOffset Forsokt { get; set; }

    public string? Referanse { get; set; }

    public string? Avvist { get; set; }

    public DateOnly? StoppSendt { get; set; }
}

/// <summary>How far the coverage feed of the coordinated trekk has been read (one row).</summary>
public sealed class SamordningVannmerke
{
    public int Id { get; init; } = 1;

    public long Sekvensnummer { get; set; }
}
