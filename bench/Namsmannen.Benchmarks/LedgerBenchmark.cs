using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Namsmannen.Application.Features.Innbetalinger;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Npgsql;
using NpgsqlTypes;

namespace Namsmannen.Benchmarks;

/// <summary>
/// Issue 16's benchmark. On one database of N generated cases (1 million by default), one camt.054 file of M credits
/// (100 000 by default): nearly all by the KID of a random open case (a part of what it owes; one in a hundred pays it
/// all and more, closing the case), one in a hundred without a KID (suspense). Then, in the same run:
/// 1. the app books the file with its own command (<c>innbetalinger FIL</c>, what <c>./build.sh innbetalinger</c>
///    runs): parse, match by KID, each case's interest and allocation by the domain, the ledger entries, payment rows,
///    payouts, audit and status-feed lines, a closed case's deletion notices, all in one transaction;
/// 2. raw: the same lines booked set-based in SQL on a copy of the same database made before step 1 (a temporary
///    table by COPY, then one INSERT … SELECT per table and one UPDATE of the cases, allocation by LEAST(), no
///    interest): the floor of what PostgreSQL itself needs to write the same rows.
/// Ends with <c>ledger: app N credits/s, raw M credits/s, ratio R</c>.
/// </summary>
public static partial class LedgerBenchmark
{
    private sealed record Kreditering(string Referanse, decimal Belop, string? Kid, string? Saksnummer, DateOnly Dato, string Betaler);

