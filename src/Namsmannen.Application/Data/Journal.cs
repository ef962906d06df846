using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
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
/// creditors' status feed when creditors follow that fact, and outbox work (the register deletion notices of
/// <see cref="Utlegg.Slettemeldinger"/>), all in the transaction that saves the change. The context calls
/// <see cref="Skriv"/> just before it saves; set-based writers (intake, the volume generator) call
/// <see cref="KopierAsync"/>. Nothing else writes <c>saks_hendelser</c> or <c>kreditor_hendelser</c>.
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
        journal?.noterte.Count > 0 || db.ChangeTracker.Entries<Sak>().Any(e => e.Entity.Hendelser.Count > 0);

    /// <summary>Adds the rows of every fact raised by a tracked case or noted since the last save.</summary>
    internal void Skriv(NamsmannenDbContext db)
    {
        var aktor = Aktor ?? Aktor.Av(services.GetRequiredService<ICurrentUser>());
        var naa = clock.GetUtcNow();
        foreach (var sak in db.ChangeTracker.Entries<Sak>().Select(e => e.Entity).Where(s => s.Hendelser.Count > 0).ToList())
        {
            foreach (var hendelse in sak.Hendelser)
            {
                var linje = Beskriv(hendelse, sak);
                db.SaksHendelser.Add(Revisjonslinje(sak.Id, linje, aktor, naa));
                if (linje.Feed is { } dato)
                {
                    db.KreditorHendelser.Add(Feedlinje(sak, linje.Type, dato, naa, null));
                }

                if (hendelse is Stadiumendring endring && Domain.Regler.Registrering.KreverSlettemelding(endring.Handling, sak.Utestaende))
                {
                    Utlegg.Slettemeldinger.Bestill(db, sak.Id, endring.Dato);
                }
            }

            sak.FjernHendelser();
        }

        foreach (var (sakId, hendelse) in noterte)
        {
            db.SaksHendelser.Add(Revisjonslinje(sakId, Beskriv(hendelse, null), aktor, naa));
        }

        noterte.Clear();
    }

    /// <summary>
    /// Writes the facts raised by many new cases with two binary COPYs, in the caller's transaction. With
    /// <paramref name="forsteSekvens"/> the feed lines are numbered from it (the caller holds the numbering lock);
    /// without, <see cref="Statusfeed.SekvenserAsync"/> numbers them after commit.
    /// </summary>
    public static async Task KopierAsync(NpgsqlConnection connection, IReadOnlyCollection<Sak> saker, Aktor aktor, DateTimeOffset naa, long? forsteSekvens, CancellationToken cancellationToken)
    {
        var linjer = saker.SelectMany(s => s.Hendelser.Select(h => (Sak: s, Linje: Beskriv(h, s), Hendelse: h))).ToList();
        if (linjer.Any(l => l.Hendelse is Stadiumendring))
        {
            throw new InvalidOperationException("Stadieendringer skrives gjennom konteksten, så slettemeldingene følger med.");
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY saks_hendelser (sak_id, tidspunkt, utfort_av_id, utfort_av_navn, type, beskrivelse, tidligere, etter) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            copy.Timeout = TimeSpan.FromMinutes(30);
            foreach (var (sak, linje, _) in linjer)
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

        await using (var copy = await connection.BeginBinaryImportAsync("COPY kreditor_hendelser (sekvens, kreditor_id, sak_id, saksnummer, referanse, type, stadium, krav, innbetalt, dato, tidspunkt) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            copy.Timeout = TimeSpan.FromMinutes(30);
            var sekvens = forsteSekvens;
            foreach (var (sak, linje, _) in linjer.Where(l => l.Linje.Feed is not null))
            {
                var rad = Feedlinje(sak, linje.Type, linje.Feed!.Value, naa, sekvens++);
                await copy.StartRowAsync(cancellationToken);
                if (rad.Sekvens is { } s)
                {
                    await copy.WriteAsync(s, NpgsqlDbType.Bigint, cancellationToken);
                }
                else
                {
                    await copy.WriteNullAsync(cancellationToken);
                }

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
        } + Krev(sak).KreditorReferanse + ".", null, new { stadium = nameof(Saksstadium.BegjaringMottatt) }, m.Dato),
        OverfortFraHistorikk o => new("OVERFORT_FRA_HISTORIKK", $"Saken ble overført med stadium «{o.Stadium.Navn()}».", null, new { stadium = o.Stadium.ToString() }, o.Dato),
        Stadiumendring e => new(Kode(e.Handling),
            $"{e.Handling.Navn()}: «{e.Fra.Navn()}» → «{e.Til.Navn()}»." + (string.IsNullOrWhiteSpace(e.Begrunnelse) ? string.Empty : $" Begrunnelse: {e.Begrunnelse}"),
            new { stadium = e.Fra.ToString() }, new { stadium = e.Til.ToString() }, e.Dato),
        BetalingRegistrert b => new("BETALING_REGISTRERT", $"Betaling {b.Belop} registrert (betalt {b.Dato:dd.MM.yyyy}). Utestående etter betalingen: {b.Utestaende}.",
            new { innbetalt = b.InnbetaltFor }, new { innbetalt = b.InnbetaltEtter }, b.Dato),
        KravRedusert k => new("KRAV_REDUSERT", $"Kreditor har redusert kravet til {new Belop(k.Etter.Hovedstol + k.Etter.Renter + k.Etter.Omkostninger)}.",
            new { hovedstol = k.For.Hovedstol, renter = k.For.Renter, omkostninger = k.For.Omkostninger },
            new { hovedstol = k.Etter.Hovedstol, renter = k.Etter.Renter, omkostninger = k.Etter.Omkostninger }, k.Dato),
        Tildelt t => new("TILDELT", $"Saken er tildelt {t.SaksbehandlerNavn}.", new { saksbehandler = t.ForrigeSaksbehandlerId }, new { saksbehandler = t.SaksbehandlerId }, null),
        Omfordelt o => new("TILDELT", $"Saken er flyttet fra {o.ForrigeNavn ?? "ingen saksbehandler"} til {o.SaksbehandlerNavn} av leder.",
            new { saksbehandler = o.ForrigeSaksbehandlerId }, new { saksbehandler = o.SaksbehandlerId }, null),
        KlageOversendt => new("KLAGE_OVERSENDT", "Klagen er ikke tatt til følge og er sendt til tingretten. Saken venter på tingrettens avgjørelse.", null, null, null),
        TilbakeleveringVerdsatt { Resultat: var r } => new("TILBAKELEVERING_VERDSATT",
            $"Verdsatt til {r.Verdi}; rettsgebyr {r.Rettsgebyr}, omkostninger {r.Omkostninger}, nedskrivning {r.Nedskrivning}, fortsatt skyldig {r.GjenstaendeKrav}" +
            (r.OverskuddTilSkyldner > Belop.Null ? $", overskudd til skyldneren {r.OverskuddTilSkyldner}." : "."), null, null, null),
        Registrert { Oppforing: var o } => new("REGISTRERT",
            $"{(o.Register == Register.Betalingsanmerkning ? "Betalingsanmerkning registrert" : $"Registrert i {o.Register.Navn()}")}. Slettes: {(o.Slettes is { } s ? s.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : o.Sletting)}",
            null, null, null),
        SlettemeldingBestilt s => new("SLETTEMELDING", s.SendesAvNamsmannen
            ? $"Slettemelding til {s.Register.Navn()} ({s.Utfall}) er bestilt {s.Dato:dd.MM.yyyy}."
            : $"Utleggspantet i {s.Register.Navn()} står til kreditor sender slettemelding (domain.md § 8).", null, null, null),
        VedleggLastetOpp v => new("VEDLEGG_LASTET_OPP", $"Vedlegget «{v.Filnavn}» ({v.Storrelse / 1024.0:0} kB) er lastet opp.", null, null, null),
        FodselsnummerVist => new("FODSELSNUMMER_VIST", "Fullt fødselsnummer ble vist.", null, null, null),
        HusstandRegistrert { Opplysninger: var o } => new("HUSSTAND_REGISTRERT", "Skyldnerens husstand og inntekt er registrert.", null,
            new { netto = o.NettoInntektPerManed, giftEllerSamboer = o.GiftEllerSamboer, partnerInntekt = o.PartnerHarEgenInntekt, barn = o.BarnAlder, boutgifter = o.Boutgifter, sarlige = o.SarligeUtgifter }, null),
        _ => throw new InvalidOperationException($"Journalen kjenner ikke hendelsen {hendelse.GetType().Name}."),
    };

    private static Sak Krev(Sak? sak) => sak ?? throw new InvalidOperationException("Hendelsen må skrives med saken den gjelder.");

    private static SaksHendelse Revisjonslinje(Guid sakId, Linje linje, Aktor aktor, DateTimeOffset naa) => new()
    {
        SakId = sakId,
        Tidspunkt = naa,
        UtfortAvId = aktor.Id,
        UtfortAvNavn = aktor.Navn,
        Type = linje.Type,
        Beskrivelse = linje.Beskrivelse.Length > 1000 ? linje.Beskrivelse[..1000] : linje.Beskrivelse,
        Tidligere = linje.Tidligere is null ? null : JsonSerializer.Serialize(linje.Tidligere),
        Etter = linje.Etter is null ? null : JsonSerializer.Serialize(linje.Etter),
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
        Krav = sak.Krav,
        Innbetalt = sak.Innbetalt,
        Dato = dato,
        Tidspunkt = naa,
    };

    /// <summary>One fact as the journal writes it.</summary>
    public sealed record Linje(string Type, string Beskrivelse, object? Tidligere, object? Etter, DateOnly? Feed);
}
