using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Adresser;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Saker;

/// <summary>Everything the case page shows: parties (identity masked), claim, stage, allowed actions and the timeline.</summary>
public static class SakDetaljer
{
    public sealed record Query(string Saksnummer) : IRequest<Result>;

    public sealed record Result(
        string Saksnummer,
        Begjaringstype Type,
        Saksstadium Stadium,
        Saksstadium? ForrigeStadium,
        uint Versjon,
        DateOnly Mottatt,
        string KreditorNavn,
        string KreditorReferanse,
        Guid SkyldnerId,
        Skyldnertype SkyldnerType,
        string SkyldnerNavn,
        string SkyldnerIdMaskert,
        string SkyldnerAdresse,
        decimal Hovedstol,
        decimal Renter,
        decimal Omkostninger,
        decimal Innbetalt,
        decimal Utestaende,
        string? SaksbehandlerId,
        string? SaksbehandlerNavn,
        Tvangsgrunnlag Grunnlag,
        DateOnly? VarselSendt,
        Tvangskraftvurdering Tvangskraft,
        RenterTilIDag RenterTilDato,
        IReadOnlyList<Handling> TillatteHandlinger,
        IReadOnlyList<Tidslinje> Tidslinje,
        IReadOnlyList<Saksbehandler> Saksbehandlere,
        IReadOnlyList<FristRad> Frister,
        IReadOnlyList<GodeRad> Formuesgoder,
        IReadOnlyList<RegistreringRad> Registreringer,
        FordelingRad? Fordeling,
        IReadOnlyList<string> Samordningskandidater,
        Husstandsopplysninger? SkyldnerHusstand,
        IReadOnlyList<VedleggRad> Vedlegg)
    {
        /// <summary>
        /// The debtor's address as this case's creditor gave it, when it differs from the one namsmannen has registered
        /// (issue 12, M2): shown to the caseworker, never written over the register by a creditor.
        /// </summary>
        public string? AvvikendeInnsendtAdresse { get; init; }

        /// <summary>
        /// What Posten's postnummerregister says is wrong with the registered address (a postnummer it does not have, or
        /// a poststed that is not the postnummer's), for the caseworker to check before letters go there (issue 12, M2).
        /// </summary>
        public string? Adressemerknad { get; init; }

        /// <summary>
        /// When the utleggsforretning cannot be held today without the caseworker's written § 7-10 reason, why not: no
        /// varsel was sent, or the varsel's day has not come. Null when it may be held.
        /// </summary>
        public string? UtleggsforretningKreverUnntak { get; init; }

        /// <summary>What a klage on the case can concern now (<see cref="Sak.Klagbare"/>): the form offers only these.</summary>
        public IReadOnlyList<Klagegjelder> Klagbare { get; init; } = [];

        /// <summary>Whether the user may approve the proposed fordeling or send it back (<see cref="Utlegg.Fordelingsgodkjenning"/>).</summary>
        public bool KanAvgjoreFordeling { get; init; }

        /// <summary>The ledger's entries with the running booked balance (issue 16).</summary>
        public IReadOnlyList<Kontoutskriftrader.Rad> Kontoutskrift { get; init; } = [];

        /// <summary>What is owed today by component, interest to today included; null when it cannot be computed.</summary>
        public Saldo? SaldoIDag { get; init; }

        /// <summary>Paid beyond the whole balance: owed back to the payer.</summary>
        public decimal Overbetalt { get; init; }

        /// <summary>The KID a payment to namsmannen's account for this case carries.</summary>
        public string? Kid { get; init; }

        /// <summary>Why the user may not decide the proposed fordeling (<see cref="Utlegg.Fordelingsgodkjenning.Hindring"/>), or null.</summary>
        public string? FordelingHindring { get; init; }

        /// <summary>What happens next, for the top of the case page: the action the stage expects, the nearest open deadline, what waits for someone else.</summary>
        public NesteSteg Neste { get; init; } = new(null, null, null);

        /// <summary>The utleggstrekk decided in the case, with the calculation and warnings it was decided on, or null.</summary>
        public TrekkVedtak? Trekk { get; init; }

        /// <summary>The trekkpålegg with its versions, months and open tasks (issue 17), or null.</summary>
        public Trekkordning.Trekkoversikt.Result? Trekkordningen { get; init; }

        /// <summary>The last proposal a supervisor sent back, when no newer one waits: why, by whom, when.</summary>
        public FordelingRetur? FordelingSendtTilbake { get; init; }

        /// <summary>What the retention rules do with the case (issue 20), and any legal hold.</summary>
        public Oppbevaringsstatus Oppbevaring { get; init; } = new(null, null, null, null, null, null, null);
    }

