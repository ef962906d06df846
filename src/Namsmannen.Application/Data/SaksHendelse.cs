namespace Namsmannen.Application.Data;

/// <summary>
/// One line of the append-only audit log: who did what to a case, when, with the state before and after.
/// A database trigger rejects UPDATE and DELETE on the table.
/// </summary>
public sealed class SaksHendelse
{
    public long Id { get; init; }

    public Guid SakId { get; init; }

    public DateTimeOffset Tidspunkt { get; init; }

    public string? UtfortAvId { get; init; }

    public string UtfortAvNavn { get; init; } = string.Empty;

    /// <summary>A stable code, for example <c>BEGJARING_MOTTATT</c>.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>A Norwegian sentence for the case timeline.</summary>
    public string Beskrivelse { get; init; } = string.Empty;

    /// <summary>JSON of the changed fields before the change, or null.</summary>
    public string? Tidligere { get; init; }

    /// <summary>JSON of the changed fields after the change, or null.</summary>
    public string? Etter { get; init; }
}
