using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Satser;
using static Namsmannen.Domain.Saker.Sakshendelse;

namespace Namsmannen.Domain.Saker;

/// <summary>
/// An enforcement case, from the begjæring until it is closed. The stage changes only through
/// <see cref="GjorHandling"/> and the methods that book money, by the table in <see cref="Saksforlop"/>. Every change
/// raises a <see cref="Sakshendelse"/>, which the application's journal writes in the same transaction.
/// </summary>
public sealed partial class Sak
{
    private readonly List<Sakshendelse> hendelser = [];

    private Sak()
    {
        Saksnummer = string.Empty;
        Kontor = string.Empty;
        KreditorReferanse = string.Empty;
        Grunnlag = null!;
    }

    private Sak(Guid id, Saksnummer saksnummer, Guid kreditorId, Guid skyldnerId, Kontor kontor, Begjaringstype type, decimal hovedstol, decimal renter, decimal omkostninger, string kreditorReferanse, DateOnly mottatt, Tvangsgrunnlag grunnlag, DateOnly? varselSendt)
    {
        if (hovedstol <= 0)
        {
            throw new DomainException("Hovedstolen må være større enn 0 kr.");
        }

        if (renter < 0 || omkostninger < 0)
        {
            throw new DomainException("Renter og omkostninger kan ikke være negative.");
        }

        Id = id;
        Saksnummer = saksnummer.ToString();
        KreditorId = kreditorId;
        SkyldnerId = skyldnerId;
        Kontor = kontor.Kode;
        Type = type;
        Hovedstol = new Belop(hovedstol);
        Renter = new Belop(renter);
        Omkostninger = new Belop(omkostninger);
        KreditorReferanse = kreditorReferanse.Trim();
        Mottatt = mottatt;
        Grunnlag = grunnlag;
        VarselSendt = varselSendt;
        Stadium = Saksstadium.BegjaringMottatt;
        StadiumSiden = mottatt;
        ApneKonto();
    }

    public Guid Id { get; private set; }

    public string Saksnummer { get; private set; }

    public Guid KreditorId { get; private set; }

    public Guid SkyldnerId { get; private set; }

    /// <summary>The office that handles the case (<see cref="Kontorinndeling"/>), by the debtor's address when received.</summary>
    public string Kontor { get; private set; }

    public Begjaringstype Type { get; private set; }

    public Saksstadium Stadium { get; private set; }

    public Belop Hovedstol { get; private set; }

    public Belop Renter { get; private set; }

    public Belop Omkostninger { get; private set; }

    public Belop Krav => Hovedstol + Renter + Omkostninger;

    /// <summary>The creditor's own reference for the case; unique per creditor.</summary>
    public string KreditorReferanse { get; private set; }

    public DateOnly Mottatt { get; private set; }

    /// <summary>The legal basis the creditor relies on, with its dates.</summary>
    public Tvangsgrunnlag Grunnlag { get; private set; }

    /// <summary>When the creditor sent the § 4-18 varsel, if it did.</summary>
    public DateOnly? VarselSendt { get; private set; }

    /// <summary>Whether the begjæring, on the day it was received, rests on an enforceable basis (tvangsfullbyrdelsesloven § 4-1).</summary>
    public Tvangskraftvurdering Tvangskraft => Regler.Tvangskraft.Vurder(Mottatt, [Grunnlag], VarselSendt);

    /// <summary>The caseworker who owns the case, or null while it waits in the unassigned queue.</summary>
    public string? SaksbehandlerId { get; private set; }

    /// <summary>Paid so far, by the debtor directly or through namsmannen.</summary>
    public Belop Innbetalt { get; private set; }

    /// <summary>What is owed as of the last booking: the claim, with interest and fees booked, less what is paid (interest accrued since not included).</summary>
    public Belop Utestaende => Krav + Tillegg - Innbetalt;

    /// <summary>Where the case stood before a pause (utsatt, klage, suspendert), so it can go back there.</summary>
    public Saksstadium? ForrigeStadium { get; private set; }

    public bool ErLukket => Saksforlop.Lukket.Contains(Stadium);