    /// <summary>
    /// A case's retention (issue 20): the legal hold and since when; when its documents go and when it is anonymised
    /// (null while open), and whether that has happened.
    /// </summary>
    public sealed record Oppbevaringsstatus(string? RettsligHold, DateOnly? RettsligHoldSatt, DateOnly? DokumenterSlettesFra, DateOnly? DokumenterSlettet, DateOnly? AnonymiseresFra, DateOnly? Anonymisert, DateOnly? Avsluttet)
    {
        public static Oppbevaringsstatus Fra(Sak sak) =>
            new(sak.RettsligHold, sak.RettsligHoldSatt, sak.DokumenterSlettesFra, sak.DokumenterSlettet, sak.AnonymiseresFra, sak.Anonymisert, sak.Avsluttet);
    }

    public sealed record VedleggRad(Guid Id, string Filnavn, int Storrelse, DateTimeOffset LastetOpp, string LastetOppAvNavn);

    public sealed record FristRad(Fristtype Type, DateOnly Dato, string Beskrivelse, bool Oppfylt, DateOnly? OppfyltDato)
    {
        /// <summary>What became of it, for the case page: the day an utleggsforretning was actually held, or that a deadline is over.</summary>
        public string Status => (Oppfylt, Type, OppfyltDato) switch
        {
            (false, _, _) => string.Empty,
            (true, Fristtype.Utleggsforretning, { } d) => $"(holdt {d:dd.MM.yyyy})",
            (true, Fristtype.Utleggsforretning, null) => "(holdt)",
            _ => "(over)",
        };
    }

    public sealed record GodeRad(string Beskrivelse, decimal Verdi, Beslagsutfall Utfall, string Begrunnelse, string? OverstyrtBegrunnelse, bool Utleggspant);

    /// <param name="Status">Where the entry stands with the register: sent, acknowledged, deletion sent, deleted (issue 18).</param>
    public sealed record RegistreringRad(string Register, string Utfall, DateOnly Registrert, DateOnly? Slettes, string Sletting, DateOnly? SlettemeldingSendt, string Status);

    public sealed record FordelingRad(DateOnly Dato, decimal Salgssum, string RegistrertAv, string RegistrertAvId, string? GodkjentAv, DateTimeOffset? Godkjent, IReadOnlyList<FordelingLinjeRad> Linjer);

    /// <param name="Forventet">The action the stage expects next (the main path), when this user can take it.</param>
    /// <param name="Frist">The nearest open deadline.</param>
    /// <param name="Venter">What the case waits for from someone else, in words.</param>
    public sealed record NesteSteg(Handling? Forventet, FristRad? Frist, string? Venter)
    {
        /// <summary>The actions beside the main path: payment, withdrawal, pauses, klager, rejection and the like.</summary>
        public static readonly IReadOnlySet<Handling> Sidespor = new HashSet<Handling>
        {
            Handling.RegistrerFullBetaling, Handling.TrekkTilbake, Handling.Henlegg, Handling.SuspenderForDatafeil, Handling.Utsett,
            Handling.RegistrerKlage, Handling.AvvisBegjaring, Handling.SendFordelingTilbake, Handling.OversendKlage,
        };
    }

    /// <summary>A trekk decision as it was made: amount, dates, employer, priority, and the calculation behind it.</summary>
    public sealed record TrekkVedtak(decimal BelopPerManed, DateOnly Vedtatt, DateOnly Start, DateOnly? SenesteSlutt, string ArbeidsgiverOrgnr, string Kravklasse, IReadOnlyList<Trekkvedtak.Linje> Linjer, IReadOnlyList<string> Advarsler)
    {
        public static TrekkVedtak Fra(Trekkvedtak t) => new(t.BelopPerManed, t.Vedtatt, t.Start, t.SenesteSlutt, t.ArbeidsgiverOrgnr,
            Skyldnere.SkyldnerOversikt.Navn(t.Kravklasse), t.Linjer(), t.Advarselliste());
    }

