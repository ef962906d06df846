namespace Namsmannen.Application.Data.Portal;

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