    /// <summary>The day the case was closed (avsluttet, henlagt or avvist); empty while it is open. Case age and throughput are measured by it.</summary>
    public DateOnly? Avsluttet { get; private set; }

    /// <summary>
    /// The day the case entered its stage, for the supervisor's time per stage. Unknown (null) for a case taken over
    /// or generated in bulk without it; the dashboard then counts from the day it was received.
    /// </summary>
    public DateOnly? StadiumSiden { get; private set; }

    /// <summary>The day the asset was returned to the salgspanthaver (the klagefrist runs from the letter about it), or null.</summary>
    public DateOnly? Tilbakelevert { get; private set; }

    /// <summary>The value namsmannen set on the returned asset; a klage on it needs a deviation above 20 000 kr.</summary>
    public Belop? TilbakeleveringVerdi { get; private set; }

    /// <summary>The actions the transition table allows now.</summary>
    public IReadOnlyList<Handling> TillatteHandlinger =>
        Saksforlop.Tillatte(Stadium, Type).Select(o => o.Handling)
            .Where(h => h != Handling.RegistrerFullBetaling && (h != Handling.RegistrerKlage || KanTaImotKlage)
                && (h != Handling.OversendKlage || klager.LastOrDefault(k => k.ErApen) is { KanOversendes: true }))
            .ToList();

    /// <summary>An open case in a stage the table allows a klage from, or a case closed by tilbakelevering (domain.md § 9).</summary>
    private bool KanTaImotKlage => Klagbare.Count > 0;

    /// <summary>The facts raised since the case was loaded or last saved, for the journal (audit log, status feed, outbox).</summary>
    public IReadOnlyList<Sakshendelse> Hendelser => hendelser;

    /// <summary>The transitions among <see cref="Hendelser"/>.</summary>
    public IEnumerable<Stadiumendring> Stadiumendringer => hendelser.OfType<Stadiumendring>();

    /// <summary>PostgreSQL xmin, for optimistic concurrency.</summary>
    public uint Versjon { get; private set; }

    /// <summary>A begjæring received by namsmannen (tvangsfullbyrdelsesloven § 5-2).</summary>
    public static Sak Motta(Guid id, Saksnummer saksnummer, Guid kreditorId, Guid skyldnerId, Kontor kontor, Begjaringstype type, decimal hovedstol, decimal renter, decimal omkostninger, string kreditorReferanse, DateOnly mottatt, Tvangsgrunnlag grunnlag, DateOnly? varselSendt, Mottakskanal kanal, string? filnavn = null)
    {
        var sak = new Sak(id, saksnummer, kreditorId, skyldnerId, kontor, type, hovedstol, renter, omkostninger, kreditorReferanse, mottatt, grunnlag, varselSendt);
        sak.hendelser.Add(new Mottatt(mottatt, kanal, filnavn));
        return sak;
    }