    public sealed record FordelingRetur(DateTimeOffset Returnert, string Av, string Begrunnelse);

    public sealed record FordelingLinjeRad(string Mottaker, decimal Belop, decimal Udekket);

    /// <summary>
    /// Interest on the principal from the begjæring to today (<c>Til</c>). <c>BeregnetTil</c> (not counted) is earlier when
    /// a rate is missing, and <c>Melding</c> then says which; with no amount at all, <c>Melding</c> says why.
    /// </summary>
    public sealed record RenterTilIDag(DateOnly Fra, DateOnly Til, decimal? Belop, string? Melding, DateOnly BeregnetTil);

    public sealed record Tidslinje(DateTimeOffset Tidspunkt, string Hvem, string Type, string Beskrivelse);

    /// <summary>A caseworker the case can be given to; the user's own entry says so (<see cref="ErMeg"/>), once.</summary>
    public sealed record Saksbehandler(string Id, string Navn, bool ErMeg = false)
    {
        public string Visningsnavn => ErMeg ? $"{Navn} (meg)" : Navn;
    }

    public sealed class Handler(NamsmannenDbContext db, Satsbok satser, ICurrentUser bruker, TimeProvider clock, Postnummerregister postnummerregister) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            await db.HoldTilkoblingenAsync(cancellationToken);
            // The case and the begjæring as its creditor sent it, in one read.
            // Its klager and deadlines too: whether an open klage can still go to tingretten, and whether the varsel's day has come, decide what the case offers.
            var lest = await db.Saker.AsNoTracking().Synlige(bruker).Where(s => s.Saksnummer == request.Saksnummer.Trim()).Include(s => s.Klager).Include(s => s.Frister).Include(s => s.Poster).AsSplitQuery()
                .Select(s => new { Sak = s, Innhold = EF.Property<string?>(s, NamsmannenDbContext.InnsendtInnhold) }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new IkkeFunnetException($"Fant ingen sak med saksnummer {request.Saksnummer}.");
            var sak = lest.Sak;
            var skyldner = await db.Skyldnere.AsNoTracking().SingleAsync(d => d.Id == sak.SkyldnerId, cancellationToken);
            var kreditor = await db.Kreditorer.AsNoTracking().SingleAsync(k => k.Id == sak.KreditorId, cancellationToken);
            var tidslinje = await db.SaksHendelser.AsNoTracking().Where(h => h.SakId == sak.Id).OrderBy(h => h.Id)
                .Select(h => new Tidslinje(h.Tidspunkt, h.UtfortAvNavn, h.Type, h.Beskrivelse)).ToListAsync(cancellationToken);
            var saksbehandlerRoller = new[] { Identity.Roller.Saksbehandler.ToLowerInvariant(), Identity.Roller.Leder.ToLowerInvariant() };
            // Only the case's own office's caseworkers: the page never lists another office's staff (issue 12, L2).
            var saksbehandlere = await db.Users.AsNoTracking()
                .Where(u => u.Kontor == sak.Kontor && db.UserRoles.Any(ur => ur.UserId == u.Id && saksbehandlerRoller.Contains(ur.RoleId)))
                .OrderBy(u => u.FulltNavn).Select(u => new Saksbehandler(u.Id, u.FulltNavn, u.Id == bruker.UserId)).ToListAsync(cancellationToken);
            var tildelt = sak.SaksbehandlerId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == sak.SaksbehandlerId).Select(u => u.FulltNavn).SingleOrDefaultAsync(cancellationToken);

