using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Trekkordning;
using Npgsql;
using NpgsqlTypes;
using static Namsmannen.Domain.Saker.Sakshendelse;

namespace Namsmannen.Application.Data;

/// <summary>Who a journal line names as having acted.</summary>
public sealed record Aktor(string? Id, string Navn)
{
    public static Aktor Av(ICurrentUser bruker) => new(bruker.UserId, bruker.Navn);
}

/// <summary>
/// The one place where a case's facts become rows. Every <see cref="Sakshendelse"/> that <see cref="Sak"/> raises (or
/// that a handler notes for a case it did not load) becomes one line of the append-only audit log, a line of the
/// creditors' status feed when creditors follow that fact, and outbox work (the deletion notices a closing orders through
/// <see cref="Utlegg.Slettemeldinger"/>, and the outbox message to a register for each registration and deletion,
/// <see cref="Utboks.Utsending"/>), all in the transaction that saves the change. The context calls
/// <see cref="Skriv"/> just before it saves; set-based writers run <see cref="Kommandoer"/> (intake, in the batch that
/// inserts its cases) or <see cref="KopierAsync"/> (the volume generator). Nothing else writes <c>saks_hendelser</c> or
/// <c>kreditor_hendelser</c>.
/// </summary>
/// <remarks>The user is looked up only when there is something to write, so a tool that never changes a case (the migrator) needs none.</remarks>
public sealed class Journal(IServiceProvider services, TimeProvider clock)
{
    private readonly List<(Guid SakId, Sakshendelse Hendelse)> noterte = [];

    /// <summary>Who the lines name: the signed-in user, unless a job that acts in its own name sets it.</summary>
    public Aktor? Aktor { get; set; }

    /// <summary>A fact about a case that was not loaded for it: a viewed fødselsnummer, an attachment, the debtor's household.</summary>
    public void Noter(Guid sakId, Sakshendelse hendelse) => noterte.Add((sakId, hendelse));

    /// <summary>Whether the context holds facts not yet written.</summary>
    internal static bool HarUskrevne(NamsmannenDbContext db, Journal? journal) =>
        journal?.noterte.Count > 0 || SakerMedHendelser(db).Count > 0;

    /// <summary>Adds the rows of every fact raised by a tracked case or noted since the last save.</summary>
    internal void Skriv(NamsmannenDbContext db)
    {
        var saker = SakerMedHendelser(db);
        if (saker.Count == 0 && noterte.Count == 0)
        {
            return;
        }

        var aktor = Aktor ?? Aktor.Av(services.GetRequiredService<ICurrentUser>());
        var naa = clock.GetUtcNow();
        // A notice is ordered the day it is written, even when what closed the case is valued earlier (a payment booked late).
        var idag = Common.Oslotid.IDag(clock);
        foreach (var sak in saker)
        {
            foreach (var hendelse in sak.Hendelser)
            {
                if (Utsendingen(sak, hendelse, naa) is { } utsending)
                {
                    db.Utsendinger.Add(utsending);
                }

                if (hendelse is BrevBestilt)
                {
                    // A letter is ordered by the action whose line is written beside it; its own line comes when it is
                    // sent (BREV_SENDT). Until then the outbox row is its record.
                    continue;
                }

                var linje = Beskriv(hendelse, sak);
                db.SaksHendelser.Add(Revisjonslinje(sak.Id, linje, aktor, naa));
                if (linje.Feed is { } dato)
                {
                    db.KreditorHendelser.Add(Feedlinje(sak, linje.Type, dato, naa, null));
                }

                if (hendelse is Stadiumendring endring && Domain.Regler.Registerregler.KreverSlettemelding(endring.Handling, sak.Utestaende))
                {
                    Utlegg.Slettemeldinger.Bestill(db, sak.Id, idag, bareUtleggspant: false, endring.Handling);
                }
                else if (hendelse is Stadiumendring solgt && Domain.Regler.Registerregler.EnderUtleggspant(solgt.Handling))
                {
                    Utlegg.Slettemeldinger.Bestill(db, sak.Id, idag, bareUtleggspant: true, solgt.Handling);
                }
            }

            sak.FjernHendelser();
        }

        foreach (var (sakId, hendelse) in noterte)
        {
            var linje = Beskriv(hendelse, null);
            db.SaksHendelser.Add(linje.Feed is null
                ? Revisjonslinje(sakId, linje, aktor, naa)
                : throw new InvalidOperationException($"{hendelse.GetType().Name} går til kreditorenes statusstrøm og må meldes av saken selv."));
        }

        noterte.Clear();
    }

