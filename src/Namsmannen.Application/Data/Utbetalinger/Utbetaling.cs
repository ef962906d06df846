namespace Namsmannen.Application.Data.Utbetalinger;

/// <summary>Why namsmannen pays money out: it is the creditor's (or another's) share, or it is owed back.</summary>
public enum Utbetalingsart
{
    /// <summary>Distributed: a KID payment's share to the case's creditor, or a line of an approved fordeling.</summary>
    Fordelt,

    /// <summary>Owed back: paid beyond the whole balance, or a suspense item set to be paid back to the payer.</summary>
    Tilbakebetaling,
}

/// <summary>Who receives a payout.</summary>
public enum Mottakertype
{
    /// <summary>The case's creditor: paid to the account the creditor has given.</summary>
    Kreditor,

    /// <summary>The debtor (the surplus of a sale).</summary>
    Skyldner,

    /// <summary>Whoever paid (money owed back).</summary>
    Betaler,

    /// <summary>The court fee: the state's own revenue, posted internally, no bank transfer.</summary>
    Staten,

    /// <summary>A pledge holder or the costs of a sale, named on the fordeling line.</summary>
    Annen,
}

public enum Utbetalingsstatus
{
    /// <summary>Waiting for a distribution run (held while no account is known).</summary>
    Venter,

    /// <summary>In a run waiting for a second user's approval.</summary>
    IKjoring,

    /// <summary>In an approved run: in its pain.001 file (or posted internally, for the state).</summary>
    Utbetalt,
}

/// <summary>
/// One amount namsmannen holds and owes someone (issue 16): made in the same transaction as the money it comes from
/// (a KID payment booked, a suspense item set to be paid back, an approved fordeling), paid in a distribution run
/// approved by a second user. Every krone received is in one of these, or in suspense.
/// </summary>
public sealed class Utbetaling
{
    public Guid Id { get; init; }

    public string Kontor { get; init; } = string.Empty;

    public Utbetalingsart Art { get; init; }

    public Mottakertype Mottakertype { get; init; }

    public string Mottaker { get; init; } = string.Empty;

    /// <summary>The case's creditor, whose own account is used when none is given here.</summary>
    public Guid? KreditorId { get; init; }

    /// <summary>An account given for this payout (the payer's from the bank file, or one a caseworker entered).</summary>
    public string? Kontonummer { get; set; }

    public decimal Belop { get; init; }

    /// <summary>What the money is, for the statement: «Innbetaling 12.11.2026, KID …», «Salg, fordelingslinje 3».</summary>
    public string Grunnlag { get; init; } = string.Empty;

    public Guid? SakId { get; init; }

    public Guid? InnbetalingId { get; init; }

    public Guid? FordelingId { get; init; }

    public DateTimeOffset Opprettet { get; init; }

    public Utbetalingsstatus Status { get; set; }

    public Guid? KjoringId { get; set; }

    /// <summary>The account the run pays to, fixed when the run is made so the approver sees what is paid.</summary>
    public string? UtbetalesTil { get; set; }

    /// <summary>A note by whom and why an account was entered.</summary>
    public string? Merknad { get; set; }

    /// <summary>PostgreSQL's row version: two runs made at once cannot take the same payout.</summary>
    public uint Versjon { get; private set; }
}

public enum Kjoringsstatus
{
    TilGodkjenning,
    Godkjent,
    Forkastet,
}

/// <summary>
/// A distribution run: the payouts of an office that were ready when it was made, approved by a user other than the
/// one who made it (four eyes), after which its pain.001 credit-transfer file is made and kept.
/// </summary>
public sealed class Utbetalingskjoring
{
    public Guid Id { get; init; }

    /// <summary>The run's number, in order across the country.</summary>
    public long Nummer { get; private set; }

    public string Kontor { get; init; } = string.Empty;

    public DateTimeOffset Opprettet { get; init; }

    public string OpprettetAvId { get; init; } = string.Empty;

    public string OpprettetAvNavn { get; init; } = string.Empty;

    public Kjoringsstatus Status { get; set; }

    public DateTimeOffset? Avgjort { get; set; }

    public string? AvgjortAvId { get; set; }

    public string? AvgjortAvNavn { get; set; }

    public string? Begrunnelse { get; set; }

    public int Antall { get; init; }

    public decimal Sum { get; init; }

    /// <summary>The day the bank is asked to pay (ReqdExctnDt), set at approval.</summary>
    public DateOnly? Betalingsdato { get; set; }

    /// <summary>The pain.001 file, made at approval.</summary>
    public byte[]? Pain001 { get; set; }

    /// <summary>PostgreSQL's row version: two supervisors cannot both decide the run.</summary>
    public uint Versjon { get; private set; }
}