            var frister = sak.Frister.OrderBy(f => f.Dato).Select(f => new FristRad(f.Type, f.Dato, f.Beskrivelse, f.Oppfylt, f.OppfyltDato)).ToList();
            var goder = (await db.Formuesgoder.AsNoTracking().Where(f => f.SakId == sak.Id).OrderBy(f => f.Beskrivelse).ToListAsync(cancellationToken))
                .Select(f => new GodeRad(f.Beskrivelse, f.Verdi.Kroner, f.Utfall, f.Begrunnelse, f.OverstyrtBegrunnelse, f.Utleggspant)).ToList();
            // Shown by name: «Løsøreregisteret», «Utleggspant i borettslagsandel».
            var utsendinger = await db.Utsendinger.AsNoTracking().Where(u => u.SakId == sak.Id).Select(u => new { u.Referanse, u.Status }).ToListAsync(cancellationToken);
            var registreringer = (await db.Registreringer.AsNoTracking().Where(r => r.SakId == sak.Id).OrderBy(r => r.Register == Register.Betalingsanmerkning).ThenBy(r => r.Id).ToListAsync(cancellationToken))
                .Select(r => new RegistreringRad(r.Register.Navn(), r.Utfall.Navn(), r.Registrert, r.Slettes, r.Sletting, r.SlettemeldingSendt, Registerstatus(r, utsendinger.Where(u => u.Referanse == r.Referanse).Select(u => u.Status).ToList()))).ToList();
            var fordeling = await db.Fordelinger.AsNoTracking().Where(f => f.SakId == sak.Id && f.Returnert == null).OrderByDescending(f => f.Dato)
                .Select(f => new FordelingRad(f.Dato, f.Salgssum, f.RegistrertAvNavn, f.RegistrertAvId, f.GodkjentAvNavn, f.Godkjent,
                    f.Linjer.OrderBy(l => l.Rekkefolge).Select(l => new FordelingLinjeRad(l.Mottaker, l.Belop, l.Udekket)).ToList()))
                .FirstOrDefaultAsync(cancellationToken);
            var retur = fordeling is not null ? null : await db.Fordelinger.AsNoTracking().Where(f => f.SakId == sak.Id && f.Returnert != null).OrderByDescending(f => f.Returnert)
                .Select(f => new FordelingRetur(f.Returnert!.Value, f.ReturnertAvNavn ?? string.Empty, f.ReturBegrunnelse ?? string.Empty)).FirstOrDefaultAsync(cancellationToken);
            var samordning = await db.Saker.AsNoTracking().Synlige(bruker)
                .Where(s => s.SkyldnerId == sak.SkyldnerId && s.Id != sak.Id && (s.Stadium == Saksstadium.Godtatt || s.Stadium == Saksstadium.VarselSendt) && s.Type == Begjaringstype.Utlegg)
                .OrderBy(s => s.Saksnummer).Select(s => s.Saksnummer).ToListAsync(cancellationToken);
            var iDag = Oslotid.IDag(clock);
            RenterTilIDag renter;
            SaldoPaDato? saldo = null;
            try
            {
                // The ledger's balance today: forsinkelsesrente on the remaining hovedstol from the last booked interest,
                // up to the last half-year whose rate is known, with a notice naming the missing one (never a crash, never a guess).
                saldo = sak.SaldoIDag(iDag, satser);
                var fra = saldo.Renteperioder.Count > 0 ? saldo.Renteperioder[0].Fra : sak.Mottatt;
                renter = new RenterTilIDag(fra, iDag, saldo.Renteperioder.Sum(p => p.Renter.Kroner), saldo.Advarsel, saldo.RenterTil);
            }
            catch (Domain.DomainException ex)
            {
                renter = new RenterTilIDag(sak.Mottatt, iDag, null, ex.Message, sak.Mottatt);
            }

            var registrert = skyldner.Postadresse;
            string? innsendt = null;
            if (lest.Innhold is not null && System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string?>>(lest.Innhold) is { } felt)
            {
                innsendt = $"{felt.GetValueOrDefault(Begjaringer.Felt.SkyldnerAdresse)}, {felt.GetValueOrDefault(Begjaringer.Felt.SkyldnerPostnummer)} {felt.GetValueOrDefault(Begjaringer.Felt.SkyldnerPoststed)}";
            }

