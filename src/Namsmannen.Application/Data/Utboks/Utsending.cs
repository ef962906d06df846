using Namsmannen.Domain.Regler;

namespace Namsmannen.Application.Data.Utboks;

/// <summary>What an outgoing message is: a notice to a register, or a letter to a party (issue 18).</summary>
public enum Utsendingsart
{
    /// <summary>An entry to be made in a register (utleggspant, utleggstrekk, intet til utlegg, betalingsanmerkning).</summary>
    Registrering,

    /// <summary>The deletion of an entry, the day the claim is paid, withdrawn or henlagt (domain.md § 8).</summary>
    Sletting,

    /// <summary>A letter to a party (<see cref="Domain.Saker.Brev"/>): composed, rendered and delivered in the recipient's målform.</summary>
    Brev,
}

public enum Utsendingsstatus
{
    /// <summary>Waiting for the worker, first time or after a failed attempt (<see cref="Utsending.NesteForsok"/>).</summary>
    Venter,

    /// <summary>Delivered, and the receiver's receipt recorded.</summary>
    Kvittert,

    /// <summary>Refused, or failed too many times: on the office's error list until someone sends it again.</summary>
    Feilet,
}

/// <summary>
/// One outgoing message in the outbox (table <c>utsendinger</c>), written in the same transaction as the fact that
/// caused it (<see cref="Journal"/>) and sent by <see cref="Features.Utsendinger.Utsender"/> with retries and backoff.
/// What is sent is composed when it is sent, from the case as it stands; the row holds only what it is about.
/// </summary>
public sealed class Utsending
{
    public long Id { get; init; }

    public Guid SakId { get; init; }

    public string Kontor { get; init; } = string.Empty;

    public Utsendingsart Art { get; init; }

    /// <summary>The register a notice goes to; null for a letter.</summary>
    public Register? Register { get; init; }

    /// <summary>
    /// What the message is about: the entry's reference with the register (<see cref="Domain.Saker.Registrering.Referanse"/>)
    /// or the letter's id (<see cref="Domain.Saker.Brev.Id"/>). A message sent twice is one.
    /// </summary>
    public Guid Referanse { get; init; }

    public Utsendingsstatus Status { get; set; }

    public int Forsok { get; set; }

    public DateTimeOffset Opprettet { get; init; }

    public DateTimeOffset NesteForsok { get; set; }

    public string? SisteFeil { get; set; }

    public DateTimeOffset? Kvittert { get; set; }

    /// <summary>The receiver's own reference for the message, from its receipt.</summary>
    public string? Kvittering { get; set; }
}

/// <summary>One attempt to send an outgoing message, with how it went (table <c>utsendingsforsok</c>).</summary>
public sealed class Utsendingsforsok
{
    public long Id { get; init; }

    public long UtsendingId { get; init; }

    public DateTimeOffset Tidspunkt { get; init; }

    public bool Lyktes { get; init; }

    public string Utfall { get; init; } = string.Empty;
}
