using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Satser;
using static Namsmannen.Domain.Saker.Sakshendelse;

namespace Namsmannen.Domain.Saker;

/// <summary>The rules of the utlegg path: varsel, utleggsforretning with samordning, utleggstrekk, and the sale.</summary>
public sealed partial class Sak
{
    /// <summary>
    /// Varsel to the debtor of the utleggsforretning on <paramref name="forretning"/>, sent on <paramref name="idag"/>.
    /// </summary>
    public Stadiumendring SendVarsel(DateOnly idag, DateOnly forretning, string klokkeslett, string sted)
    {
        // tvangsfullbyrdelsesloven § 7-10 / domain.md § 2: om lag 14 dager til å svare; fristen flyttes forbi helligdager
        var tidligst = TidligsteUtleggsforretning(idag);
        if (forretning < tidligst)
        {
            throw new DomainException($"Utleggsforretningen kan tidligst holdes {tidligst:dd.MM.yyyy}, 14 dager etter varselet (flyttet forbi helg og helligdag).", "Dato");
        }

        if (!Regler.Frister.ErVirkedag(forretning))
        {
            throw new DomainException($"{forretning:dd.MM.yyyy} er ikke en virkedag. Velg en annen dato.", "Dato");
        }

        // Office rule (docs/domain.md): the day is fixed within three months, so the varsel still means something
        var senest = idag.AddMonths(VarselManeder);
        if (forretning > senest)
        {
            throw new DomainException($"Utleggsforretningen må holdes innen {VarselManeder} måneder etter varselet, senest {senest:dd.MM.yyyy}.", "Dato");
        }

        var endring = GjorHandling(Handling.SendVarsel, idag, $"Utleggsforretning {forretning:dd.MM.yyyy} kl. {klokkeslett}, {sted.Trim()}.");
        SettFrist(Fristtype.Utleggsforretning, forretning, $"Utleggsforretning kl. {klokkeslett}, {sted.Trim()}");
        return endring;
    }

    /// <summary>How far ahead a varsel may fix the utleggsforretning, in months (office rule, docs/domain.md).</summary>
    public const int VarselManeder = 3;

    /// <summary>
    /// The utleggsforretning is held on <paramref name="idag"/> with the outcome <paramref name="utfall"/> (utleggspant or
    /// intet til utlegg); the varsel's deadline is met that day.
    /// </summary>
    /// <param name="utenVarsel">
    /// Why it is held without a varsel, or before the day the varsel gave: a varsel would defeat its purpose (§ 7-10).
    /// </param>
    public Stadiumendring HoldUtleggsforretning(Handling utfall, DateOnly idag, string beskrivelse, string? utenVarsel)
    {
        if (utfall is not (Handling.TaUtleggspant or Handling.KonkluderIntetTilUtlegg))
        {
            throw new DomainException("En utleggsforretning ender med utleggspant eller intet til utlegg; utleggstrekk har sitt eget skjema.");
        }

        var unntak = KontrollerVarsel(idag, utenVarsel);
        var endring = GjorHandling(utfall, idag, beskrivelse + unntak);
        OppfyllFrister(Fristtype.Utleggsforretning, idag);
        return endring;
    }

    /// <summary>
    /// The utleggsforretning may be held only after the debtor was warned and the day in the varsel has come, unless the
    /// caseworker writes why a varsel would defeat its purpose. Returns that reason for the audit line.
    /// </summary>
    private string KontrollerVarsel(DateOnly idag, string? utenVarsel)
    {
        // tvangsfullbyrdelsesloven § 7-10: skyldneren varsles om forretningen, med mindre varsel vil forspille formålet
        var grunn = string.IsNullOrWhiteSpace(utenVarsel) ? null : utenVarsel.Trim();
        if (grunn is not null)
        {
            return $" Holdt uten varsel eller før varslet dato: {grunn}";
        }

        return UtleggsforretningKreverUnntak(idag) is { } hindring
            ? throw new DomainException(hindring, "UtenVarsel")
            : string.Empty;
    }

