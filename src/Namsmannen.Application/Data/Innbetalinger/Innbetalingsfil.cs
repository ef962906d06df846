namespace Namsmannen.Application.Data.Innbetalinger;

/// <summary>A bank file of incoming payments (camt.054), kept as received; the same file twice is known by its hash.</summary>
public sealed class Innbetalingsfil
{
    public Guid Id { get; init; }

    public string Filnavn { get; init; } = string.Empty;

    /// <summary>SHA-256 of the content, hex: a file sent again is recognised and books nothing.</summary>
    public string Sha256 { get; init; } = string.Empty;

    public byte[] Innhold { get; init; } = [];

    public DateTimeOffset Mottatt { get; init; }

    public string LastetOppAvNavn { get; init; } = string.Empty;
}

/// <summary>What became of one credit in a bank file.</summary>
public enum Innbetalingsstatus
{
    /// <summary>Matched by its KID and booked on the case.</summary>
    Bokfort,

    /// <summary>Not matched (no KID, an unknown or wrong KID, a closed case): in the office's suspense queue.</summary>
    Uavklart,

    /// <summary>Taken out of suspense to be paid back to the payer.</summary>
    Tilbakebetales,
}

/// <summary>One credit from a bank file, booked on a case or waiting in suspense; its bank reference is booked once.</summary>
public sealed class Innbetaling
{
    public Guid Id { get; init; }

    public Guid FilId { get; init; }

    /// <summary>The bank's reference for the transaction (AcctSvcrRef): unique, so a line seen again books nothing.</summary>
    public string Referanse { get; init; } = string.Empty;

    public decimal Belop { get; init; }

    public DateOnly Bokforingsdato { get; init; }

    public DateOnly Valuteringsdato { get; init; }

    public string? Kid { get; init; }

    public string? Betaler { get; init; }

    /// <summary>The payer's account, when the bank gave it: where money owed back is paid.</summary>
    public string? BetalerKonto { get; init; }

    public string? Tekst { get; init; }

    public Innbetalingsstatus Status { get; set; }

    /// <summary>Why it is in suspense, in words.</summary>
    public string? Merknad { get; set; }

    public Guid? SakId { get; set; }

    /// <summary>The office whose suspense queue holds it (the case's office, or the uploader's); the case's once booked.</summary>
    public string Kontor { get; set; } = string.Empty;
}