    /// <summary>
    /// A case taken over from an earlier system at the stage it had reached there. Used by migration
    /// from legacy data and by the demo and volume generators; normal work moves cases by their actions.
    /// </summary>
    /// <param name="innbetalt">Paid before the takeover; a case paid in full must come over as avsluttet.</param>
    /// <param name="mottattGjennom">How the earlier system received the begjæring, when known: its receipt is recorded too.</param>
    public static Sak FraHistorikk(Guid id, Saksnummer saksnummer, Guid kreditorId, Guid skyldnerId, Kontor kontor, Begjaringstype type, decimal hovedstol, decimal renter, decimal omkostninger, string kreditorReferanse, DateOnly mottatt, Tvangsgrunnlag grunnlag, DateOnly? varselSendt, Saksstadium stadium, string? saksbehandlerId, Saksstadium? forrigeStadium = null, DateOnly? avsluttet = null, decimal innbetalt = 0m, Mottakskanal? mottattGjennom = null)
    {
        if (innbetalt < 0 || innbetalt > hovedstol + renter + omkostninger || (innbetalt == hovedstol + renter + omkostninger && stadium != Saksstadium.Avsluttet))
        {
            throw new DomainException("Det innbetalte kan ikke være negativt eller større enn kravet, og en sak som er betalt fullt ut, er avsluttet.");
        }

        if (Saksforlop.Lukket.Contains(stadium) != avsluttet.HasValue || avsluttet < mottatt)
        {
            throw new DomainException("En lukket sak må ha datoen den ble lukket, tidligst da den ble mottatt, og en åpen sak ingen slik dato.");
        }

        if (Saksforlop.Pauser.Contains(stadium) != forrigeStadium.HasValue)
        {
            throw new DomainException("En sak på pause (utsatt, klage eller suspendert) må ha stadiet den skal tilbake til, og bare da.");
        }

        var sak = new Sak(id, saksnummer, kreditorId, skyldnerId, kontor, type, hovedstol, renter, omkostninger, kreditorReferanse, mottatt, grunnlag, varselSendt)
        {
            Stadium = stadium,
            Avsluttet = avsluttet,
            SaksbehandlerId = saksbehandlerId,
            ForrigeStadium = forrigeStadium,
            Innbetalt = new Belop(innbetalt),
            StadiumSiden = null,
        };
        if (innbetalt > 0m)
        {
            // Paid before the takeover: applied at receipt in the standard order (no interest had run here yet).
            var avregning = Kontoutskrift.Avregn(new Saldo(new Belop(hovedstol), new Belop(renter), new Belop(omkostninger), Belop.Null), new Belop(innbetalt));
            sak.poster.AddRange(avregning.Poster.Select(p => new Kontopost(mottatt, mottatt, Posttype.Betaling, p.Komponent, Belop.Null - p.Belop)));
        }

        if (mottattGjennom is { } kanal)
        {
            sak.hendelser.Add(new Mottatt(mottatt, kanal, null));
        }

        sak.hendelser.Add(new OverfortFraHistorikk(mottatt, stadium));
        return sak;
    }

    /// <summary>How long after a henleggelse the case may be reopened, in months (office rule, docs/domain.md).</summary>
    public const int GjenapningManeder = 3;

    /// <summary>Carries out an action the transition table allows, or throws with the reason in Norwegian.</summary>
    public Stadiumendring GjorHandling(Handling handling, DateOnly dato, string? begrunnelse = null)
    {
        if (handling == Handling.RegistrerFullBetaling)
        {
            throw new DomainException("En betaling registreres med beløpet, så saken avsluttes når alt er betalt.");
        }

        if (handling == Handling.RegistrerKlage && ErLukket)
        {
            throw new DomainException("En klage på en avsluttet sak registreres med hva den gjelder, så fristen kan prøves.");
        }

        if (handling is Handling.GodkjennFordeling or Handling.GjennomforTilbakelevering)
        {
            throw new DomainException($"«{handling.Navn()}» registreres med beløpet som føres mot kravet.");
        }

        if (handling == Handling.Utsett)
        {
            throw new DomainException("En utsettelse registreres med datoen den gjelder til.");
        }

        if (handling == Handling.OversendKlage)
        {
            throw new DomainException("En klage sendes til tingretten fra klagen selv.");
        }

        // Office rule (docs/domain.md): a henlagt case may be reopened, with a reason, within three months of the henleggelse
        if (handling == Handling.Gjenapne && Avsluttet is { } henlagt && dato > henlagt.AddMonths(GjenapningManeder))
        {
            throw new DomainException($"Saken ble henlagt {henlagt:dd.MM.yyyy} og kan bare gjenåpnes innen {GjenapningManeder} måneder, til {henlagt.AddMonths(GjenapningManeder):dd.MM.yyyy}. Kreditor må sende en ny begjæring.");
        }

        // tvangsfullbyrdelsesloven § 5-6 og domain.md § 12 (EFI): en begjæring som ikke er tvangskraftig, avvises med grunnene
        if (handling == Handling.GodtaBegjaring && Tvangskraft is { Tvangskraftig: false } vurdering)
        {
            return Overga(Handling.AvvisBegjaring, dato, "Avvist automatisk: " + string.Join(" ", vurdering.Grunner.Select(g => $"[{g.Kode}] {g.Melding}")));
        }

        return Overga(handling, dato, begrunnelse);
    }