    /// <summary>
    /// Why an utleggsforretning cannot be held on <paramref name="idag"/> without a written § 7-10 reason (no varsel sent,
    /// or the day it gave not come); null when it may be held. Needs the case's open deadlines loaded.
    /// </summary>
    public string? UtleggsforretningKreverUnntak(DateOnly idag) => (Stadium, VarsletUtleggsforretning) switch
    {
        (Saksstadium.Godtatt, _) => "Skyldneren har ikke fått varsel om utleggsforretningen. Send varsel først, eller skriv hvorfor et varsel ville forspille formålet (§ 7-10).",
        (Saksstadium.VarselSendt, { } dag) when idag < dag => $"Utleggsforretningen er varslet til {dag:dd.MM.yyyy} og kan ikke holdes før. Skriv hvorfor den ikke kan vente om et varsel ville forspille formålet (§ 7-10).",
        _ => null,
    };

    /// <summary>The first day an utleggsforretning may be held after a varsel sent on <paramref name="varsel"/> (§ 7-10).</summary>
    public static DateOnly TidligsteUtleggsforretning(DateOnly varsel) => Regler.Frister.FristOmDager(varsel, 14);

    /// <summary>
    /// Whether <paramref name="annen"/> may be held in the same utleggsforretning as this case, with the outcome
    /// <paramref name="utfall"/>: the same debtor, and waiting for that outcome. Throws with the reason if not.
    /// </summary>
    public void KontrollerSamordning(Sak annen, Handling utfall)
    {
        // Samordning (domain.md § 2, issue 4): flere begjæringer mot samme skyldner behandles i én utleggsforretning
        if (annen.SkyldnerId != SkyldnerId || !annen.TillatteHandlinger.Contains(utfall))
        {
            throw new DomainException($"Sak {annen.Saksnummer} gjelder en annen skyldner eller venter ikke på utleggsforretning, og kan ikke samordnes med denne.");
        }
    }

    /// <summary>
    /// Why namsmannen may not take utleggspant in <paramref name="beskrivelse"/> as asked, or null when it may: goods that
    /// are beslagsfrie need the caseworker's written reason for another view.
    /// </summary>
    public static string? UtleggspantKreverBegrunnelse(string beskrivelse, Beslagsvurdering vurdering, bool taUtleggspant, string? begrunnelse) =>
        // dekningsloven §§ 2-2–2-6: beslagsfritt gods tas ikke utlegg i, med mindre namsmannen skriftlig begrunner et annet syn
        taUtleggspant && vurdering.Utfall == Beslagsutfall.Beslagsfri && string.IsNullOrWhiteSpace(begrunnelse)
            ? $"«{beskrivelse}» er beslagsfritt ({vurdering.Begrunnelse}) Skriv en begrunnelse for å ta utleggspant likevel."
            : null;

    private readonly List<Formuesgode> formuesgoder = [];

    private readonly List<FordelingForslag> fordelinger = [];

    /// <summary>The case's proposed fordelinger (only those loaded with the case, and any new one).</summary>
    public IReadOnlyList<FordelingForslag> Fordelinger => fordelinger;

    /// <summary>The assets found at the case's utleggsforretninger (only those loaded with the case, and any new ones).</summary>
    public IReadOnlyList<Formuesgode> Formuesgoder => formuesgoder;

