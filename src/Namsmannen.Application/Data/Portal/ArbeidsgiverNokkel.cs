namespace Namsmannen.Application.Data.Portal;

/// <summary>
/// A trekkpliktig's key for the employer API, bound to its organisasjonsnummer and made by an administrator. Like a
/// creditor's key, only its SHA-256 hash is stored. (In production the same binding is a Maskinporten token whose
/// consumer organisation is the orgnr and whose scope is the trekkpålegg API: docs/architecture.md.)
/// </summary>
public sealed class ArbeidsgiverNokkel
{
    public Guid Id { get; init; }

    public string Orgnr { get; init; } = string.Empty;

    /// <summary>The employer's name, or the payroll system's, as the administrator wrote it.</summary>
    public string Navn { get; init; } = string.Empty;

    public string Prefiks { get; init; } = string.Empty;

    public byte[] Hash { get; init; } = [];

    public DateTimeOffset Opprettet { get; init; }

    public string OpprettetAvNavn { get; init; } = string.Empty;

    public DateTimeOffset? SistBrukt { get; set; }

    public DateTimeOffset? Tilbakekalt { get; set; }

    public string? TilbakekaltAvNavn { get; set; }
}