    private readonly List<Betaling> betalinger = [];

    /// <summary>The payments registered on the case (only those loaded with it, and any new one).</summary>
    public IReadOnlyList<Betaling> Betalinger => betalinger;

    /// <summary>
    /// A payment as a person or a channel registers it (the form, the creditor's API, a bank file, a payment cleared
    /// from suspense): booked by <see cref="RegistrerBetaling"/> and kept with who registered it and when.
    /// </summary>
    public Stadiumendring? BokforBetaling(Belop belop, DateOnly betalt, Satsbok satser, DateOnly idag, DateTimeOffset registrert, string registrertAvNavn, bool tillatOverbetaling = true)
    {
        var endring = RegistrerBetaling(belop, betalt, satser, idag, tillatOverbetaling: tillatOverbetaling);
        betalinger.Add(new Betaling(Id, belop, betalt, registrert, registrertAvNavn));
        return endring;
    }

    /// <summary>
    /// Books a payment valued on <paramref name="dato"/>: the interest to that day first, then the payment applied to
    /// the components (costs and fees, interest, principal, or the creditor's order). When the whole balance with
    /// interest is covered, the case closes at once and every pending step stops with it (domain.md § 12: Kronofogden
    /// seized after the debt was paid because payments were booked late); what is paid beyond it is owed back.
    /// </summary>
    /// <param name="tillatOverbetaling">
    /// Whether more than the balance may be paid (to namsmannen: the rest is owed back to the payer); a creditor who
    /// reports what it received on the claim cannot report more than the claim with interest.
    /// </param>
    public Stadiumendring? RegistrerBetaling(Belop belop, DateOnly dato, Satsbok satser, DateOnly? bokfort = null, IReadOnlyList<Komponent>? rekkefolge = null, Posttype type = Posttype.Betaling, bool tillatOverbetaling = true)
    {
        if (ErLukket)
        {
            throw new DomainException($"Saken er {Stadium.Navn().ToLowerInvariant()}; betalingen må tilbakebetales eller føres på en annen sak.");
        }

        if (belop <= Belop.Null)
        {
            throw new DomainException("Beløpet må være større enn 0 kr.");
        }

        var saldo = SaldoForBokforing(dato, satser);
        if (!tillatOverbetaling && belop > saldo.Saldo.Sum)
        {
            throw new DomainException($"Beløpet er større enn det som er utestående ({saldo.Saldo.Sum}). Registrer utestående beløp og tilbakebetal resten.");
        }

        var innbetaltFor = Innbetalt;
        var avregning = Krediter(type, belop, saldo, bokfort ?? dato, rekkefolge);
        Overbetalt += avregning.Overskudd;
        hendelser.Add(new BetalingRegistrert(belop, dato, innbetaltFor, Innbetalt, Utestaende) { Overskudd = avregning.Overskudd });
        return Utestaende == Belop.Null ? Overga(Handling.RegistrerFullBetaling, dato, $"Betalt {belop}; hele kravet med renter er dekket.") : null;
    }

    /// <summary>
    /// The approved distribution pays the saksøker's line: it is booked against the claim (interest to the day first),
    /// and the case closes. The court fee and the sale's costs the proceeds paid first (<paramref name="rettsgebyr"/>,
    /// <paramref name="salgsomkostninger"/>) are the debtor's, and are paid by the sale: the ledger shows each as a debit
    /// and the sale's credit of the same amount, so the debtor sees them and the claim's balance is unchanged by them.
    /// </summary>
    public Stadiumendring GodkjennFordeling(Belop tilSaksoker, DateOnly dato, Satsbok satser, Belop? rettsgebyr = null, Belop? salgsomkostninger = null)
    {
        if (Stadium != Saksstadium.Fordeling)
        {
            throw new DomainException($"«{Handling.GodkjennFordeling.Navn()}» er ikke mulig når saken har stadium «{Stadium.Navn()}».");
        }

        if (tilSaksoker < Belop.Null)
        {
            throw new DomainException("Beløpet til saksøkeren kan ikke være negativt.");
        }

        if (tilSaksoker > Belop.Null)
        {
            var saldo = SaldoForBokforing(dato, satser);
            if (tilSaksoker > saldo.Saldo.Sum)
            {
                throw new DomainException($"Beløpet til saksøkeren er større enn det som er utestående med renter ({saldo.Saldo.Sum}).");
            }

            Krediter(Posttype.Salg, tilSaksoker, saldo, dato, null);
        }

        // domain.md § 7: rettsgebyr og salgskostnader dekkes først av salgssummen
        BokforDekkedeKostnader(Posttype.Salg, dato, rettsgebyr ?? Belop.Null, salgsomkostninger ?? Belop.Null);

        return Overga(Handling.GodkjennFordeling, dato, $"Saksøkeren får {tilSaksoker}; utestående etter fordelingen {Utestaende}.");
    }

