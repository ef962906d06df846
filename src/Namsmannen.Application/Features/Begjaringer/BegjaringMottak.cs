using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;
using Npgsql;

namespace Namsmannen.Application.Features.Begjaringer;

/// <summary>
/// Receives begjæringer in sets: every item is checked in memory, each valid one becomes a case through the domain
/// (<see cref="Sak.Motta"/>, with its number from one batch of the sequence and its office from
/// <see cref="Kontorinndeling"/> by the debtor's registered address and Posten's register), and <see cref="Saksskriver"/> writes them and their journal lines set-based, so
/// 1 000 items cost a handful of round trips, not thousands. The creditor's <c>referanse</c> is unique per creditor in the database, which makes a
/// replay, a retry or ten identical requests at once create each case exactly once.
/// Runs inside the caller's transaction: either every valid item and its receipts are stored, or nothing is.
/// </summary>
public sealed class BegjaringMottak(NamsmannenDbContext db, TimeProvider clock, ICurrentUser bruker, Postnummerregister postnummerregister)
{
    public const string ReferanseGjentatt = "REFERANSE_GJENTATT";
    public const string ReferanseBrukt = "REFERANSE_BRUKT";
    public const string PostnummerUkjent = "POSTNUMMER_UKJENT";
    public const string PoststedAvviker = "POSTSTED_AVVIKER";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>Checks and stores up to 1 000 rows as one submission, with its receipts, in the caller's transaction.</summary>
    public async Task<(Innsending Innsending, IReadOnlyList<Kvittering> Kvitteringer, string KvitteringerJson)> MottaAsync(Guid kreditorId, string kanal, IReadOnlyList<Begjaringsrad> rader, CancellationToken cancellationToken)
    {
        var innsending = new Innsending
        {
            Id = Guid.CreateVersion7(),
            KreditorId = kreditorId,
            Kanal = kanal,
            Opprettet = clock.GetUtcNow(),
            OpprettetAvNavn = bruker.Navn,
            Status = Innsending.Ferdig,
            AntallRader = rader.Count,
            Avsluttet = clock.GetUtcNow(),
        };
        db.Innsendinger.Add(innsending);
        var (kvitteringer, json) = await BehandleAsync(innsending, rader, forsteLinje: 1, delnummer: 1, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (innsending, kvitteringer, json);
    }

    /// <summary>
    /// One part of a submission: checks the rows, writes the valid ones, stores the part's receipts and adds to the
    /// submission's counts (the caller saves them). Returns the receipts and the JSON stored for them, which an API
    /// answer can reuse as it is.
    /// </summary>
    public async Task<(IReadOnlyList<Kvittering> Kvitteringer, string Json)> BehandleAsync(Innsending innsending, IReadOnlyList<Begjaringsrad> rader, int forsteLinje, int delnummer, CancellationToken cancellationToken)
    {
        var idag = Oslotid.IDag(clock);
        var (kvitteringer, gyldige) = Kontroller(rader, forsteLinje, idag);
        if (gyldige.Count > 0)
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction()
                ?? throw new InvalidOperationException("Begjæringer tas imot i en transaksjon.");
            var nye = await SkrivSakerAsync(connection, transaction, innsending, gyldige, idag, cancellationToken);

            var gamle = gyldige.Where(g => !nye.ContainsKey(g.Id)).Select(g => g.Begjaring.Referanse).Distinct().ToArray();
            var eksisterende = gamle.Length == 0 ? [] : await FinnEksisterendeAsync(connection, transaction, innsending.KreditorId, gamle, cancellationToken);
            foreach (var (indeks, id, begjaring) in gyldige)
            {
                kvitteringer[indeks] = nye.TryGetValue(id, out var saksnummer)
                    ? new Kvittering(forsteLinje + indeks, begjaring.Referanse, Kvittering.Mottatt, saksnummer, []) { Merknader = Merknader(begjaring) }
                    : Gjentatt(forsteLinje + indeks, begjaring, eksisterende.TryGetValue(begjaring.Referanse, out var funnet)
                        ? funnet
                        : throw new InvalidOperationException($"Referansen {begjaring.Referanse} ble verken lagret eller funnet."));
            }
        }

        var resultat = kvitteringer.Select(k => k!).ToList();
        innsending.Behandlet += resultat.Count;
        innsending.Mottatt += resultat.Count(k => k.Status == Kvittering.Mottatt);
        innsending.Avvist += resultat.Count(k => k.Status == Kvittering.Avvist);
        innsending.Duplikat += resultat.Count(k => k.Status == Kvittering.Duplikat);
        var json = JsonSerializer.Serialize(resultat, Json);
        db.Innsendingsdeler.Add(new Innsendingsdel { InnsendingId = innsending.Id, Nummer = delnummer, Kvitteringer = json });
        return (resultat, json);
    }

