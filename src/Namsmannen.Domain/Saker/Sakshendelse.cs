using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Domain.Saker;

/// <summary>
/// Every fact about a case, as one closed set: the types nested here (the constructor is private; only the copy
/// constructor every record has is protected, and the journal refuses a type it does not know).
/// <see cref="Sak"/> raises them as it changes; the application's journal turns each into its audit line, its
/// creditor-feed line and its outbox work in the same transaction, and handles every type (a test holds it to that).
/// </summary>
public abstract record Sakshendelse
{
    private Sakshendelse()
    {
    }

    /// <summary>A begjæring received (tvangsfullbyrdelsesloven § 5-2), through <paramref name="Kanal"/>.</summary>
    public sealed record Mottatt(DateOnly Dato, Mottakskanal Kanal, string? Filnavn) : Sakshendelse;

    /// <summary>A case taken over from an earlier system (or generated) at the stage it had reached there.</summary>
    public sealed record OverfortFraHistorikk(DateOnly Dato, Saksstadium Stadium) : Sakshendelse;

    /// <summary>A transition of the table in <see cref="Saksforlop"/>.</summary>
    public sealed record Stadiumendring(Guid SakId, string Saksnummer, Handling Handling, Saksstadium Fra, Saksstadium Til, DateOnly Dato, string? Begrunnelse) : Sakshendelse;

    /// <summary>A payment booked against the claim.</summary>
    public sealed record BetalingRegistrert(Belop Belop, DateOnly Dato, Belop InnbetaltFor, Belop InnbetaltEtter, Belop Utestaende) : Sakshendelse
    {
        /// <summary>Paid beyond the whole balance: owed back to the payer (how the rest was applied is in the ledger's entries).</summary>
        public Belop Overskudd { get; init; }
    }

    /// <summary>The creditor reduced the claim (no part may grow).</summary>
    public sealed record KravRedusert(DateOnly Dato, Kravdeler For, Kravdeler Etter) : Sakshendelse;

    /// <summary>The creditor set the order payments cover the claim's parts in (or went back to the standard order).</summary>
    public sealed record AvregningsrekkefolgeSatt(IReadOnlyList<Komponent> Rekkefolge, bool Standard) : Sakshendelse;

    /// <summary>A caseworker took the case, or was given it.</summary>
    public sealed record Tildelt(string? ForrigeSaksbehandlerId, string SaksbehandlerId, string SaksbehandlerNavn) : Sakshendelse;

    /// <summary>A supervisor moved the case from one caseworker (or from the unassigned pile) to another.</summary>
    public sealed record Omfordelt(string? ForrigeSaksbehandlerId, string? ForrigeNavn, string SaksbehandlerId, string SaksbehandlerNavn) : Sakshendelse;

    /// <summary>A klage not upheld, sent to tingretten (tvangsfullbyrdelsesloven § 5-16).</summary>
    public sealed record KlageOversendt : Sakshendelse;

    /// <summary>The returned asset's valuation and what it wrote the debt down by (seed 002).</summary>
    public sealed record TilbakeleveringVerdsatt(TilbakeleveringResultat Resultat) : Sakshendelse;

    /// <summary>
    /// An entry in a register (Grunnboken, Løsøreregisteret, betalingsanmerkning), with its deletion rule; the notice
    /// goes to the register under the entry's <see cref="Referanse"/>.
    /// </summary>
    public sealed record Registrert(Registeroppforing Oppforing) : Sakshendelse
    {
        public Guid Referanse { get; init; }
    }

    /// <summary>
    /// A closing asked for the deletion of a register entry (domain.md § 8): namsmannen sends the notice, or, for
    /// Grunnboken, the entry stands until the creditor sends it.
    /// </summary>
    public sealed record SlettemeldingBestilt(Register Register, Registerutfall Utfall, DateOnly Dato, bool SendesAvNamsmannen) : Sakshendelse
    {
        /// <summary>The entry's reference with the register.</summary>
        public Guid Referanse { get; init; }
    }

    /// <summary>
    /// A caseworker sent a message again from the office's error list, after <paramref name="SisteFeil"/>: a notice to
    /// <paramref name="Register"/>, or the letter <paramref name="Brev"/> when the register is null.
    /// </summary>
    public sealed record UtsendingSendtPaNytt(Register? Register, bool Sletting, string? SisteFeil, Brevart? Brev = null) : Sakshendelse;

    /// <summary>A register acknowledged namsmannen's notice: the entry is registered, or deleted (<paramref name="Sletting"/>).</summary>
    public sealed record RegisterKvittert(Register Register, Registerutfall Utfall, bool Sletting, DateOnly Dato, string Registerreferanse) : Sakshendelse;

    /// <summary>A file attached to the case.</summary>
    public sealed record VedleggLastetOpp(string Filnavn, long Storrelse) : Sakshendelse;