    /// <summary>
    /// The asset is returned to the salgspanthaver: the debt is written down by its value less fee and costs (seed 002),
    /// the rest is still owed, and the namsmann's case ends.
    /// </summary>
    public Stadiumendring GjennomforTilbakelevering(Belop verdi, Belop nedskrivning, DateOnly dato, Satsbok satser)
    {
        if (Stadium != Saksstadium.Tilbakelevering)
        {
            throw new DomainException($"«{Handling.GjennomforTilbakelevering.Navn()}» er ikke mulig når saken har stadium «{Stadium.Navn()}».");
        }

        if (nedskrivning < Belop.Null)
        {
            throw new DomainException("Nedskrivningen kan ikke være negativ.");
        }

        var fores = nedskrivning > Belop.Null ? Krediter(Posttype.Tilbakelevering, nedskrivning, SaldoForBokforing(dato, satser), dato, null).Dekket : Belop.Null;
        Tilbakelevert = dato;
        TilbakeleveringVerdi = verdi;
        return Overga(Handling.GjennomforTilbakelevering, dato, $"Gjelden er nedskrevet med {fores}; fortsatt utestående {Utestaende}.");
    }

    /// <summary>The tilbakelevering as calculated (<see cref="Regler.Tilbakelevering.Beregn"/>), with its valuation recorded.</summary>
    public Stadiumendring GjennomforTilbakelevering(TilbakeleveringResultat resultat, DateOnly dato, Satsbok satser)
    {
        var endring = GjennomforTilbakelevering(resultat.Verdi, resultat.Nedskrivning, dato, satser);
        // seed 002: verdien dekker rettsgebyr og omkostninger før gjelden nedskrives
        BokforDekkedeKostnader(Posttype.Tilbakelevering, dato, resultat.Rettsgebyr, resultat.Omkostninger);
        hendelser.Add(new TilbakeleveringVerdsatt(resultat));
        SettFrist(Fristtype.Klagefrist, resultat.Klagefrist, "Klagefrist for tilbakeleveringen (én måned fra brevet)");
        return endring;
    }