    /// <summary>
    /// The receipts a submission would get, exactly as <see cref="BehandleAsync"/> gives them, with nothing written
    /// (issue 12, M10: <c>?valider=true</c>). A valid new begjæring is MOTTATT without a saksnummer.
    /// </summary>
    public async Task<(IReadOnlyList<Kvittering> Kvitteringer, string Json)> ValiderAsync(Guid kreditorId, IReadOnlyList<Begjaringsrad> rader, CancellationToken cancellationToken)
    {
        var (kvitteringer, gyldige) = Kontroller(rader, 1, Oslotid.IDag(clock));
        if (gyldige.Count > 0)
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                var eksisterende = await FinnEksisterendeAsync(connection, null, kreditorId, gyldige.Select(g => g.Begjaring.Referanse).Distinct().ToArray(), cancellationToken);
                foreach (var (indeks, _, begjaring) in gyldige)
                {
                    kvitteringer[indeks] = eksisterende.TryGetValue(begjaring.Referanse, out var funnet)
                        ? Gjentatt(1 + indeks, begjaring, funnet)
                        : new Kvittering(1 + indeks, begjaring.Referanse, Kvittering.Mottatt, null, []) { Merknader = Merknader(begjaring) };
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        var resultat = kvitteringer.Select(k => k!).ToList();
        return (resultat, JsonSerializer.Serialize(resultat, Json));
    }

    /// <summary>Every row read and checked, the later uses of a referanse refused; the valid rows still to be written or matched.</summary>
    private (Kvittering?[] Kvitteringer, List<(int Indeks, Guid Id, GyldigBegjaring Begjaring)> Gyldige) Kontroller(IReadOnlyList<Begjaringsrad> rader, int forsteLinje, DateOnly idag)
    {
        var kvitteringer = new Kvittering?[rader.Count];
        var gyldige = new List<(int Indeks, Guid Id, GyldigBegjaring Begjaring)>(rader.Count);
        var ider = Ider.NyeVersjon7(rader.Count, clock.GetUtcNow());
        var brukt = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rader.Count; i++)
        {
            // Within one submission the first use of a referanse wins; a later one is refused, never tied to the first's case (issue 12, H6).
            if (rader[i].Referanse?.Trim() is { Length: > 0 } referanse && !brukt.TryAdd(referanse, forsteLinje + i))
            {
                kvitteringer[i] = new Kvittering(forsteLinje + i, Trim(referanse), Kvittering.Avvist, null,
                    [new Feil(Felt.Referanse, ReferanseGjentatt, $"Referansen er brukt på linje {brukt[referanse]} i samme innsending. Bare den første er behandlet.")]);
                continue;
            }

            var (begjaring, feil) = BegjaringLeser.Les(rader[i], idag);
            if (begjaring is null)
            {
                kvitteringer[i] = new Kvittering(forsteLinje + i, Trim(rader[i].Referanse), Kvittering.Avvist, null, feil);
            }
            else
            {
                gyldige.Add((i, ider[i], begjaring));
            }
        }

        return (kvitteringer, gyldige);
    }

    /// <summary>
    /// A referanse already in use: DUPLIKAT only for the same begjæring sent again; with other content it is refused,
    /// naming what differs (issue 12, H6).
    /// </summary>
    private static Kvittering Gjentatt(int linje, GyldigBegjaring begjaring, (string Saksnummer, string? Innhold) tidligere)
    {
        var ulike = Innhold.Ulike(tidligere.Innhold, Innhold.Av(begjaring));
        return ulike.Count == 0
            ? new Kvittering(linje, begjaring.Referanse, Kvittering.Duplikat, tidligere.Saksnummer, [])
            : new Kvittering(linje, begjaring.Referanse, Kvittering.Avvist, null,
                [new Feil(Felt.Referanse, ReferanseBrukt, $"Referansen er alt brukt for sak {tidligere.Saksnummer}, med annet innhold i {string.Join(", ", ulike)}. Bruk en ny referanse for et nytt krav, eller endre saken med endringene i API-et.")]);
    }