    /// <summary>
    /// Records an asset found at the utleggsforretning on <paramref name="dato"/> with its vurdering; an utleggspant in
    /// it is registered where its kind is registered (fast eiendom and borettslagsandel in the grunnbok, the rest in
    /// Løsøreregisteret). A beslagsfri asset is pledged only with the caseworker's written reason.
    /// </summary>
    public Formuesgode RegistrerFormuesgode(Formuesgodetype type, string beskrivelse, Belop verdi, Beslagsvurdering vurdering, bool taUtleggspant, string? overstyrBegrunnelse, DateOnly dato)
    {
        beskrivelse = beskrivelse.Trim();
        if (UtleggspantKreverBegrunnelse(beskrivelse, vurdering, taUtleggspant, overstyrBegrunnelse) is { } melding)
        {
            throw new DomainException(melding);
        }

        var overstyrt = taUtleggspant && vurdering.Utfall == Beslagsutfall.Beslagsfri ? overstyrBegrunnelse!.Trim() : null;
        var gode = new Formuesgode(Id, type, beskrivelse, verdi, vurdering, taUtleggspant, overstyrt);
        formuesgoder.Add(gode);
        if (taUtleggspant)
        {
            // borettslagsloven § 6-1 / tinglysingsloven: fast eiendom og borettslagsandeler i grunnboken; annet løsøre i Løsøreregisteret
            Registrer(type switch
            {
                Formuesgodetype.FastEiendom => Registerutfall.UtleggspantFastEiendom,
                Formuesgodetype.Borettslagsandel => Registerutfall.UtleggspantBorettslag,
                _ => Registerutfall.UtleggspantAnnet,
            }, dato, gode.Id);
        }

        return gode;
    }

    /// <summary>
    /// Utleggstrekk decided at the utleggsforretning on <paramref name="idag"/>, with its first deduction on
    /// <paramref name="start"/> and the calculated monthly amount.
    /// </summary>
    public Stadiumendring TaUtleggstrekk(DateOnly idag, DateOnly start, TrekkResultat beregning, Belop nettoInntekt, string arbeidsgiverOrgnr, string? utenVarsel = null)
    {
        // tvangsfullbyrdelsesloven § 7-17: trekket skal ikke løpe straks, men om lag en måned etter forretningen
        var tidligst = Utleggstrekk.TidligsteStart(idag);
        if (start < tidligst)
        {
            throw new DomainException($"Det første trekket kan tidligst skje {tidligst:dd.MM.yyyy}, om lag en måned etter utleggsforretningen (§ 7-17).", "Start");
        }

        if (beregning.TrekkPerManed.Kroner <= 0)
        {
            throw new DomainException($"Trekket blir 0 kr: husstanden trenger {beregning.Forbeholdt} av en nettoinntekt på {nettoInntekt}. Konkluder med intet til utlegg i stedet.");
        }

        var unntak = KontrollerVarsel(idag, utenVarsel);
        var endring = GjorHandling(Handling.TaUtleggstrekk, idag, $"Trekk {beregning.TrekkPerManed} per måned fra {start:dd.MM.yyyy}, arbeidsgiver {arbeidsgiverOrgnr}." + unntak);
        OppfyllFrister(Fristtype.Utleggsforretning, idag);
        return endring;
    }

    private readonly List<Trekkvedtak> trekkvedtak = [];

    /// <summary>The case's utleggstrekk decision (only when loaded with the case, or just made).</summary>
    public IReadOnlyList<Trekkvedtak> Trekkvedtak => trekkvedtak;

    /// <summary>
    /// The decision of the utleggstrekk <see cref="TaUtleggstrekk"/> took (or one from before this system), kept with its
    /// basis: <paramref name="grunnlag"/> is what the calculation was given, as JSON.
    /// </summary>
    public Trekkvedtak VedtaTrekk(string arbeidsgiverOrgnr, TrekkResultat beregning, string grunnlag, DateOnly vedtatt, DateOnly start, DateOnly? senesteSlutt, Kravklasse klasse)
    {
        var vedtak = Saker.Trekkvedtak.Vedtak(this, arbeidsgiverOrgnr, beregning, grunnlag, vedtatt, start, senesteSlutt, klasse);
        trekkvedtak.Add(vedtak);
        return vedtak;
    }