    /// <summary>
    /// The outbox message a fact calls for, in the same transaction (issue 18): a registration to its register, a
    /// deletion namsmannen sends, a letter to a party; null for every other fact.
    /// </summary>
    private static Utboks.Utsending? Utsendingen(Sak sak, Sakshendelse hendelse, DateTimeOffset naa) => hendelse switch
    {
        Registrert r => Ny(sak, Utboks.Utsendingsart.Registrering, r.Oppforing.Register, r.Referanse, naa),
        SlettemeldingBestilt { SendesAvNamsmannen: true } s => Ny(sak, Utboks.Utsendingsart.Sletting, s.Register, s.Referanse, naa),
        BrevBestilt b => Ny(sak, Utboks.Utsendingsart.Brev, null, b.BrevId, naa),
        _ => null,
    };

    private static Utboks.Utsending Ny(Sak sak, Utboks.Utsendingsart art, Register? register, Guid referanse, DateTimeOffset naa) => new()
    {
        SakId = sak.Id,
        Kontor = sak.Kontor,
        Art = art,
        Register = register,
        Referanse = referanse,
        Status = Utboks.Utsendingsstatus.Venter,
        Opprettet = naa,
        NesteForsok = naa,
    };

    /// <summary>
    /// The tracked cases with facts not yet written. A case is tracked from the moment it is loaded or added, so this
    /// needs no change detection (the save runs its own once).
    /// </summary>
    private static List<Sak> SakerMedHendelser(NamsmannenDbContext db)
    {
        var oppdag = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.ChangeTracker.Entries<Sak>().Select(e => e.Entity).Where(s => s.Hendelser.Count > 0).ToList();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = oppdag;
        }
    }

    /// <summary>Forgets the noted facts of an attempt that is thrown away (a transaction run again after a deadlock).</summary>
    internal void Forkast() => noterte.Clear();

    /// <summary>
    /// Writes the facts raised by many new cases with two binary COPYs, in the caller's transaction. With
    /// <paramref name="forsteSekvens"/> the feed lines are numbered from it (the caller holds the numbering lock);
    /// without, <see cref="Statusfeed.SekvenserAsync"/> numbers them after commit.
    /// </summary>
    public static async Task KopierAsync(NpgsqlConnection connection, IReadOnlyCollection<Sak> saker, Aktor aktor, DateTimeOffset naa, long? forsteSekvens, CancellationToken cancellationToken)
    {
        var linjer = Mengdelinjer(saker);

        await using (var copy = await connection.StartAsync("COPY saks_hendelser (sak_id, tidspunkt, utfort_av_id, utfort_av_navn, type, beskrivelse, tidligere, etter) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (sak, linje) in linjer)
            {
                var rad = Revisjonslinje(sak.Id, linje, aktor, naa);
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(rad.SakId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(rad.Tidspunkt, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.SkrivAsync(rad.UtfortAvId, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(rad.UtfortAvNavn, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(rad.Type, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(rad.Beskrivelse, NpgsqlDbType.Varchar, cancellationToken);
                await copy.SkrivAsync(rad.Tidligere, NpgsqlDbType.Jsonb, cancellationToken);
                await copy.SkrivAsync(rad.Etter, NpgsqlDbType.Jsonb, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.StartAsync("COPY kreditor_hendelser (sekvens, kreditor_id, sak_id, saksnummer, referanse, type, stadium, krav, innbetalt, dato, tidspunkt) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            var sekvens = forsteSekvens;
            foreach (var (sak, linje) in linjer.Where(l => l.Linje.Feed is not null))
            {
                var rad = Feedlinje(sak, linje.Type, linje.Feed!.Value, naa, sekvens++);
                await copy.StartRowAsync(cancellationToken);
                await copy.SkrivAsync(rad.Sekvens, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(rad.KreditorId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(rad.SakId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(rad.Saksnummer, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(rad.Referanse, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(rad.Type, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(rad.Stadium, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(rad.Krav, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(rad.Innbetalt, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(rad.Dato, NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync(rad.Tidspunkt, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        foreach (var sak in saker)
        {
            sak.FjernHendelser();
        }
    }

    /// <summary>
    /// The statements that write the facts of new cases, for the caller to run in the same batch as (and after) the
    /// statement that inserts the cases: a line is written only for a case that exists, so a case the insert skipped (a
    /// replayed referanse) gets none. One round trip for cases, audit lines and feed lines together.
    /// </summary>
    public static IEnumerable<NpgsqlBatchCommand> Kommandoer(IReadOnlyCollection<Sak> saker, Aktor aktor, DateTimeOffset naa)
    {
        var linjer = Mengdelinjer(saker);

        var revisjon = new NpgsqlBatchCommand(
            """
            INSERT INTO saks_hendelser (sak_id, tidspunkt, utfort_av_id, utfort_av_navn, type, beskrivelse, tidligere, etter)
            SELECT u.sak_id, @naa, @aktor_id, @aktor_navn, u.type, u.beskrivelse, u.tidligere::jsonb, u.etter::jsonb
              FROM unnest(@sak_id, @type, @beskrivelse, @tidligere, @etter) WITH ORDINALITY AS u(sak_id, type, beskrivelse, tidligere, etter, nr)
             WHERE EXISTS (SELECT 1 FROM saker s WHERE s.id = u.sak_id)
             ORDER BY u.nr
            """);
        var rader = linjer.Select(l => Revisjonslinje(l.Sak.Id, l.Linje, aktor, naa)).ToList();
        revisjon.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("naa", naa));
        revisjon.Parameters.Add(new NpgsqlParameter("aktor_id", NpgsqlDbType.Text) { Value = (object?)aktor.Id ?? DBNull.Value });
        revisjon.Parameters.Add(new NpgsqlParameter<string>("aktor_navn", aktor.Navn));
        revisjon.Parameters.Add(new NpgsqlParameter<Guid[]>("sak_id", rader.Select(r => r.SakId).ToArray()));
        revisjon.Parameters.Add(new NpgsqlParameter<string[]>("type", rader.Select(r => r.Type).ToArray()));
        revisjon.Parameters.Add(new NpgsqlParameter<string[]>("beskrivelse", rader.Select(r => r.Beskrivelse).ToArray()));
        revisjon.Parameters.Add(new NpgsqlParameter<string?[]>("tidligere", rader.Select(r => r.Tidligere).ToArray()));
        revisjon.Parameters.Add(new NpgsqlParameter<string?[]>("etter", rader.Select(r => r.Etter).ToArray()));
        yield return revisjon;

        var feed = new NpgsqlBatchCommand(
            """
            INSERT INTO kreditor_hendelser (kreditor_id, sak_id, saksnummer, referanse, type, stadium, krav, innbetalt, dato, tidspunkt)
            SELECT u.kreditor_id, u.sak_id, u.saksnummer, u.referanse, u.type, u.stadium, u.krav / 100.0, u.innbetalt / 100.0, u.dato, @naa
              FROM unnest(@kreditor_id, @sak_id, @saksnummer, @referanse, @type, @stadium, @krav, @innbetalt, @dato) WITH ORDINALITY
                AS u(kreditor_id, sak_id, saksnummer, referanse, type, stadium, krav, innbetalt, dato, nr)
             WHERE EXISTS (SELECT 1 FROM saker s WHERE s.id = u.sak_id)
             ORDER BY u.nr
            """);
        var feedlinjer = linjer.Where(l => l.Linje.Feed is not null).Select(l => Feedlinje(l.Sak, l.Linje.Type, l.Linje.Feed!.Value, naa, null)).ToList();
        feed.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("naa", naa));
        feed.Parameters.Add(new NpgsqlParameter<Guid[]>("kreditor_id", feedlinjer.Select(f => f.KreditorId).ToArray()));
        feed.Parameters.Add(new NpgsqlParameter<Guid[]>("sak_id", feedlinjer.Select(f => f.SakId).ToArray()));
        feed.Parameters.Add(new NpgsqlParameter<string[]>("saksnummer", feedlinjer.Select(f => f.Saksnummer).ToArray()));
        feed.Parameters.Add(new NpgsqlParameter<string[]>("referanse", feedlinjer.Select(f => f.Referanse).ToArray()));
        feed.Parameters.Add(new NpgsqlParameter<string[]>("type", feedlinjer.Select(f => f.Type).ToArray()));
        feed.Parameters.Add(new NpgsqlParameter<string[]>("stadium", feedlinjer.Select(f => f.Stadium).ToArray()));
        feed.Parameters.Add(new NpgsqlParameter<long[]>("krav", feedlinjer.Select(f => Kopiering.Ore(f.Krav)).ToArray()));
        feed.Parameters.Add(new NpgsqlParameter<long[]>("innbetalt", feedlinjer.Select(f => Kopiering.Ore(f.Innbetalt)).ToArray()));
        feed.Parameters.Add(new NpgsqlParameter<DateOnly[]>("dato", feedlinjer.Select(f => f.Dato).ToArray()));
        yield return feed;
    }

    /// <summary>
    /// The lines of many new cases' facts, for the set-based forms. A transition cannot go that way: it may order
    /// deletion notices, which only the context's save writes.
    /// </summary>
    private static List<(Sak Sak, Linje Linje)> Mengdelinjer(IReadOnlyCollection<Sak> saker) =>
        saker.SelectMany(s => s.Hendelser.Select(h => h is Stadiumendring
            ? throw new InvalidOperationException("Stadieendringer skrives gjennom konteksten, så slettemeldingene følger med.")
            : (s, Beskriv(h, s)))).ToList();

    /// <summary>The status feed's line for a debtor's request for utsettelse (issue 19).</summary>
    public const string UtsettelseOnsketKode = "UTSETTELSE_ONSKET";

    /// <summary>"GodtaBegjaring" → "GODTA_BEGJARING": the stable code of an action in the audit log and the status feed.</summary>
    public static string Kode(Handling handling) => Common.Kode.Av(handling).ToUpperInvariant();

    /// <summary>
    /// A fact's audit code, its Norwegian sentence, the changed fields before and after, and the day of its feed line
    /// (null: creditors do not follow it). <paramref name="sak"/> is null for a noted fact, which must not be a feed fact.
    /// </summary>
    public static Linje Beskriv(Sakshendelse hendelse, Sak? sak) => hendelse switch
    {
        Mottatt m => new("BEGJARING_MOTTATT", m.Kanal switch
        {
            Mottakskanal.Api => "Begjæring mottatt gjennom API-et med kreditors referanse ",
            Mottakskanal.Csv => $"Begjæring mottatt i CSV-filen «{m.Filnavn}» med kreditors referanse ",
            _ => "Begjæring mottatt gjennom skjemaet i kreditorportalen med kreditors referanse ",
        } + Krev(sak).KreditorReferanse + ".", null, StadiumJson[Saksstadium.BegjaringMottatt], m.Dato),
        OverfortFraHistorikk o => new("OVERFORT_FRA_HISTORIKK", $"Saken ble overført med stadium «{o.Stadium.Navn()}».", null, StadiumJson[o.Stadium], o.Dato),
        Stadiumendring e => new(Kode(e.Handling),
            $"{e.Handling.Navn()}: «{e.Fra.Navn()}» → «{e.Til.Navn()}»." + (string.IsNullOrWhiteSpace(e.Begrunnelse) ? string.Empty : $" Begrunnelse: {e.Begrunnelse}"),
            StadiumJson[e.Fra], StadiumJson[e.Til], e.Dato),
        BetalingRegistrert b => new("BETALING_REGISTRERT", $"Betaling {b.Belop} registrert (betalt {b.Dato:dd.MM.yyyy}). Utestående etter betalingen: {b.Utestaende}.",
            new { innbetalt = b.InnbetaltFor.Kroner }, new { innbetalt = b.InnbetaltEtter.Kroner }, b.Dato),
        KravRedusert k => new("KRAV_REDUSERT", $"Kreditor har redusert kravet til {k.Etter.Hovedstol + k.Etter.Renter + k.Etter.Omkostninger}.",
            new { hovedstol = k.For.Hovedstol.Kroner, renter = k.For.Renter.Kroner, omkostninger = k.For.Omkostninger.Kroner },
            new { hovedstol = k.Etter.Hovedstol.Kroner, renter = k.Etter.Renter.Kroner, omkostninger = k.Etter.Omkostninger.Kroner }, k.Dato),
        AvregningsrekkefolgeSatt a => new("AVREGNINGSREKKEFOLGE_SATT",
            (a.Standard ? "Kreditor har valgt standard rekkefølge for innbetalinger: " : "Kreditor har bestemt at innbetalinger dekker ") + string.Join(", ", a.Rekkefolge.Select(k => Features.Saker.Kontoutskriftrader.Navn(k).ToLowerInvariant())) + (a.Standard ? "." : ", i den rekkefølgen."),
            null, new { rekkefolge = a.Rekkefolge.Select(k => k.ToString()).ToList() }, null),
        Tildelt t => new("TILDELT", $"Saken er tildelt {t.SaksbehandlerNavn}.", new { saksbehandler = t.ForrigeSaksbehandlerId }, new { saksbehandler = t.SaksbehandlerId }, null),
        Omfordelt o => new("TILDELT", $"Saken er flyttet fra {o.ForrigeNavn ?? "ingen saksbehandler"} til {o.SaksbehandlerNavn} av leder.",
            new { saksbehandler = o.ForrigeSaksbehandlerId }, new { saksbehandler = o.SaksbehandlerId }, null),
        KlageOversendt => new("KLAGE_OVERSENDT", "Klagen er ikke tatt til følge og er sendt til tingretten. Saken venter på tingrettens avgjørelse.", null, null, null),
        TilbakeleveringVerdsatt { Resultat: var r } => new("TILBAKELEVERING_VERDSATT",
            $"Verdsatt til {r.Verdi}; rettsgebyr {r.Rettsgebyr}, omkostninger {r.Omkostninger}, nedskrivning {r.Nedskrivning}, fortsatt skyldig {r.GjenstaendeKrav}" +
            (r.OverskuddTilSkyldner > Belop.Null ? $", overskudd til skyldneren {r.OverskuddTilSkyldner}." : "."), null, new { satsrader = r.Satsrader }, null),
        Registrert { Oppforing: var o } => new("REGISTRERT",
            $"{(o.Register == Register.Betalingsanmerkning ? "Betalingsanmerkning registrert" : $"Registrert i {o.Register.Navn()}")}. Slettes: {(o.Slettes is { } s ? s.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : o.Sletting)}",
            null, null, null),
        UtsendingSendtPaNytt u => new("UTSENDING_PA_NYTT",
            (u.Register is { } register ? $"{(u.Sletting ? "Slettemeldingen" : "Registreringen")} til {register.Navn()}" : $"Brevet «{u.Brev?.Navn()}»") + " er sendt på nytt" + (u.SisteFeil is { } f ? $" (siste feil: {f})." : "."), null, null, null),
        BrevopplysningerRegistrert o => new("BREVOPPLYSNINGER_REGISTRERT",
            $"Brev til skyldneren: {(o.Malform is { } m ? m.Navn().ToLowerInvariant() : "målform fra kontaktregisteret")}; {(o.FortroligAdresse ? "fortrolig adresse (skrives bare på brev til skyldneren)" : "adressen er ikke sperret")}.",
            null, new { malform = o.Malform?.ToString(), fortroligAdresse = o.FortroligAdresse }, null),
        UtsettelseOnsket u => new(UtsettelseOnsketKode,
            "Skyldneren ber om utsettelse" + (u.OnsketTil is { } til ? $" til {til:dd.MM.yyyy}" : string.Empty) + $" og er vist til kreditor, som alene kan gi den. Begrunnelse: {u.Begrunnelse}",
            null, new { onsketTil = u.OnsketTil, begrunnelse = u.Begrunnelse }, u.Dato),
        TrekkgrunnlagDokumentert t => new("TREKKGRUNNLAG_DOKUMENTERT",
            $"Skyldneren har dokumentert endringer i utgifter eller husstand ({t.Vedlegg} vedlegg). Trekk etter skyldnerens tall: {t.TrekkEtterForslaget} i måneden. Saksbehandleren vurderer nytt trekk innen {t.Frist:dd.MM.yyyy}. Endring: {t.Endring}",
            null, new { grunnlag = System.Text.Json.JsonDocument.Parse(t.Grunnlag).RootElement, trekk = t.TrekkEtterForslaget.Kroner, frist = t.Frist }, null),
        BrevApnet a => new("BREV_APNET", $"Brevet «{a.Art.Navn()}» til {a.Mottaker.Navn().ToLowerInvariant()} ble åpnet i den digitale postkassen {a.Dato:dd.MM.yyyy}.", null, new { brev = a.BrevId, apnet = a.Dato }, null),
        BrevSendt b => new("BREV_SENDT",
            $"Brevet «{b.Art.Navn()}» til {b.Mottaker.Navn().ToLowerInvariant()} er sendt {(b.Kanal == Brevkanal.Digital ? "digitalt" : "på papir")} på {b.Malform.Navn().ToLowerInvariant()} {b.Sendt:dd.MM.yyyy} og mottatt {b.Levert:dd.MM.yyyy}.",
            null, new { brev = b.BrevId, malform = b.Malform.ToString(), kanal = b.Kanal.ToString(), sendt = b.Sendt, levert = b.Levert }, null),
        RegisterKvittert k => new("REGISTER_KVITTERT", k.Sletting
            ? $"{k.Register.Navn()} har slettet oppføringen ({k.Utfall}) {k.Dato:dd.MM.yyyy}, referanse {k.Registerreferanse}."
            : $"{k.Register.Navn()} har registrert oppføringen ({k.Utfall}) {k.Dato:dd.MM.yyyy}, referanse {k.Registerreferanse}.", null, null, null),
        SlettemeldingBestilt s => new("SLETTEMELDING", s.SendesAvNamsmannen
            ? $"Slettemelding til {s.Register.Navn()} ({s.Utfall}) er bestilt {s.Dato:dd.MM.yyyy}."
            : $"Utleggspantet i {s.Register.Navn()} står til kreditor sender slettemelding (domain.md § 8).", null, null, null),
        RettsligHoldSatt h => new("RETTSLIG_HOLD_SATT", $"Rettslig hold: saken slettes eller anonymiseres ikke før holdet er opphevet. Grunn: {h.Grunn}", null, new { rettsligHold = h.Grunn }, null),
        RettsligHoldOpphevet h => new("RETTSLIG_HOLD_OPPHEVET", $"Det rettslige holdet er opphevet; reglene for sletting gjelder igjen. Grunn: {h.Grunn}", new { rettsligHold = h.Holdgrunn }, null, null),
        DokumenterSlettet d => new("DOKUMENTER_SLETTET", $"{d.Vedlegg} vedlegg og {d.Brevfiler} brevfiler er slettet, {Domain.Regler.Oppbevaring.DokumenterAr} år etter at saken ble avsluttet {d.Avsluttet:dd.MM.yyyy}. Brevenes journal og revisjonsloggen står.", null, null, null),
        VedleggLastetOpp v => new("VEDLEGG_LASTET_OPP", $"Vedlegget «{v.Filnavn}» ({v.Storrelse / 1024.0:0} kB) er lastet opp.", null, null, null),
        FodselsnummerVist => new("FODSELSNUMMER_VIST", "Fullt fødselsnummer ble vist.", null, null, null),
        AdresseRettet a => new("ADRESSE_RETTET", $"Skyldnerens adresse er rettet fra «{a.Fra}» til «{a.Til}».", new { adresse = a.Fra }, new { adresse = a.Til }, null),
        HusstandRegistrert { Opplysninger: var o } => new("HUSSTAND_REGISTRERT", "Skyldnerens husstand og inntekt er registrert.", null,
            new { netto = o.NettoInntektPerManed, giftEllerSamboer = o.GiftEllerSamboer, partnerInntekt = o.PartnerHarEgenInntekt, barn = o.BarnAlder, boutgifter = o.Boutgifter, sarlige = o.SarligeUtgifter }, null),
        TrekkpaleggVersjon v => new(Trekkversjonskode(v.Status),
            v.Status switch
            {
                Trekkstatus.Aktiv => $"Trekkpålegg versjon {v.Versjon}: {v.BelopPerManed} per måned fra {v.FraDato:dd.MM.yyyy}{(v.TilDato is { } t ? $" til {t:dd.MM.yyyy}" : string.Empty)}.",
                Trekkstatus.Endret => $"Trekkpålegg versjon {v.Versjon}: nytt trekk {v.BelopPerManed} per måned fra {v.FraDato:dd.MM.yyyy}. {v.Grunn}",
                _ => $"Trekkpålegg versjon {v.Versjon}: trekket er stoppet {v.TilDato:dd.MM.yyyy}. {v.Grunn}",
            },
            null, new { trekkId = v.TrekkId, versjon = v.Versjon, status = v.Status.ToString(), belopPerManed = v.BelopPerManed.Kroner, fraDato = v.FraDato, tilDato = v.TilDato },
            v.Status == Trekkstatus.Stoppet ? v.Dato : null),
        TrekkavvikMeldt a => new("TREKKAVVIK_MELDT", $"{Trekkavvikkoder.Navn(a.Avvik)}{(a.Periode is null ? string.Empty : $" ({a.Periode})")}, meldt av {a.Orgnr}. Oppgave med frist {a.Frist:dd.MM.yyyy}. {a.Beskrivelse}".Trim(),
            null, new { trekkId = a.TrekkId, avvik = Trekkavvikkoder.Kode(a.Avvik), periode = a.Periode, frist = a.Frist }, null),
        TrekkinnbetalingMangler m => new("TREKK_MANGLER", $"Trekket for {m.Periode}: innbetalt {m.Innbetalt} av {m.Forventet}. Oppgave med frist {m.Frist:dd.MM.yyyy}; kreditor er varslet.",
            null, new { trekkId = m.TrekkId, periode = m.Periode, forventet = m.Forventet.Kroner, mottatt = m.Innbetalt.Kroner, frist = m.Frist }, m.Dato),
        TrekkoppgaveLukket l => new("TREKKOPPGAVE_LUKKET", $"Oppgaven er behandlet: {l.Merknad}", null, new { frist = l.FristId, type = Fristkoder.Kode(l.Type) }, null),
        SamordningPaNytt n => new("SAMORDNING_PA_NYTT", $"Trekket sendes til samordnet trekk på nytt neste morgen: {n.Merknad}", null, new { trekkId = n.TrekkId }, null),
        _ => throw new InvalidOperationException($"Journalen kjenner ikke hendelsen {hendelse.GetType().Name}."),
    };

    /// <summary>The audit and feed code of a trekkpålegg version: <c>TREKKPALEGG_AKTIV</c>, <c>_ENDRET</c>, <c>_STOPPET</c>.</summary>
    public static string Trekkversjonskode(Trekkstatus status) => "TREKKPALEGG_" + status.ToString().ToUpperInvariant();

    /// <summary><c>{"stadium":"…"}</c> for every stage, serialised once: intake writes one per case.</summary>
    private static readonly Dictionary<Saksstadium, string> StadiumJson =
        Enum.GetValues<Saksstadium>().ToDictionary(s => s, s => JsonSerializer.Serialize(new { stadium = s.ToString() }));

    private static Sak Krev(Sak? sak) => sak ?? throw new InvalidOperationException("Hendelsen må skrives med saken den gjelder.");

    private static SaksHendelse Revisjonslinje(Guid sakId, Linje linje, Aktor aktor, DateTimeOffset naa) => new()
    {
        SakId = sakId,
        Tidspunkt = naa,
        UtfortAvId = aktor.Id,
        UtfortAvNavn = aktor.Navn,
        Type = linje.Type,
        Beskrivelse = linje.Beskrivelse.Length > 1000 ? linje.Beskrivelse[..1000] : linje.Beskrivelse,
        Tidligere = Json(linje.Tidligere),
        Etter = Json(linje.Etter),
    };

    /// <summary>The fields as JSON; a string is JSON already.</summary>
    private static string? Json(object? verdi) => verdi switch
    {
        null => null,
        string json => json,
        _ => JsonSerializer.Serialize(verdi),
    };

    private static KreditorHendelse Feedlinje(Sak sak, string type, DateOnly dato, DateTimeOffset naa, long? sekvens) => new()
    {
        Sekvens = sekvens,
        KreditorId = sak.KreditorId,
        SakId = sak.Id,
        Saksnummer = sak.Saksnummer,
        Referanse = sak.KreditorReferanse,
        Type = type,
        Stadium = sak.Stadium.ToString(),
        // The claim with the interest and fees booked on it, so krav − innbetalt is what is owed (issue 16).
        Krav = sak.Krav + sak.Tillegg,
        Innbetalt = sak.Innbetalt,
        Dato = dato,
        Tidspunkt = naa,
    };

    /// <summary>One fact as the journal writes it; <c>Tidligere</c> and <c>Etter</c> are objects to serialise, or JSON text.</summary>
    public sealed record Linje(string Type, string Beskrivelse, object? Tidligere, object? Etter, DateOnly? Feed);
}