    /// <summary>
    /// The address as the creditor sent it, against Posten's register (issue 12, M2): the begjæring is received and the
    /// caseworker checks the address; the creditor is told, so its own records can be put right.
    /// </summary>
    private IReadOnlyList<Feil>? Merknader(GyldigBegjaring b) => postnummerregister.Kontroller(b.SkyldnerPostnummer, b.SkyldnerPoststed) switch
    {
        Adressekontroll.UkjentPostnummer => [new Feil(Felt.SkyldnerPostnummer, PostnummerUkjent, $"Postnummeret {b.SkyldnerPostnummer} finnes ikke i Postens postnummerregister. Begjæringen er mottatt, og namsmannen kontrollerer adressen. Rett den også hos dere.")],
        Adressekontroll.AnnetPoststed => [new Feil(Felt.SkyldnerPoststed, PoststedAvviker, $"Postnummer {b.SkyldnerPostnummer} hører til {postnummerregister.Finn(b.SkyldnerPostnummer)!.Navn} i Postens postnummerregister, ikke {b.SkyldnerPoststed}. Begjæringen er mottatt, og namsmannen kontrollerer adressen. Rett den også hos dere.")],
        _ => null,
    };

    /// <summary>The referanse as echoed in a receipt: trimmed, at most 100 characters, with any character that may not be stored replaced.</summary>
    private static string? Trim(string? referanse) => Tegn.Rens(referanse?.Trim() is { Length: > 0 and <= 100 } r ? r : referanse?.Trim() is { Length: > 100 } lang ? lang[..100] : null);