            var fordelingHindring = fordeling is { Godkjent: null } ? Utlegg.Fordelingsgodkjenning.Hindring(bruker, fordeling.RegistrertAvId) : null;
            var kanAvgjore = fordeling is { Godkjent: null } && sak.TillatteHandlinger.Contains(Handling.GodkjennFordeling) && fordelingHindring is null;
            return new Result(
                sak.Saksnummer, sak.Type, sak.Stadium, sak.ForrigeStadium, sak.Versjon, sak.Mottatt,
                kreditor.Navn, sak.KreditorReferanse,
                skyldner.Id, skyldner.Type, skyldner.Navn, skyldner.MaskertIdentifikator, registrert,
                sak.Hovedstol, sak.Renter, sak.Omkostninger, sak.Innbetalt, sak.Utestaende,
                sak.SaksbehandlerId, tildelt,
                sak.Grunnlag, sak.VarselSendt, sak.Tvangskraft, renter,
                sak.TillatteHandlinger, tidslinje, saksbehandlere, frister, goder, registreringer, fordeling, samordning, skyldner.Husstand,
                await db.Vedlegg.AsNoTracking().Where(v => v.SakId == sak.Id).OrderBy(v => v.LastetOpp)
                    .Select(v => new VedleggRad(v.Id, v.Filnavn, v.Storrelse, v.LastetOpp, v.LastetOppAvNavn)).ToListAsync(cancellationToken))
            {
                AvvikendeInnsendtAdresse = innsendt is not null && !string.Equals(innsendt, registrert, StringComparison.OrdinalIgnoreCase) ? innsendt : null,
                Adressemerknad = Postadresseregler.Merknad(postnummerregister, skyldner.Postnummer, skyldner.Poststed),
                Klagbare = sak.Klagbare,
                Neste = Neste(sak, frister, venterPaLeder: fordeling is { Godkjent: null } && !kanAvgjore),
                Trekk = await db.Trekk.AsNoTracking().Where(t => t.SakId == sak.Id).FirstOrDefaultAsync(cancellationToken) is { } vedtak ? TrekkVedtak.Fra(vedtak) : null,
                Trekkordningen = await Trekkordning.Trekkoversikt.ForSakAsync(db, sak.Id, cancellationToken),
                FordelingSendtTilbake = retur,
                KanAvgjoreFordeling = kanAvgjore,
                Kontoutskrift = Kontoutskriftrader.Fra(sak.Poster),
                SaldoIDag = saldo?.Saldo,
                Overbetalt = sak.Overbetalt,
                Kid = sak.Kid,
                FordelingHindring = fordelingHindring,
                UtleggsforretningKreverUnntak = sak.UtleggsforretningKreverUnntak(Oslotid.IDag(clock)),
                Oppbevaring = Oppbevaringsstatus.Fra(sak),
            };
        }

        /// <summary>
        /// The next step: the first main-path action the table allows, never one that must be confirmed (closing a case is
        /// not a next step to press by default), nor a supervisor's when this user is not one.
        /// </summary>
        private static NesteSteg Neste(Sak sak, IReadOnlyList<FristRad> frister, bool venterPaLeder)
        {
            var forventet = sak.TillatteHandlinger.Where(h => !NesteSteg.Sidespor.Contains(h) && !h.Om().KreverBekreftelse && !(venterPaLeder && h == Handling.GodkjennFordeling)).Select(h => (Handling?)h).FirstOrDefault();
            var frist = frister.Where(f => !f.Oppfylt).OrderBy(f => f.Dato).FirstOrDefault();
            var venter = sak.Stadium switch
            {
                Saksstadium.Fordeling when venterPaLeder => "En annen leder må godkjenne fordelingen før utbetaling.",
                Saksstadium.Klagebehandling when sak.Klager.LastOrDefault(k => k.ErApen) is { OversendtTingretten: not null } => "Klagen er hos tingretten; registrer avgjørelsen når den kommer.",
                Saksstadium.Utsatt => "Kreditor har gitt utsettelse; saken gjenopptas når den løper ut.",
                Saksstadium.Suspendert => "Datafeilen må rettes før saken gjenopptas.",
                _ => null,
            };
            return new NesteSteg(forventet, frist, venter);
        }
    }

    /// <summary>Where an entry stands with its register, in the caseworker's words, from the entry and its outbox messages.</summary>
    private static string Registerstatus(Domain.Saker.Registrering r, IReadOnlyList<Data.Utboks.Utsendingsstatus> utsendinger) =>
        (r.Slettet, r.SlettemeldingSendt, r.Kvittert, utsendinger.Count) switch
        {
            ({ } slettet, _, _, _) => $"Slettet {slettet:dd.MM.yyyy}",
            (null, null, null, 0) => "Ikke sendt til registeret (registrert før utsendingen kom)",
            (null, { } bestilt, _, _) => $"Slettemelding sendt {bestilt:dd.MM.yyyy}, venter på kvittering",
            (null, null, { } kvittert, _) => $"Registrert, kvittert {kvittert:dd.MM.yyyy}",
            _ => "Sendt til registeret, venter på kvittering",
        } + (utsendinger.Contains(Data.Utboks.Utsendingsstatus.Feilet) ? " – utsendingen har feilet, se Utsendinger" : string.Empty);
}