    /// <summary>Someone was shown the debtor's full fødselsnummer (personopplysningsloven / GDPR art. 32: access is logged).</summary>
    public sealed record FodselsnummerVist : Sakshendelse;

    /// <summary>A letter to a party was ordered; the outbox composes and sends it.</summary>
    public sealed record BrevBestilt(Guid BrevId, Brevart Art, Brevmottaker Mottaker) : Sakshendelse;

    /// <summary>A letter was sent in the recipient's målform through a channel, and received on the day its receipt says.</summary>
    public sealed record BrevSendt(Guid BrevId, Brevart Art, Brevmottaker Mottaker, Malform Malform, Brevkanal Kanal, DateOnly Sendt, DateOnly Levert) : Sakshendelse;

    /// <summary>
    /// The debtor asked, from «Min sak», for the case to be postponed (issue 19); only the creditor can grant it (seed 002),
    /// so the request goes to the creditor's status feed.
    /// </summary>
    public sealed record UtsettelseOnsket(DateOnly Dato, DateOnly? OnsketTil, string Begrunnelse) : Sakshendelse;

    /// <summary>
    /// The debtor documented expenses or a changed household from «Min sak» (issue 19), with <paramref name="Vedlegg"/>
    /// files and the figures they gave (<paramref name="Grunnlag"/>, the calculator's input as JSON, and the trekk it
    /// gives): a task for the caseworker by <paramref name="Frist"/>.
    /// </summary>
    public sealed record TrekkgrunnlagDokumentert(string Endring, int Vedlegg, string Grunnlag, Belop TrekkEtterForslaget, DateOnly Frist) : Sakshendelse;

    /// <summary>The digital mailbox reports that the recipient opened a letter.</summary>
    public sealed record BrevApnet(Guid BrevId, Brevart Art, Brevmottaker Mottaker, DateOnly Dato) : Sakshendelse;

    /// <summary>How letters reach the debtor was registered: their målform (null: the contact register's) and a protected address.</summary>
    public sealed record BrevopplysningerRegistrert(Malform? Malform, bool FortroligAdresse) : Sakshendelse;

    /// <summary>Namsmannen corrected the debtor's address after checking it; every open case of the debtor records it.</summary>
    public sealed record AdresseRettet(string Fra, string Til) : Sakshendelse;

    /// <summary>The debtor's household and income were registered; every open case of the debtor records it.</summary>
    public sealed record HusstandRegistrert(Husstandsopplysninger Opplysninger) : Sakshendelse;

    /// <summary>A version of the case's trekkpålegg was written: the first order, a new amount, or the stop (creditors follow the stop).</summary>
    public sealed record TrekkpaleggVersjon(Guid TrekkId, int Versjon, Trekkstatus Status, Belop BelopPerManed, DateOnly FraDato, DateOnly? TilDato, string Grunn, DateOnly Dato) : Sakshendelse;

    /// <summary>The trekkpliktig reported a deviation; a task with <paramref name="Frist"/> follows.</summary>
    public sealed record TrekkavvikMeldt(Guid TrekkId, string Orgnr, Trekkavvik Avvik, string? Periode, string Beskrivelse, DateOnly Frist) : Sakshendelse;

    /// <summary>A month's remittance was missing or short ten days after the pay day; a task and a notice to the creditor follow.</summary>
    public sealed record TrekkinnbetalingMangler(Guid TrekkId, string Periode, Belop Forventet, Belop Innbetalt, DateOnly Frist, DateOnly Dato) : Sakshendelse;

    /// <summary>A caseworker handled a trekk task, with what was done.</summary>
    public sealed record TrekkoppgaveLukket(long FristId, Fristtype Type, string Merknad) : Sakshendelse;

    /// <summary>A caseworker asked for a coordinated trekk the coordinated trekk refused to be handed over again, saying what was corrected.</summary>
    public sealed record SamordningPaNytt(Guid TrekkId, string Merknad) : Sakshendelse;

    /// <summary>A legal hold was set on the case (issue 20): nothing of it is deleted or anonymised while it stands.</summary>
    public sealed record RettsligHoldSatt(DateOnly Dato, string Grunn) : Sakshendelse;

    /// <summary>The legal hold was lifted; the retention rules apply again from today.</summary>
    public sealed record RettsligHoldOpphevet(DateOnly Dato, string Holdgrunn, string Grunn) : Sakshendelse;

    /// <summary>
    /// The retention job deleted the case's attachments and letter files (issue 20, <see cref="Regler.Oppbevaring"/>);
    /// the letters' record and the audit log stay.
    /// </summary>
    public sealed record DokumenterSlettet(int Vedlegg, int Brevfiler, DateOnly Avsluttet) : Sakshendelse;
}

/// <summary>How a begjæring reached namsmannen.</summary>
public enum Mottakskanal
{
    Skjema,
    Api,
    Csv,
}

/// <summary>The three parts of a claim, in kroner.</summary>
public sealed record Kravdeler(Belop Hovedstol, Belop Renter, Belop Omkostninger);
