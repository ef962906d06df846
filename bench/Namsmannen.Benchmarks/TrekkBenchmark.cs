using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Namsmannen.Domain.Trekkordning;
using Npgsql;

namespace Namsmannen.Benchmarks;

/// <summary>
/// Issue 17's benchmark. On one database of N generated running trekk (1 million by default; each on a generated
/// case, <c>seed --cases N</c>, turned into an utleggstrekk case with its order, version 1 and last month's remittance),
/// in the same run:
/// 1. the app's daily follow-up (<c>trekkoppfolging</c>, what the scheduler runs at 06:00 and <c>./build.sh
///    trekkoppfolging</c> runs): old-regime orders past their end date stopped through their cases, every order's
///    expectation for the months whose pay day has come, and every missing remittance turned into a task and a notice
///    through its case;
/// 2. raw: the same rows written set-based in SQL (one statement per table and month, no aggregates): the floor of
///    what PostgreSQL itself needs to write them.
/// Each runs on its own fresh copy of the generated database; with NAMSMANNEN_BENCH_KEEP=1 the generated one is kept
/// and <c>--database NAME</c> measures again without generating.
/// The two must write the same number of months, stops and tasks. Ends with <c>trekk: app X s, raw Y s, ratio R</c>.
/// </summary>
public static partial class TrekkBenchmark
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static async Task<int> RunAsync(Options options)
    {
        var antall = options.Int("trekk", 1_000_000);
        var manglerPromille = options.Int("mangler", 10);
        var utloptPromille = options.Int("utlopt", 2);
        var web = options.String("web") ?? Path.Combine("src", "Namsmannen.Web", "bin", "Release", "net10.0", "Namsmannen.Web.dll");
        var idag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Oslo).DateTime);
        Console.WriteLine($"trekk: {antall:N0} løpende trekk, {manglerPromille} ‰ med manglende innbetaling måneden før, {utloptPromille} ‰ gamle trekk forbi sluttdatoen, i dag {idag:dd.MM.yyyy}, {Environment.ProcessorCount} kjerner");
        var gjenbruk = options.String("database");
        var database = await BenchDatabase.CreateAsync("bench_trekk", gjenbruk);
        var raaDatabase = database.Name + "_raa";
        var appDatabase = database.Name + "_app";
        Console.WriteLine($"  database: {database.Name} (PostgreSQL {await database.ServerVersionAsync()})");
        try
        {
            if (gjenbruk is null)
            {
                var (seedTid, _) = await Appkommando.KjorAsync(web, database.ConnectionString, "seed", "--cases", antall.ToString(CultureInfo.InvariantCulture));
                Console.WriteLine($"  seed:   {antall:N0} saker på {seedTid.TotalSeconds:0} s");
                var klokke = Stopwatch.StartNew();
                var laget = await GenererAsync(database.ConnectionString, idag, manglerPromille, utloptPromille);
                Console.WriteLine($"  trekk:  {laget:N0} trekkpålegg med versjon 1 og månedens innbetaling før på {klokke.Elapsed.TotalSeconds:0} s");
            }

            // The app and the raw pipeline each get a copy of the generated database as it stands, which is kept for
            // another run with --database (and NAMSMANNEN_BENCH_KEEP=1).
            NpgsqlConnection.ClearAllPools();
            foreach (var kopi in new[] { appDatabase, raaDatabase })
            {
                await KjorAdminAsync(database.Admin, $"DROP DATABASE IF EXISTS \"{kopi}\" WITH (FORCE)");
                await KjorAdminAsync(database.Admin, $"CREATE DATABASE \"{kopi}\" TEMPLATE \"{database.Name}\"");
            }

            var appCs = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = appDatabase }.ConnectionString;
            var raa = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = raaDatabase }.ConnectionString;
            var for_ = await TellAsync(appCs);

            var (prosessTid, utdata) = await Appkommando.KjorAsync(web, appCs, "trekkoppfolging");
            var appSekunder = double.Parse(Fulgt().Match(utdata).Groups[1].Value, CultureInfo.InvariantCulture);
            Console.WriteLine($"  app:    fulgt opp på {appSekunder:0.0} s i kommandoen ({prosessTid.TotalSeconds:0.0} s med oppstart av prosessen)");

            var raaTid = await RaaAsync(raa, idag);
            Console.WriteLine($"  rå SQL: fulgt opp på {raaTid.TotalSeconds:0.0} s");

            var app = await TellAsync(appCs) - for_;
            var raaTall = await TellAsync(raa) - for_;
            Console.WriteLine($"  app: {app}");
            Console.WriteLine($"  rå:  {raaTall}");
            if (app != raaTall)
            {
                Console.Error.WriteLine("  FEIL: appen og rå SQL skrev ikke de samme radene.");
                return 1;
            }

            Console.WriteLine(FormattableString.Invariant($"trekk: app {appSekunder:0.0} s, raw {raaTid.TotalSeconds:0.0} s, ratio {appSekunder / raaTid.TotalSeconds:0.00}"));
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await KjorAdminAsync(database.Admin, $"DROP DATABASE IF EXISTS \"{appDatabase}\" WITH (FORCE)");
            await KjorAdminAsync(database.Admin, $"DROP DATABASE IF EXISTS \"{raaDatabase}\" WITH (FORCE)");
            if (Environment.GetEnvironmentVariable("NAMSMANNEN_BENCH_KEEP") != "1")
            {
                await database.DropAsync();
            }

            database.Cluster?.Stop();
        }
    }

    /// <summary>
    /// Every generated case becomes an utleggstrekk case (a third decided in 2025 under the old rules, paid to the
    /// creditor and ending two years later, a few of them already past their end; the rest coordinated, from 2026)
    /// with its order, version 1, waiting for the month whose pay day has come, and the month before it expected and
    /// remitted, a few short.
    /// </summary>
    private static async Task<long> GenererAsync(string connectionString, DateOnly idag, int manglerPromille, int utloptPromille)
    {
        // The month the run expects: the one (last or this) with the most pay days that have come and whose
        // follow-up day has not, so the run is the month's follow-up and not a late catch-up of overdue months.
        var denne = Trekkmaned.For(idag);
        var (maned, lonnsdager) = new[] { Trekkmaned.For(denne.Forste.AddMonths(-1)), denne }
            .Select(m => (Maned: m, Dager: Enumerable.Range(1, 28).Where(d => m.Lonnsdag(d) <= idag && m.Oppfolgingsdag(d) >= idag).ToArray()))
            .OrderByDescending(m => m.Dager.Length).First();
        var forrige = Trekkmaned.For(maned.Forste.AddMonths(-1));
        var dager = Enumerable.Range(1, 31).ToArray();
        Console.WriteLine($"  måneden som følges opp: {maned}, lønnsdager {string.Join(", ", lonnsdager)}; {forrige} er innbetalt");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await KjorAsync(connection, "SELECT setseed(0.2026)");
        // Every case owes something and is in the trekk stage: what was paid stays, up to half of the claim.
        await KjorAsync(connection, """
            UPDATE saker SET stadium = 'Utleggstrekk', avsluttet = NULL,
                   innbetalt = least(innbetalt, round((hovedstol + renter + omkostninger + tillegg) / 2, 2))
             WHERE NOT EXISTS (SELECT 1 FROM utleggstrekk u WHERE u.sak_id = saker.id)
            """);
        // A thousand employers (valid orgnr from the 9xx range), pay day the 20th for most.
        var arbeidsgivere = Enumerable.Range(0, 1000).Select(i => Domain.Identifikatorer.Organisasjonsnummer.Create((97_000_000 + (i * 37)).ToString(CultureInfo.InvariantCulture)))
            .Where(o => o is not null).Select(o => o!.Verdi).ToArray();
        await using (var trekk = new NpgsqlCommand("""
            CREATE TEMP TABLE ny AS
            SELECT gen_random_uuid() AS id, s.id AS sak_id, s.skyldner_id, s.saksnummer, k.kontonummer,
                   (@arbeidsgivere)[1 + floor(random() * cardinality(@arbeidsgivere))::int] AS orgnr,
                   round((500 + random() * 9500)::numeric, 0) AS belop,
                   CASE WHEN random() < 0.33 THEN 'Direkte' ELSE 'Samordnet' END AS regime,
                   CASE WHEN random() < 0.7 THEN (@lonnsdager)[cardinality(@lonnsdager)] ELSE (@lonnsdager)[1 + floor(random() * cardinality(@lonnsdager))::int] END AS lonnsdag,
                   random() AS r, random() AS r2
              FROM saker s JOIN kreditorer k ON k.id = s.kreditor_id
             WHERE s.stadium = 'Utleggstrekk' AND NOT EXISTS (SELECT 1 FROM utleggstrekk u WHERE u.sak_id = s.id)
            """, connection))
        {
            trekk.Parameters.AddWithValue("arbeidsgivere", arbeidsgivere);
            trekk.Parameters.AddWithValue("lonnsdager", lonnsdager);
            trekk.CommandTimeout = 3600;
            await trekk.ExecuteNonQueryAsync();
        }

        await KjorAsync(connection, $"""
            ALTER TABLE ny ADD COLUMN vedtatt date, ADD COLUMN til_dato date;
            UPDATE ny SET vedtatt = CASE WHEN regime = 'Direkte' THEN DATE '2025-03-01' + (r * 250)::int ELSE DATE '2026-01-05' + (r * 250)::int END;
            UPDATE ny SET til_dato = CASE WHEN regime = 'Samordnet' THEN NULL
                                          WHEN r < {(utloptPromille / 1000.0 / 0.33).ToString("0.######", CultureInfo.InvariantCulture)} THEN @utlopt
                                          ELSE (vedtatt + interval '2 years')::date END
            """.Replace("@utlopt", $"DATE '{idag.AddDays(-1):yyyy-MM-dd}'", StringComparison.Ordinal));
        await KjorAsync(connection, """
            INSERT INTO utleggstrekk (id, sak_id, skyldner_id, arbeidsgiver_orgnr, belop_per_maned, vedtatt, start, seneste_slutt, kravklasse, beregning, grunnlag, advarsler)
            SELECT id, sak_id, skyldner_id, orgnr, belop, vedtatt, (vedtatt + interval '1 month')::date, til_dato, 'AndreKrav',
                   jsonb_build_array(jsonb_build_object('post', 'Trekk per måned', 'belop', belop, 'forklaring', 'Generert for ytelsestesten')),
                   jsonb_build_object('Dato', vedtatt, 'NettoInntektPerManed', belop + 25000, 'Sivilstand', 'enslig', 'BarnAlder', '[]'::jsonb, 'Samvaer', '[]'::jsonb, 'SarligeUtgifter', 0),
                   '[]'::jsonb
              FROM ny;
            INSERT INTO trekkpalegg (id, sak_id, skyldner_id, orgnr, regime, lonnsdag, hjemmel, forventes_fra, stoppet)
            SELECT id, sak_id, skyldner_id, orgnr, regime, lonnsdag, 'tvangsfullbyrdelsesloven § 7-21 (generert)', @maned, NULL FROM ny;
            INSERT INTO trekkpalegg_versjoner (trekk_id, versjon, sekvens, status, belop_per_maned, fra_dato, til_dato, konto, kid, grunn, dato)
            SELECT id, 1, coalesce((SELECT max(sekvens) FROM trekkpalegg_versjoner), 0) + row_number() OVER (ORDER BY id), 'Aktiv', belop,
                   (vedtatt + interval '1 month')::date, til_dato, CASE WHEN regime = 'Direkte' THEN kontonummer ELSE @samordning END,
                   CASE WHEN regime = 'Samordnet' THEN 'GEN' || saksnummer END, 'Utleggstrekk vedtatt (generert).', vedtatt
              FROM ny;
            """.Replace("@maned", $"DATE '{maned.Forste:yyyy-MM-dd}'", StringComparison.Ordinal)
             .Replace("@samordning", $"'{Application.Features.Trekkordning.Samordningskonto.Simulator.Kontonummer}'", StringComparison.Ordinal));
        // The month before: expected and remitted on its pay day, a few per thousand short or missing.
        await using (var perioder = new NpgsqlCommand("""
            INSERT INTO trekkperioder (trekk_id, periode, sak_id, forventet, mottatt, sist_mottatt, lonnsdag, oppfolgingsdag)
            SELECT n.id, @periode, n.sak_id, n.belop,
                   CASE WHEN n.r2 < @mangler / 1000.0 THEN CASE WHEN n.r < 0.5 THEN 0 ELSE round(n.belop / 2, 0) END ELSE n.belop END,
                   d.lonnsdag, d.lonnsdag, d.lonnsdag + @oppfolging
              FROM ny n JOIN unnest(@dager, @lonnsdager) AS d(dag, lonnsdag) ON d.dag = n.lonnsdag
            """, connection))
        {
            perioder.Parameters.AddWithValue("periode", forrige.ToString());
            perioder.Parameters.AddWithValue("mangler", manglerPromille);
            perioder.Parameters.AddWithValue("oppfolging", Trekkmaned.DagerTilOppfolging);
            perioder.Parameters.AddWithValue("dager", dager);
            perioder.Parameters.AddWithValue("lonnsdager", dager.Select(forrige.Lonnsdag).ToArray());
            perioder.CommandTimeout = 3600;
            await perioder.ExecuteNonQueryAsync();
        }

        await KjorAsync(connection, "VACUUM ANALYZE");
        await KjorAsync(connection, "CHECKPOINT");
        await using var tell = new NpgsqlCommand("SELECT count(*) FROM trekkpalegg WHERE stoppet IS NULL", connection);
        return (long)(await tell.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// The same follow-up set-based, in one transaction: the expired orders' STOPPET versions, each month's
    /// expectations (the governing version on the pay day, at most what the case owes) with the move to the next month,
    /// and the tasks for missing remittances, each with its audit line and (stop, missing) the creditor's feed line.
    /// </summary>
    private static async Task<TimeSpan> RaaAsync(string connectionString, DateOnly idag)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var klokke = Stopwatch.StartNew();
        await using var transaksjon = await connection.BeginTransactionAsync();
        var dato = $"DATE '{idag:yyyy-MM-dd}'";
        var frist = idag;
        for (var i = 0; i < 5; i++)
        {
            frist = Domain.Regler.Frister.NesteVirkedag(frist.AddDays(1));
        }

        await KjorAsync(connection, $"""
            CREATE TEMP TABLE utlopt ON COMMIT DROP AS
            SELECT t.id, t.sak_id, v.versjon, v.belop_per_maned, v.til_dato, v.konto, v.kid
              FROM trekkpalegg t
              JOIN LATERAL (SELECT * FROM trekkpalegg_versjoner v WHERE v.trekk_id = t.id ORDER BY v.versjon DESC LIMIT 1) v ON true
             WHERE t.stoppet IS NULL AND t.regime = 'Direkte' AND v.til_dato < {dato};
            UPDATE trekkpalegg t SET stoppet = u.til_dato FROM utlopt u WHERE u.id = t.id;
            INSERT INTO trekkpalegg_versjoner (trekk_id, versjon, status, belop_per_maned, fra_dato, til_dato, konto, kid, grunn, dato)
            SELECT id, versjon + 1, 'Stoppet', belop_per_maned, til_dato, til_dato, konto, kid, 'Trekket har nådd sluttdatoen.', til_dato FROM utlopt;
            INSERT INTO saks_hendelser (sak_id, tidspunkt, utfort_av_id, utfort_av_navn, type, beskrivelse, tidligere, etter)
            SELECT sak_id, now(), NULL, 'Rå SQL', 'TREKKPALEGG_STOPPET', 'Trekkpålegg versjon ' || (versjon + 1) || ': trekket er stoppet.', NULL,
                   jsonb_build_object('trekkId', id, 'versjon', versjon + 1) FROM utlopt;
            INSERT INTO kreditor_hendelser (kreditor_id, sak_id, saksnummer, referanse, type, stadium, krav, innbetalt, dato, tidspunkt)
            SELECT s.kreditor_id, s.id, s.saksnummer, s.kreditor_referanse, 'TREKKPALEGG_STOPPET', s.stadium, s.hovedstol + s.renter + s.omkostninger, s.innbetalt, u.til_dato, now()
              FROM utlopt u JOIN saker s ON s.id = u.sak_id;
            """);
        var forste = await SkalarAsync<DateOnly?>(connection, "SELECT min(forventes_fra) FROM trekkpalegg WHERE stoppet IS NULL");
        var dager = Enumerable.Range(1, 31).ToArray();
        for (var maned = forste is { } f ? Trekkmaned.For(f) : Trekkmaned.For(idag).Neste; maned <= Trekkmaned.For(idag); maned = maned.Neste)
        {
            await using var forvent = new NpgsqlCommand("""
                CREATE TEMP TABLE forfalt ON COMMIT DROP AS
                SELECT t.id, t.sak_id, d.lonnsdag FROM trekkpalegg t JOIN unnest(@dager, @lonnsdager) AS d(dag, lonnsdag) ON d.dag = t.lonnsdag
                 WHERE t.stoppet IS NULL AND t.forventes_fra = @maned AND d.lonnsdag <= @idag;
                INSERT INTO trekkperioder (trekk_id, periode, sak_id, forventet, mottatt, lonnsdag, oppfolgingsdag)
                SELECT f.id, @periode, f.sak_id, least(v.belop_per_maned, s.hovedstol + s.renter + s.omkostninger + s.tillegg - s.innbetalt), 0, f.lonnsdag, f.lonnsdag + @oppfolging
                  FROM forfalt f
                  JOIN LATERAL (SELECT v.belop_per_maned, v.til_dato FROM trekkpalegg_versjoner v
                                 WHERE v.trekk_id = f.id AND v.status <> 'Stoppet' AND v.fra_dato <= f.lonnsdag ORDER BY v.versjon DESC LIMIT 1) v ON true
                  JOIN saker s ON s.id = f.sak_id
                 WHERE (v.til_dato IS NULL OR f.lonnsdag <= v.til_dato) AND s.hovedstol + s.renter + s.omkostninger + s.tillegg - s.innbetalt > 0;
                UPDATE trekkpalegg t SET forventes_fra = (@maned + interval '1 month')::date FROM forfalt f WHERE f.id = t.id;
                DROP TABLE forfalt;
                """, connection);
            forvent.Parameters.AddWithValue("maned", maned.Forste);
            forvent.Parameters.AddWithValue("periode", maned.ToString());
            forvent.Parameters.AddWithValue("idag", idag);
            forvent.Parameters.AddWithValue("oppfolging", Trekkmaned.DagerTilOppfolging);
            forvent.Parameters.AddWithValue("dager", dager);
            forvent.Parameters.AddWithValue("lonnsdager", dager.Select(maned.Lonnsdag).ToArray());
            forvent.CommandTimeout = 3600;
            await forvent.ExecuteNonQueryAsync();
        }

        await KjorAsync(connection, $"""
            CREATE TEMP TABLE kandidater ON COMMIT DROP AS
            SELECT p.trekk_id, p.periode, p.sak_id, p.forventet, p.mottatt, t.orgnr, t.regime, t.skyldner_id
              FROM trekkperioder p JOIN trekkpalegg t ON t.id = p.trekk_id
             WHERE p.mangel_meldt IS NULL AND p.oppfolgingsdag < {dato} AND p.mottatt < p.forventet;
            UPDATE trekkperioder p SET mangel_meldt = {dato} FROM kandidater m WHERE m.trekk_id = p.trekk_id AND m.periode = p.periode;
            -- As the app (Trekkoppfolging.MeldManglerAsync): no task for a closed case, nor for a coordinated order whose
            -- debtor's coordinated trekk brought in the month's expectation across the debtor's orders (the kravkø).
            ANALYZE kandidater;
            CREATE TEMP TABLE samordnet_mottatt ON COMMIT DROP AS
            SELECT k.skyldner_id, k.periode, sum(p2.mottatt) AS mottatt
              FROM (SELECT DISTINCT skyldner_id, periode FROM kandidater WHERE regime = 'Samordnet') k
              JOIN trekkpalegg t2 ON t2.skyldner_id = k.skyldner_id AND t2.regime = 'Samordnet'
              JOIN trekkperioder p2 ON p2.trekk_id = t2.id AND p2.periode = k.periode
             GROUP BY k.skyldner_id, k.periode;
            CREATE TEMP TABLE mangler ON COMMIT DROP AS
            SELECT k.trekk_id, k.periode, k.sak_id, k.forventet, k.mottatt, k.orgnr
              FROM kandidater k JOIN saker s ON s.id = k.sak_id
              LEFT JOIN samordnet_mottatt sm ON k.regime = 'Samordnet' AND sm.skyldner_id = k.skyldner_id AND sm.periode = k.periode
             WHERE s.stadium NOT IN ('Avvist', 'Henlagt', 'Avsluttet') AND COALESCE(sm.mottatt, -1) < k.forventet;
            INSERT INTO frister (sak_id, type, dato, beskrivelse, oppfylt)
            SELECT sak_id, 'TREKKINNBETALING', DATE '{frist:yyyy-MM-dd}', 'Trekket for ' || periode || ' er ikke innbetalt fra ' || orgnr || '.', false FROM mangler;
            INSERT INTO saks_hendelser (sak_id, tidspunkt, utfort_av_id, utfort_av_navn, type, beskrivelse, tidligere, etter)
            SELECT sak_id, now(), NULL, 'Rå SQL', 'TREKK_MANGLER', 'Trekket for ' || periode || ': innbetalt ' || mottatt || ' av ' || forventet || '.', NULL,
                   jsonb_build_object('trekkId', trekk_id, 'periode', periode, 'forventet', forventet, 'mottatt', mottatt) FROM mangler;
            INSERT INTO kreditor_hendelser (kreditor_id, sak_id, saksnummer, referanse, type, stadium, krav, innbetalt, dato, tidspunkt)
            SELECT s.kreditor_id, s.id, s.saksnummer, s.kreditor_referanse, 'TREKK_MANGLER', s.stadium, s.hovedstol + s.renter + s.omkostninger, s.innbetalt, {dato}, now()
              FROM mangler m JOIN saker s ON s.id = m.sak_id;
            """);
        await transaksjon.CommitAsync();
        return klokke.Elapsed;
    }

    private sealed record Tall(long Perioder, long Stoppet, long Oppgaver, long Revisjon, long Feed)
    {
        public static Tall operator -(Tall a, Tall b) => new(a.Perioder - b.Perioder, a.Stoppet - b.Stoppet, a.Oppgaver - b.Oppgaver, a.Revisjon - b.Revisjon, a.Feed - b.Feed);

        public override string ToString() => $"{Perioder:N0} måneder forventet, {Stoppet:N0} stoppet, {Oppgaver:N0} oppgaver, {Revisjon:N0} revisjonslinjer, {Feed:N0} linjer til kreditorene";
    }

    private static async Task<Tall> TellAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM trekkperioder),
                   (SELECT count(*) FROM trekkpalegg_versjoner WHERE status = 'Stoppet'),
                   (SELECT count(*) FROM frister WHERE type = 'TREKKINNBETALING'),
                   (SELECT count(*) FROM saks_hendelser WHERE type IN ('TREKKPALEGG_STOPPET', 'TREKK_MANGLER')),
                   (SELECT count(*) FROM kreditor_hendelser WHERE type IN ('TREKKPALEGG_STOPPET', 'TREKK_MANGLER'))
            """, connection);
        command.CommandTimeout = 600;
        await using var leser = await command.ExecuteReaderAsync();
        await leser.ReadAsync();
        return new Tall(leser.GetInt64(0), leser.GetInt64(1), leser.GetInt64(2), leser.GetInt64(3), leser.GetInt64(4));
    }

    private static Task<T> SkalarAsync<T>(NpgsqlConnection connection, string sql) => BenchDatabase.SkalarAsync<T>(connection, sql, 600);

    private static async Task KjorAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 3600 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task KjorAdminAsync(string admin, string sql)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await KjorAsync(connection, sql);
    }

    [GeneratedRegex(@"Fulgt opp på ([0-9.]+) s")]
    private static partial Regex Fulgt();
}