    /// <summary>
    /// The creditor reduces the claim. No part may grow, and the claim cannot drop below what is already paid;
    /// when it drops to exactly that, the case is paid and closes.
    /// </summary>
    public Stadiumendring? ReduserKrav(decimal hovedstol, decimal renter, decimal omkostninger, DateOnly dato, Satsbok satser)
    {
        if (ErLukket)
        {
            throw new DomainException($"Saken er {Stadium.Navn().ToLowerInvariant()}; kravet kan ikke endres.");
        }

        if (hovedstol > Hovedstol.Kroner || renter > Renter.Kroner || omkostninger > Omkostninger.Kroner)
        {
            throw new DomainException("Kravet kan bare reduseres. Et høyere krav krever en ny begjæring.");
        }

        if (hovedstol < 0 || renter < 0 || omkostninger < 0 || !Belop.ErHeleOre(hovedstol) || !Belop.ErHeleOre(renter) || !Belop.ErHeleOre(omkostninger))
        {
            throw new DomainException("Beløpene må være 0 kr eller mer, i hele øre.");
        }

        // The reduction is a credit per component, valued today; a component cannot drop below what is already paid of it.
        var saldo = SaldoForBokforing(dato, satser);
        var ny = new Kravdeler(new Belop(hovedstol), new Belop(renter), new Belop(omkostninger));
        var ned = new[] { (Komponent.Hovedstol, Hovedstol - ny.Hovedstol), (Komponent.Renter, Renter - ny.Renter), (Komponent.Omkostninger, Omkostninger - ny.Omkostninger) };
        var totalt = Belop.Sum(ned.Select(n => n.Item2));
        if (totalt > Belop.Max(saldo.Saldo.Sum - saldo.Saldo.Rettsgebyr, Belop.Null) || ny.Hovedstol + ny.Renter + ny.Omkostninger < Innbetalt - Tillegg)
        {
            throw new DomainException($"Kravet kan ikke bli lavere enn det som allerede er betalt ({Innbetalt}).");
        }

        BokforRenter(saldo, dato);
        // Each part is written down by its own reduction as far as it is still owed; a reduction of a part already paid
        // (the creditor sets the claim to what is paid) writes down the rest in the standard order.
        var igjen = Belop.Null;
        var rest = saldo.Saldo;
        foreach (var (komponent, reduksjon) in ned.Where(n => n.Item2 > Belop.Null))
        {
            var egen = Belop.Min(reduksjon, rest[komponent]);
            poster.Add(new Kontopost(dato, dato, Posttype.Reduksjon, komponent, Belop.Null - egen));
            rest = rest.Uten(komponent, egen);
            igjen += reduksjon - egen;
        }

        if (igjen > Belop.Null)
        {
            poster.AddRange(Kontoutskrift.Avregn(rest, igjen).Poster.Select(p => new Kontopost(dato, dato, Posttype.Reduksjon, p.Komponent, Belop.Null - p.Belop)));
        }
        var tidligere = new Kravdeler(Hovedstol, Renter, Omkostninger);
        Hovedstol = ny.Hovedstol;
        Renter = ny.Renter;
        Omkostninger = ny.Omkostninger;
        hendelser.Add(new KravRedusert(dato, tidligere, ny));
        return Utestaende == Belop.Null ? Overga(Handling.RegistrerFullBetaling, dato, "Kravet er redusert til det som er betalt.") : null;
    }