    public static async Task<int> RunAsync(Options options)
    {
        var cases = options.Int("cases", 1_000_000);
        var antall = options.Int("credits", 100_000);
        var web = options.String("web") ?? Path.Combine("src", "Namsmannen.Web", "bin", "Release", "net10.0", "Namsmannen.Web.dll");
        Console.WriteLine($"ledger: {cases:N0} saker, {antall:N0} innbetalinger i én camt.054-fil, {Environment.ProcessorCount} kjerner");
        var gjenbruk = options.String("database");
        var database = await BenchDatabase.CreateAsync("bench_ledger", gjenbruk);
        var raaDatabase = database.Name + "_raa";
        Console.WriteLine($"  database: {database.Name} (PostgreSQL {await database.ServerVersionAsync()})");
        var filsti = Path.Combine(Path.GetTempPath(), $"{database.Name}-camt054.xml");
        try
        {
            if (gjenbruk is null)
            {
                var (seedTid, _) = await Appkommando.KjorAsync(web, database.ConnectionString, "seed", "--cases", cases.ToString(CultureInfo.InvariantCulture));
                Console.WriteLine($"  seed:   {cases:N0} saker på {seedTid.TotalSeconds:0} s");
            }

            var linjer = await LinjerAsync(database.ConnectionString, antall);
            var fil = Camt054Eksempelfil.Lag("BENCH-LEDGER-1", DateTimeOffset.UtcNow, linjer.Select(l => new Camt054Eksempelfil.Post(l.Referanse, l.Belop, l.Dato, l.Kid, l.Betaler, "Innbetaling")));
            await File.WriteAllBytesAsync(filsti, fil);
            Console.WriteLine($"  fil:    {linjer.Count:N0} krediteringer, {fil.Length / 1024.0 / 1024.0:0.0} MB, {linjer.Count(l => l.Kid is null):N0} uten KID");

            // The raw booking gets a copy of the database as it stands before the app books anything.
            NpgsqlConnection.ClearAllPools();
            await KjorAdminAsync(database.Admin, $"DROP DATABASE IF EXISTS \"{raaDatabase}\" WITH (FORCE)");
            await KjorAdminAsync(database.Admin, $"CREATE DATABASE \"{raaDatabase}\" TEMPLATE \"{database.Name}\"");

            var (prosessTid, utdata) = await Appkommando.KjorAsync(web, database.ConnectionString, "innbetalinger", filsti);
            var bokfort = Bokfort().Match(utdata);
            var appSekunder = double.Parse(bokfort.Groups[1].Value, CultureInfo.InvariantCulture);
            Console.WriteLine($"  app:    bokført på {appSekunder:0.0} s i kommandoen ({prosessTid.TotalSeconds:0.0} s med oppstart av prosessen)");

            var raa = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = raaDatabase }.ConnectionString;
            var raaTid = await RaaAsync(raa, linjer, fil);
            Console.WriteLine($"  rå SQL: bokført på {raaTid.TotalSeconds:0.0} s");

            var appTall = await TellAsync(database.ConnectionString);
            var raaTall = await TellAsync(raa);
            Console.WriteLine($"  app: {appTall.Bokfort:N0} ført på sak, {appTall.Uavklart:N0} uavklart, {appTall.Poster:N0} nye posteringer, {appTall.Lukket:N0} saker lukket");
            Console.WriteLine($"  rå:  {raaTall.Bokfort:N0} ført på sak, {raaTall.Uavklart:N0} uavklart, {raaTall.Poster:N0} nye posteringer, {raaTall.Lukket:N0} saker lukket");
            if (appTall.Bokfort != raaTall.Bokfort || appTall.Uavklart != raaTall.Uavklart)
            {
                Console.Error.WriteLine("  FEIL: appen og rå SQL førte ikke de samme linjene.");
                return 1;
            }

            var app = linjer.Count / appSekunder;
            var raaRate = linjer.Count / raaTid.TotalSeconds;
            Console.WriteLine(FormattableString.Invariant($"ledger: app {app:0} credits/s, raw {raaRate:0} credits/s, ratio {app / raaRate:0.00}"));
            return 0;
        }
        finally
        {
            File.Delete(filsti);
            if (Environment.GetEnvironmentVariable("NAMSMANNEN_BENCH_KEEP") != "1")
            {
                await KjorAdminAsync(database.Admin, $"DROP DATABASE IF EXISTS \"{raaDatabase}\" WITH (FORCE)");
                await database.DropAsync();
            }

            database.Cluster?.Stop();
        }
    }

    /// <summary>The file's lines: random open cases with what each owes (from its ledger), a part of it, a few paying all and more, a few without KID.</summary>
    private static async Task<List<Kreditering>> LinjerAsync(string connectionString, int antall)
    {
        var lukket = Saksforlop.Lukket.Select(s => s.ToString()).ToArray();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT s.saksnummer, (SELECT sum(k.belop) FROM kontoposter k WHERE k.sak_id = s.id)
              FROM saker s
             WHERE s.stadium <> ALL(@lukket)
             ORDER BY random()
             LIMIT @antall
            """, connection);
        command.Parameters.AddWithValue("lukket", lukket);
        command.Parameters.AddWithValue("antall", antall);
        command.CommandTimeout = 600;
        var tilfeldig = new Random(2026);
        var idag = DateOnly.FromDateTime(DateTime.Today);
        var linjer = new List<Kreditering>(antall);
        await using var leser = await command.ExecuteReaderAsync();
        while (await leser.ReadAsync())
        {
            var i = linjer.Count;
            var saksnummer = leser.GetString(0);
            var saldo = leser.IsDBNull(1) ? 0m : leser.GetDecimal(1);
            var utenKid = i % 100 == 99;
            var alt = i % 100 == 50;
            var belop = alt ? (saldo * 2m) + 100m : Math.Max(0.01m, Math.Round(saldo * (decimal)(0.05 + (tilfeldig.NextDouble() * 0.5)), 2));
            var kid = utenKid || !Saksnummer.TryParse(saksnummer, out var nr) ? null : Kid.For(nr);
            linjer.Add(new Kreditering($"BENCH-{i:0000000}", belop, kid, kid is null ? null : saksnummer, idag, $"Betaler {i}"));
        }

        return linjer;
    }

    /// <summary>
    /// The same lines booked set-based: the file kept, each line matched to its open case by saksnummer, covered
    /// omkostninger, renter, hovedstol in that order from the ledger's balances, and the rows the app writes for it.
    /// </summary>
    private static async Task<TimeSpan> RaaAsync(string connectionString, List<Kreditering> linjer, byte[] fil)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var klokke = Stopwatch.StartNew();
        await using var transaksjon = await connection.BeginTransactionAsync();
        await KjorAsync(connection, "CREATE TEMP TABLE bank (referanse text, belop numeric(14,2), kid text, saksnummer text, dato date, betaler text) ON COMMIT DROP");
        await using (var copy = await connection.BeginBinaryImportAsync("COPY bank (referanse, belop, kid, saksnummer, dato, betaler) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var l in linjer)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(l.Referanse, NpgsqlDbType.Text);
                await copy.WriteAsync(l.Belop, NpgsqlDbType.Numeric);
                await copy.WriteAsync(l.Kid, NpgsqlDbType.Text);
                await copy.WriteAsync(l.Saksnummer, NpgsqlDbType.Text);
                await copy.WriteAsync(l.Dato, NpgsqlDbType.Date);
                await copy.WriteAsync(l.Betaler, NpgsqlDbType.Text);
            }

            await copy.CompleteAsync();
        }

        var filId = Guid.NewGuid();
        await using (var lagre = new NpgsqlCommand("INSERT INTO innbetalingsfiler (id, filnavn, sha256, innhold, mottatt, lastet_opp_av_navn) VALUES (@id, 'raa.xml', @sha, @innhold, now(), 'Rå SQL')", connection))
        {
            lagre.Parameters.AddWithValue("id", filId);
            lagre.Parameters.AddWithValue("sha", Convert.ToHexStringLower(SHA256.HashData(fil)));
            lagre.Parameters.AddWithValue("innhold", fil);
            await lagre.ExecuteNonQueryAsync();
        }

        var lukket = string.Join(", ", Saksforlop.Lukket.Select(s => $"'{s}'"));
        await KjorAsync(connection, $"""
            CREATE TEMP TABLE treff ON COMMIT DROP AS
            SELECT b.*, gen_random_uuid() AS innbetaling_id, s.id AS sak_id, s.kontor, s.kreditor_id, s.saksnummer AS sak_nr, s.kreditor_referanse,
                   d.o, d.r, d.h, d.saldo
              FROM bank b
              LEFT JOIN saker s ON s.saksnummer = b.saksnummer AND s.stadium NOT IN ({lukket})
              LEFT JOIN LATERAL (
                    SELECT k.o + k.r + k.h AS saldo, LEAST(b.belop, GREATEST(k.o, 0)) AS o,
                           LEAST(b.belop - LEAST(b.belop, GREATEST(k.o, 0)), GREATEST(k.r, 0)) AS r,
                           LEAST(b.belop - LEAST(b.belop, GREATEST(k.o, 0)) - LEAST(b.belop - LEAST(b.belop, GREATEST(k.o, 0)), GREATEST(k.r, 0)), GREATEST(k.h, 0)) AS h
                      FROM (SELECT coalesce(sum(p.belop) FILTER (WHERE p.komponent IN ('Omkostninger', 'Rettsgebyr')), 0) AS o,
                                   coalesce(sum(p.belop) FILTER (WHERE p.komponent = 'Renter'), 0) AS r,
                                   coalesce(sum(p.belop) FILTER (WHERE p.komponent = 'Hovedstol'), 0) AS h
                              FROM kontoposter p WHERE p.sak_id = s.id) k) d ON s.id IS NOT NULL
            """);
        await KjorAsync(connection, $"""
            INSERT INTO innbetalinger (id, fil_id, referanse, belop, bokforingsdato, valuteringsdato, kid, betaler, tekst, status, merknad, sak_id, kontor)
            SELECT innbetaling_id, '{filId}', referanse, belop, dato, dato, kid, betaler, 'Innbetaling',
                   CASE WHEN sak_id IS NULL THEN 'Uavklart' ELSE 'Bokfort' END, CASE WHEN sak_id IS NULL THEN 'Betalingen har ingen KID.' END, sak_id, coalesce(kontor, '*')
              FROM treff
            """);
        await KjorAsync(connection, """
            INSERT INTO kontoposter (sak_id, valuteringsdato, bokforingsdato, type, komponent, belop)
            SELECT t.sak_id, t.dato, t.dato, 'Betaling', k.komponent, -k.belop
              FROM treff t CROSS JOIN LATERAL (VALUES ('Omkostninger', t.o), ('Renter', t.r), ('Hovedstol', t.h)) AS k (komponent, belop)
             WHERE t.sak_id IS NOT NULL AND k.belop > 0
            """);
        await KjorAsync(connection, """
            INSERT INTO betalinger (sak_id, belop, betalt, registrert, registrert_av_navn)
            SELECT sak_id, belop, dato, now(), 'Rå SQL' FROM treff WHERE sak_id IS NOT NULL
            """);
        await KjorAsync(connection, """
            INSERT INTO utbetalinger (id, kontor, art, mottakertype, mottaker, kreditor_id, belop, grunnlag, sak_id, innbetaling_id, opprettet, status)
            SELECT gen_random_uuid(), t.kontor, 'Fordelt', 'Kreditor', k.navn, t.kreditor_id, t.o + t.r + t.h, 'Innbetaling ' || t.referanse, t.sak_id, t.innbetaling_id, now(), 'Venter'
              FROM treff t JOIN kreditorer k ON k.id = t.kreditor_id
             WHERE t.o + t.r + t.h > 0
            UNION ALL
            SELECT gen_random_uuid(), t.kontor, 'Tilbakebetaling', 'Betaler', t.betaler, NULL, t.belop - (t.o + t.r + t.h), 'Betalt for mye ' || t.referanse, t.sak_id, t.innbetaling_id, now(), 'Venter'
              FROM treff t
             WHERE t.sak_id IS NOT NULL AND t.belop > t.o + t.r + t.h
            """);
        await KjorAsync(connection, """
            UPDATE saker s
               SET innbetalt = s.innbetalt + t.o + t.r + t.h,
                   stadium = CASE WHEN t.belop >= t.saldo THEN 'Avsluttet' ELSE s.stadium END,
                   avsluttet = CASE WHEN t.belop >= t.saldo THEN t.dato ELSE s.avsluttet END
              FROM treff t
             WHERE t.sak_id = s.id
            """);
        await KjorAsync(connection, """
            INSERT INTO saks_hendelser (sak_id, tidspunkt, utfort_av_id, utfort_av_navn, type, beskrivelse, tidligere, etter)
            SELECT t.sak_id, now(), NULL, 'Rå SQL', 'BETALING_REGISTRERT', 'Betaling ' || t.belop || ' kr registrert.', '{}'::jsonb, '{}'::jsonb
              FROM treff t WHERE t.sak_id IS NOT NULL
            """);
        await KjorAsync(connection, """
            INSERT INTO kreditor_hendelser (kreditor_id, sak_id, saksnummer, referanse, type, stadium, krav, innbetalt, dato, tidspunkt)
            SELECT s.kreditor_id, s.id, s.saksnummer, s.kreditor_referanse, 'BETALING_REGISTRERT', s.stadium, s.hovedstol + s.renter + s.omkostninger, s.innbetalt, t.dato, now()
              FROM treff t JOIN saker s ON s.id = t.sak_id
            """);
        await transaksjon.CommitAsync();
        return klokke.Elapsed;
    }

    private static async Task<(long Bokfort, long Uavklart, long Poster, long Lukket)> TellAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM innbetalinger WHERE status = 'Bokfort' AND referanse LIKE 'BENCH-%'),
                   (SELECT count(*) FROM innbetalinger WHERE status = 'Uavklart' AND referanse LIKE 'BENCH-%'),
                   (SELECT count(*) FROM kontoposter k WHERE k.type IN ('Betaling', 'Forsinkelsesrente') AND k.sak_id IN (SELECT i.sak_id FROM innbetalinger i WHERE i.referanse LIKE 'BENCH-%')),
                   (SELECT count(*) FROM saker s WHERE stadium = 'Avsluttet' AND EXISTS (SELECT 1 FROM innbetalinger i WHERE i.sak_id = s.id AND i.referanse LIKE 'BENCH-%'))
            """, connection);
        command.CommandTimeout = 600;
        await using var leser = await command.ExecuteReaderAsync();
        await leser.ReadAsync();
        return (leser.GetInt64(0), leser.GetInt64(1), leser.GetInt64(2), leser.GetInt64(3));
    }

    private static async Task KjorAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 1800 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task KjorAdminAsync(string admin, string sql)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await KjorAsync(connection, sql);
    }

    [GeneratedRegex(@"Bokført på ([0-9.]+) s")]
    private static partial Regex Bokfort();
}