    /// <summary>Builds each valid begjæring as a case, writes the new ones and returns their numbers by case id.</summary>
    private async Task<Dictionary<Guid, string>> SkrivSakerAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Innsending innsending, List<(int Indeks, Guid Id, GyldigBegjaring Begjaring)> gyldige, DateOnly idag, CancellationToken cancellationToken)
    {
        var (skyldnere, lopenumre) = await SkyldnereOgNumreAsync(connection, transaction, gyldige.Select(g => g.Begjaring).ToList(), clock.GetUtcNow(), cancellationToken);
        var kanal = innsending.Kanal switch
        {
            Innsending.Api => Mottakskanal.Api,
            Innsending.Csv => Mottakskanal.Csv,
            _ => Mottakskanal.Skjema,
        };
        var nye = gyldige.Select((g, i) =>
        {
            var b = g.Begjaring;
            var (skyldnerId, postnummer, poststed) = skyldnere[b.SkyldnerIdentifikator];
            var sak = Sak.Motta(g.Id, Saksnummer.Create(idag, lopenumre[i]), innsending.KreditorId, skyldnerId, Kontorinndeling.Finn(postnummer, poststed, postnummerregister), b.Type, b.Hovedstol, b.Renter, b.Omkostninger,
                b.Referanse, idag, b.Grunnlag, b.VarselSendt, kanal, innsending.Filnavn);
            return (sak, b.SkyldnerNavn, JsonSerializer.Serialize(Innhold.Av(b)));
        }).ToList();
        var skrevet = await Saksskriver.SkrivNyeAsync(connection, transaction, innsending.KreditorId, idag, nye, Aktor.Av(bruker), clock.GetUtcNow(), cancellationToken);
        return skrevet.ToDictionary(s => s.Id, s => s.Saksnummer);
    }

    /// <summary>
    /// Writes the debtors not known before (a known one keeps what namsmannen has registered), reads every debtor's id
    /// and registered postnummer and poststed (namsmannen's address, not necessarily the one the creditor sent), and takes one
    /// saksnummer per begjæring from the sequence: three statements, one round trip.
    /// </summary>
    private static async Task<(Dictionary<string, (Guid Id, string Postnummer, string Poststed)> Skyldnere, long[] Lopenumre)> SkyldnereOgNumreAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<GyldigBegjaring> begjaringer, DateTimeOffset naa, CancellationToken cancellationToken)
    {
        // Sorted, so two batches with the same debtors take their locks in the same order and never deadlock.
        var nye = begjaringer.DistinctBy(b => b.SkyldnerIdentifikator).OrderBy(b => b.SkyldnerIdentifikator, StringComparer.Ordinal).ToList();
        await using var batch = new NpgsqlBatch(connection, transaction);
        var skriv = new NpgsqlBatchCommand(
            """
            INSERT INTO skyldnere (id, type, identifikator, navn, adresse, postnummer, poststed)
            SELECT * FROM unnest(@id, @type, @identifikator, @navn, @adresse, @postnummer, @poststed) AS u(id, type, identifikator, navn, adresse, postnummer, poststed)
            ORDER BY identifikator
            ON CONFLICT (identifikator) DO NOTHING
            """);
        skriv.Parameters.Add(new NpgsqlParameter<Guid[]>("id", Ider.NyeVersjon7(nye.Count, naa)));
        skriv.Parameters.Add(Tekster("type", nye.Select(s => s.SkyldnerType.ToString())));
        skriv.Parameters.Add(Tekster("identifikator", nye.Select(s => s.SkyldnerIdentifikator)));
        skriv.Parameters.Add(Tekster("navn", nye.Select(s => s.SkyldnerNavn)));
        skriv.Parameters.Add(Tekster("adresse", nye.Select(s => s.SkyldnerAdresse)));
        skriv.Parameters.Add(Tekster("postnummer", nye.Select(s => s.SkyldnerPostnummer)));
        skriv.Parameters.Add(Tekster("poststed", nye.Select(s => s.SkyldnerPoststed)));
        batch.BatchCommands.Add(skriv);
        var les = new NpgsqlBatchCommand("SELECT identifikator, id, postnummer, poststed FROM skyldnere WHERE identifikator = ANY(@identifikatorer)");
        les.Parameters.Add(Tekster("identifikatorer", nye.Select(s => s.SkyldnerIdentifikator)));
        batch.BatchCommands.Add(les);
        var numre = new NpgsqlBatchCommand(NamsmannenDbContext.LopenumreSql);
        numre.Parameters.Add(new NpgsqlParameter<int>("antall", begjaringer.Count));
        batch.BatchCommands.Add(numre);

        var skyldnere = new Dictionary<string, (Guid, string, string)>(nye.Count, StringComparer.Ordinal);
        var lopenumre = new long[begjaringer.Count];
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            skyldnere[reader.GetString(0)] = (reader.GetGuid(1), reader.GetString(2), reader.GetString(3));
        }

        await reader.NextResultAsync(cancellationToken);
        for (var i = 0; await reader.ReadAsync(cancellationToken); i++)
        {
            lopenumre[i] = reader.GetInt64(0);
        }

        return (skyldnere, lopenumre);
    }

    private static async Task<Dictionary<string, (string Saksnummer, string? Innhold)>> FinnEksisterendeAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid kreditorId, string[] referanser, CancellationToken cancellationToken)
    {
        // A separate statement, so it sees a case that a concurrent identical request committed while this one waited on it.
        await using var command = new NpgsqlCommand("SELECT kreditor_referanse, saksnummer, innsendt_innhold::text FROM saker WHERE kreditor_id = @kreditor_id AND kreditor_referanse = ANY(@referanser)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid>("kreditor_id", kreditorId));
        command.Parameters.Add(new NpgsqlParameter<string[]>("referanser", referanser));
        var eksisterende = new Dictionary<string, (string, string?)>(referanser.Length, StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            eksisterende[reader.GetString(0)] = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        }

        return eksisterende;
    }

    /// <summary>A begjæring's content as sent, field by field (API names), every field but the referanse.</summary>
    internal static class Innhold
    {
        public static SortedDictionary<string, string?> Av(GyldigBegjaring b) => new(StringComparer.Ordinal)
        {
            [Felt.Type] = BegjaringLeser.Kode(b.Type),
            [Felt.SkyldnerIdentifikator] = b.SkyldnerIdentifikator,
            [Felt.SkyldnerNavn] = b.SkyldnerNavn,
            [Felt.SkyldnerAdresse] = b.SkyldnerAdresse,
            [Felt.SkyldnerPostnummer] = b.SkyldnerPostnummer,
            [Felt.SkyldnerPoststed] = b.SkyldnerPoststed,
            [Felt.GrunnlagType] = BegjaringLeser.Kode(b.Grunnlag.Type),
            [Felt.GrunnlagForkynt] = Dato(b.Grunnlag.Forkynt),
            [Felt.GrunnlagOppfyllelsesfrist] = Dato(b.Grunnlag.Oppfyllelsesfrist),
            [Felt.GrunnlagForfall] = Dato(b.Grunnlag.Forfall),
            [Felt.Hovedstol] = Kroner(b.Hovedstol),
            [Felt.Renter] = Kroner(b.Renter),
            [Felt.Omkostninger] = Kroner(b.Omkostninger),
            [Felt.VarselSendt] = Dato(b.VarselSendt),
        };

        /// <summary>The fields whose value differs; none when the stored case predates this record (it is then taken as the same).</summary>
        public static IReadOnlyList<string> Ulike(string? lagret, SortedDictionary<string, string?> ny)
        {
            if (lagret is null)
            {
                return [];
            }

            var gammel = JsonSerializer.Deserialize<Dictionary<string, string?>>(lagret) ?? [];
            return Felt.Alle.Where(f => ny.ContainsKey(f) && !string.Equals(gammel.GetValueOrDefault(f), ny[f], StringComparison.Ordinal)).ToList();
        }

        private static string? Dato(DateOnly? dato) => dato?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        private static string Kroner(decimal belop) => belop.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static NpgsqlParameter<string[]> Tekster(string navn, IEnumerable<string> verdier) => new(navn, verdier.ToArray());

    private static NpgsqlParameter<DateOnly?[]> Datoer(string navn, IEnumerable<DateOnly?> verdier) => new(navn, verdier.ToArray());
}
