namespace Namsmannen.Application.Data.Portal;

/// <summary>
/// One line of a creditor's status feed. <see cref="Sekvens"/> is given after the writing transaction has committed,
/// in one place under a lock (<see cref="Statusfeed"/>), so a reader never sees a later number before an earlier one.
/// </summary>
public sealed class KreditorHendelse
{
    public long Id { get; init; }

    public long? Sekvens { get; init; }

    public Guid KreditorId { get; init; }

    public Guid SakId { get; init; }

    public string Saksnummer { get; init; } = string.Empty;

    public string Referanse { get; init; } = string.Empty;

    public string Type { get; init; } = string.Empty;

    public string Stadium { get; init; } = string.Empty;

    public decimal Krav { get; init; }

    public decimal Innbetalt { get; init; }

    public DateOnly Dato { get; init; }

    public DateTimeOffset Tidspunkt { get; init; }
}
