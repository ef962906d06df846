namespace Namsmannen.Application.Data.Portal;

/// <summary>
/// An <c>Idempotency-Key</c> a creditor sent with an amendment, and the answer it got, so a retried payment is booked
/// once (issue 12, H6). Kept for 30 days.
/// </summary>
public sealed class Idempotensnokkel
{
    public Guid KreditorId { get; init; }

    public string Nokkel { get; init; } = string.Empty;

    public string Sti { get; init; } = string.Empty;

    public byte[] ForesporselHash { get; init; } = [];

    public int? Status { get; set; }

    public string? Svar { get; set; }

    public DateTimeOffset Opprettet { get; init; }
}
