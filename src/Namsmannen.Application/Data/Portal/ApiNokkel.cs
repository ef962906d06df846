namespace Namsmannen.Application.Data.Portal;

/// <summary>
/// A creditor organisation's key for the system-to-system API. Only a SHA-256 hash of the key is stored; the key
/// itself is shown once, when it is made. The prefix finds the row without revealing the secret.
/// </summary>
public sealed class ApiNokkel
{
    public Guid Id { get; init; }

    public Guid KreditorId { get; init; }

    public string Navn { get; init; } = string.Empty;

    /// <summary>The public part of the key (<c>nm_XXXXXXXX</c>), shown in lists to tell keys apart.</summary>
    public string Prefiks { get; init; } = string.Empty;

    public byte[] Hash { get; init; } = [];

    public DateTimeOffset Opprettet { get; init; }

    public string OpprettetAvNavn { get; init; } = string.Empty;

    public DateTimeOffset? SistBrukt { get; set; }

    public DateTimeOffset? Tilbakekalt { get; set; }

    public string? TilbakekaltAvNavn { get; set; }
}
