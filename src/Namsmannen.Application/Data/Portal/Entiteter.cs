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

/// <summary>One submission of begjæringer: an API batch, a CSV file or the portal form, with its counts and state.</summary>
public sealed class Innsending
{
    public const string Api = "API";
    public const string Csv = "CSV";
    public const string Skjema = "SKJEMA";

    public const string Venter = "VENTER";
    public const string Behandles = "BEHANDLES";
    public const string Ferdig = "FERDIG";
    public const string Feilet = "FEILET";

    public Guid Id { get; init; }

    public Guid KreditorId { get; init; }

    public string Kanal { get; init; } = string.Empty;

    public DateTimeOffset Opprettet { get; init; }

    public string OpprettetAvNavn { get; init; } = string.Empty;

    public string Status { get; set; } = Venter;

    public string? Filnavn { get; init; }

    public int AntallRader { get; set; }

    public int Behandlet { get; set; }

    public int Mottatt { get; set; }

    public int Avvist { get; set; }

    public int Duplikat { get; set; }

    /// <summary>An uploaded CSV file until it has been processed; then cleared.</summary>
    public byte[]? Fil { get; set; }

    public string? Feilmelding { get; set; }

    public DateTimeOffset? Avsluttet { get; set; }

    /// <summary>Failed attempts at the current part; after <c>CsvBehandling.MaksForsok</c> the file fails and the queue moves on.</summary>
    public int Forsok { get; set; }

    /// <summary>After a transient failure, the part waits until then before it is tried again.</summary>
    public DateTimeOffset? NesteForsok { get; set; }

    /// <summary>When a part of the file was last worked on: the queue serves the least recently served file first, so one large file never holds up the others.</summary>
    public DateTimeOffset? SistBehandlet { get; set; }
}

/// <summary>A creditor's token bucket for the API quota, shared by every instance (<c>Features.Portal.Kvote</c>).</summary>
public sealed class ApiKvote
{
    public Guid KreditorId { get; init; }

    public double Tokens { get; init; }

    public DateTimeOffset Oppdatert { get; init; }

    public bool Tillatt { get; init; }
}

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

/// <summary>The receipts of up to 1 000 items of a submission, as the JSON array the API answered with.</summary>
public sealed class Innsendingsdel
{
    public Guid InnsendingId { get; init; }

    public int Nummer { get; init; }

    public string Kvitteringer { get; init; } = "[]";
}

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

/// <summary>A document attached to a case (a PDF: the tvangsgrunnlag, the § 4-18 varsel), stored in PostgreSQL.</summary>
public sealed class Vedlegg
{
    public Guid Id { get; init; }

    public Guid SakId { get; init; }

    public string Filnavn { get; init; } = string.Empty;

    public string Innholdstype { get; init; } = string.Empty;

    public int Storrelse { get; init; }

    public byte[] Innhold { get; init; } = [];

    public DateTimeOffset LastetOpp { get; init; }

    public string LastetOppAvNavn { get; init; } = string.Empty;
}