    /// <summary>The sale of the pledged asset, with its proposed fordeling, which waits for approval.</summary>
    public FordelingForslag RegistrerSalg(DateOnly idag, FordelingResultat fordeling, Belop salgsomkostninger, string registrertAvId, string registrertAvNavn, string saksoker)
    {
        // seed 002: namsmannen selger bare når salgssummen overstiger kostnadene
        if (!fordeling.PrisOverstigerKostnadene)
        {
            throw new DomainException($"Salgssummen overstiger ikke rettsgebyr og salgsomkostninger ({fordeling.Rettsgebyr + salgsomkostninger}). Avslutt uten salg i stedet.");
        }

        // domain.md § 7: dekningsprinsippet – saksøkeren må få dekning etter kostnader og foranstående pant
        if (!fordeling.Dekningsprinsippet)
        {
            throw new DomainException("Saksøkeren får ingenting etter kostnader og foranstående pant (dekningsprinsippet). Salget kan ikke gjennomføres.");
        }

        GjorHandling(Handling.RegistrerSalg, idag, $"Solgt for {fordeling.Salgssum}; fordeling foreslått, venter på godkjenning.");
        var forslag = new FordelingForslag(Id, idag, salgsomkostninger, fordeling, registrertAvId, registrertAvNavn, saksoker);
        fordelinger.Add(forslag);
        return forslag;
    }

    /// <summary>A proposal of a sale registered before this system, for a case that comes in at the fordeling.</summary>
    public FordelingForslag FordelingFraHistorikk(DateOnly dato, FordelingResultat fordeling, Belop salgsomkostninger, string registrertAvId, string registrertAvNavn, string saksoker)
    {
        var forslag = new FordelingForslag(Id, dato, salgsomkostninger, fordeling, registrertAvId, registrertAvNavn, saksoker);
        fordelinger.Add(forslag);
        return forslag;
    }

    /// <summary>The proposal waiting for a supervisor, of those loaded with the case (load the waiting ones first).</summary>
    public FordelingForslag VentendeFordeling() =>
        fordelinger.Where(f => f.Venter).OrderByDescending(f => f.Dato).FirstOrDefault()
        ?? throw new DomainException("Saken har ingen fordeling som venter på godkjenning.");

    /// <summary>
    /// A supervisor approves the waiting proposal: the saksøker's line is booked against the claim, the court fee and the
    /// sale's costs the proceeds paid are shown on the ledger (<see cref="GodkjennFordeling(Belop, DateOnly, Satsbok, Belop?, Belop?)"/>).
    /// </summary>
    public Stadiumendring GodkjennFordeling(FordelingForslag forslag, string godkjentAvId, string godkjentAvNavn, DateTimeOffset tidspunkt, DateOnly dato, Satsbok satser)
    {
        KontrollerAvgjorelse(forslag, godkjentAvId);
        var endring = GodkjennFordeling(forslag.TilSaksoker, dato, satser, forslag.Til(Fordeling.RettsgebyrMottaker), forslag.Til(Fordeling.Salgsomkostninger));
        forslag.Godkjenn(godkjentAvId, godkjentAvNavn, tidspunkt);
        return endring;
    }

    /// <summary>A supervisor sends the waiting proposal back with what must be corrected; the sale is registered again.</summary>
    public Stadiumendring SendFordelingTilbake(FordelingForslag forslag, string avId, string avNavn, DateTimeOffset tidspunkt, DateOnly dato, string begrunnelse)
    {
        KontrollerAvgjorelse(forslag, avId);
        var endring = GjorHandling(Handling.SendFordelingTilbake, dato, begrunnelse);
        forslag.SendTilbake(avNavn, tidspunkt, begrunnelse);
        return endring;
    }

    private void KontrollerAvgjorelse(FordelingForslag forslag, string avId)
    {
        if (forslag.SakId != Id || !forslag.Venter)
        {
            throw new DomainException("Saken har ingen fordeling som venter på godkjenning.");
        }

        // Office rule (docs/domain.md): to sett øyne – den som registrerte salget, avgjør ikke fordelingen
        if (avId == forslag.RegistrertAvId)
        {
            throw new DomainException(FordelingForslag.EgetSalg);
        }
    }
}