    /// <summary>
    /// Registers a klage with its deadline. A late klage on an open case is registered as late, for the caseworker to
    /// reject with that reason. A case closed by tilbakelevering still takes a klage on the tilbakelevering, but only
    /// within its month (seed 002); a klage on the valuation needs a claimed deviation above 20 000 kr.
    /// </summary>
    public KlagefristVurdering RegistrerKlage(Klagegjelder gjelder, DateOnly klageMottatt, Klagegrunnlag grunnlag, Belop? pastattVerdi, DateOnly dato, string innhold)
    {
        if (ErLukket && (Tilbakelevert is null || gjelder != Klagegjelder.Tilbakelevering))
        {
            throw new DomainException($"Saken er {Stadium.Navn().ToLowerInvariant()}. Etter at en sak er avsluttet, kan bare en klage på tilbakeleveringen tas imot.");
        }

        if (!Klagbare.Contains(gjelder))
        {
            throw new DomainException(Klagbare.Count == 0
                ? $"Saken har stadium «{Stadium.Navn()}» og har ingen avgjørelse som kan påklages."
                : $"Saken har ikke noe {gjelder.Navn().ToLowerInvariant()} å klage på. Velg blant: {string.Join(", ", Klagbare.Select(k => k.Navn().ToLowerInvariant()))}.", "Gjelder");
        }

        if (pastattVerdi is { } pastatt)
        {
            // seed 002: verdsettelsen kan bare påklages når det påståtte avviket er mer enn 20 000 kr
            if (gjelder != Klagegjelder.Tilbakelevering || TilbakeleveringVerdi is not { } fastsatt)
            {
                throw new DomainException("En påstått verdi gjelder bare en klage på verdsettelsen ved tilbakelevering.");
            }

            if (!Regler.Tilbakelevering.KanKlagePaVerdsettelsen(fastsatt, pastatt))
            {
                throw new DomainException($"Verdsettelsen ({fastsatt}) kan bare påklages når avviket er mer enn {Regler.Tilbakelevering.TerskelForVerdiklage}. Påstått verdi {pastatt} gir et avvik på {new Belop(Math.Abs(pastatt.Kroner - fastsatt.Kroner))}.");
            }
        }

        var vurdering = Klagefrist.Vurder(gjelder, grunnlag, klageMottatt);
        if (ErLukket && !vurdering.IRettTid)
        {
            throw new DomainException($"Klagefristen for tilbakeleveringen gikk ut {vurdering.Frist:dd.MM.yyyy}. Saken er avsluttet, og klagen kan ikke tas imot.");
        }

        var frist = vurdering.Frist is { } f ? f.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture) : vurdering.Regel;
        var verdiklage = pastattVerdi is { } p ? $" Påstått verdi {p}." : string.Empty;
        Overga(Handling.RegistrerKlage, dato,
            $"Klage på {gjelder.Navn().ToLowerInvariant()}, mottatt {klageMottatt:dd.MM.yyyy}. Frist: {frist}. {(vurdering.IRettTid ? "I rett tid." : "FOR SENT.")}{verdiklage} {innhold.Trim()}");
        klager.Add(new Klage(gjelder, klageMottatt, vurdering, innhold));
        return vurdering;
    }

    public void FjernHendelser() => hendelser.Clear();

    private Stadiumendring Overga(Handling handling, DateOnly dato, string? begrunnelse)
    {
        var overgang = Saksforlop.Finn(Stadium, Type, handling)
            ?? throw new DomainException($"«{handling.Navn()}» er ikke mulig når saken har stadium «{Stadium.Navn()}».");
        if (handling == Handling.RegistrerKlage && !KanTaImotKlage)
        {
            throw new DomainException($"«{handling.Navn()}» er ikke mulig når saken har stadium «{Stadium.Navn()}»: bare en sak avsluttet ved tilbakelevering tar imot klage.");
        }

        if (handling.Om().KreverBegrunnelse && string.IsNullOrWhiteSpace(begrunnelse))
        {
            throw new DomainException($"«{handling.Navn()}» krever en begrunnelse.");
        }

        var fra = Stadium;
        if (fra == Saksstadium.Utsatt)
        {
            OppfyllFrister(Fristtype.UtsattTil, dato);
        }

        var til = overgang.Til ?? ForrigeStadium ?? throw new DomainException("Saken vet ikke hvilket stadium den skal tilbake til.");
        ForrigeStadium = overgang.Til is { } pause && Saksforlop.Pauser.Contains(pause) ? fra : null;
        StadiumSiden = til == fra ? StadiumSiden : dato;
        Stadium = til;
        Avsluttet = Saksforlop.Lukket.Contains(til) ? dato : null;
        var endring = new Stadiumendring(Id, Saksnummer, handling, fra, til, dato, begrunnelse?.Trim());
        hendelser.Add(endring);
        BestillBrev(handling, dato, begrunnelse);
        return endring;
    }

    /// <summary>A caseworker takes the case, or is given it.</summary>
    public void TildelTil(string saksbehandlerId, string navn)
    {
        var forrige = SaksbehandlerId;
        Tildel(saksbehandlerId);
        hendelser.Add(new Tildelt(forrige, saksbehandlerId, navn));
    }

    /// <summary>A supervisor moves the case to another caseworker of its office.</summary>
    public void Omfordel(string saksbehandlerId, string navn, string? forrigeNavn)
    {
        var forrige = SaksbehandlerId;
        Tildel(saksbehandlerId);
        hendelser.Add(new Omfordelt(forrige, forrigeNavn, saksbehandlerId, navn));
    }


    private void Tildel(string saksbehandlerId)
    {
        if (Stadium is Saksstadium.Avsluttet or Saksstadium.Henlagt or Saksstadium.Avvist)
        {
            throw new DomainException("En avsluttet sak kan ikke tildeles.");
        }

        SaksbehandlerId = saksbehandlerId;
    }
}
