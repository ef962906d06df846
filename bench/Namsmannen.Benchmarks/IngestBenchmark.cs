using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;
using Npgsql;
using NpgsqlTypes;

namespace Namsmannen.Benchmarks;

/// <summary>
/// Issue 5's ingest benchmark. On one fresh database in one run:
/// 1. the API: N begjæringer as JSON batches of 1 000 through the running app (API key, rate limiter, full validation,
///    idempotency, audit log and status feed), by a few concurrent clients; every receipt must be MOTTATT;
/// 2. a replay of the same batches, which must create nothing (every receipt DUPLIKAT);
/// 3. a raw binary COPY of the same rows into the same table (saker), for another creditor.
/// Ends with: <c>ingest: api N rows/s, copy M rows/s, ratio R</c>.
/// </summary>
public static class IngestBenchmark
{
    private const int Batch = 1000;

    public static async Task<int> RunAsync(Options options)
    {
        var rows = options.Int("rows", 20_000);
        var clients = options.Int("clients", 2);
        var web = options.String("web") ?? Path.Combine("src", "Namsmannen.Web", "bin", "Release", "net10.0", "Namsmannen.Web.dll");

        Console.WriteLine($"ingest: {rows} begjæringer, batcher på {Batch}, {clients} samtidige klienter, {Environment.ProcessorCount} kjerner");
        var database = await BenchDatabase.CreateAsync("bench_ingest");
        Console.WriteLine($"  database: {database.Name} (PostgreSQL {await database.ServerVersionAsync()})");
        try
        {
            var (apiKreditor, copyKreditor, oppvarmingKreditor, nokkel) = await OpprettKreditorerAsync(database);
            var data = Generer(rows);
            var bodies = data.Chunk(Batch).Select(chunk => JsonSerializer.SerializeToUtf8Bytes(new { begjaringer = chunk }, JsonOptions)).ToList();
            Console.WriteLine($"  data: {rows} begjæringer mot {data.Select(d => d.Skyldner.Identifikator).Distinct().Count()} skyldnere, {bodies.Sum(b => b.Length) / 1024 / 1024.0:0.0} MB JSON");

            await using var app = await WebApp.StartAsync(web, database.ConnectionString, new Dictionary<string, string>
            {
                // The benchmark measures throughput, not the per-client limit (which a test checks).
                ["Api__Grenser__Burst"] = "100000",
                ["Api__Grenser__ForesporslerPerSekund"] = "100000",
            });
            using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromMinutes(5) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", nokkel);

            // Warm-up, so both sides are measured in steady state (tiered JIT done, pools filled), as a server runs:
            // 5 000 begjæringer under other referanser through the API, and 5 000 rows by COPY for a third creditor.
            var oppvarming = Generer(5000, "OPPVARMING");
            await SendAlleAsync(http, oppvarming.Chunk(Batch).Select(chunk => JsonSerializer.SerializeToUtf8Bytes(new { begjaringer = chunk }, JsonOptions)).ToList(), clients);
            await CopyAsync(database, oppvarming, oppvarmingKreditor);

            if (Environment.GetEnvironmentVariable("NAMSMANNEN_BENCH_PAUSE") is { Length: > 0 } ventefil)
            {
                // For profiling: attach a profiler to the app, then create the file to go on.
                Console.WriteLine($"  appens prosess-id: {app.Pid}; venter på {ventefil}");
                while (!File.Exists(ventefil))
                {
                    await Task.Delay(200);
                }
            }

            var cpuFor = app.Cpu;
            var pgFor = PostgresCpu();
            var (apiTid, apiKvitteringer) = await SendAlleAsync(http, bodies, clients);
            var appCpu = app.Cpu - cpuFor;
            var pgCpu = PostgresCpu() - pgFor;
            var apiMottatt = apiKvitteringer.Count(k => k == "MOTTATT");
            long saker = await TellAsync(database, "SELECT count(*) FROM saker WHERE kreditor_id = @k AND kreditor_referanse LIKE 'BENCH-%'", apiKreditor);
            long lagredeKvitteringer = await TellAsync(database, "SELECT count(*) FROM innsendingsdeler d JOIN innsendinger i ON i.id = d.innsending_id, jsonb_array_elements(d.kvitteringer) k WHERE i.kreditor_id = @k AND k->>'status' = 'MOTTATT' AND k->>'referanse' LIKE 'BENCH-%'", apiKreditor);
            var apiRate = rows / apiTid.TotalSeconds;
            Console.WriteLine($"  api:    {apiMottatt} MOTTATT av {rows} på {apiTid.TotalSeconds:0.00} s = {apiRate:0} rader/s (CPU-tid: appen {appCpu.TotalSeconds:0.00} s, PostgreSQL {pgCpu.TotalSeconds:0.00} s); saker for kreditoren: {saker}; lagrede MOTTATT-kvitteringer: {lagredeKvitteringer}");

            var (replayTid, replayKvitteringer) = await SendAlleAsync(http, bodies, clients);
            long etterReplay = await TellAsync(database, "SELECT count(*) FROM saker WHERE kreditor_id = @k AND kreditor_referanse LIKE 'BENCH-%'", apiKreditor);
            Console.WriteLine($"  replay: {replayKvitteringer.Count(k => k == "DUPLIKAT")} DUPLIKAT av {rows} på {replayTid.TotalSeconds:0.00} s; nye saker: {etterReplay - saker}");

            var copyTid = await CopyAsync(database, data, copyKreditor);
            var copyRate = rows / copyTid.TotalSeconds;
            Console.WriteLine($"  copy:   {rows} rader på {copyTid.TotalSeconds:0.00} s = {copyRate:0} rader/s (binær COPY inn i saker, samme kolonner, og kontoens åpningsposter)");

            Console.WriteLine($"  kontroll av én begjæring (BegjaringLeser.Les, målt alene i benchmark-prosessen): {MalKontroll(data):0.0} µs");

            // One IMediator.Send per batch of 1 000 (SendBegjaringer.Command): its dispatch against the app's CPU per batch.
            var (send, direkte) = await MediatRDispatch.MalAsync();
            var cpuPerBatchNs = appCpu.TotalNanoseconds / Math.Max(1, bodies.Count);
            Console.WriteLine($"  MediatR 5.1.0-dispatch (målt alene i benchmark-prosessen): {send:0} ns per Send mot {direkte:0} ns direkte; "
                + $"{send - direkte:0} ns ekstra per batch er {(send - direkte) / cpuPerBatchNs * 100:0.00000} % av appens CPU-tid per batch ({cpuPerBatchNs / 1e6:0.0} ms)");

            var ok = apiMottatt == rows && saker == rows && lagredeKvitteringer == rows && etterReplay == saker && replayKvitteringer.All(k => k == "DUPLIKAT");
            if (!ok)
            {
                Console.WriteLine("  FEIL: antall saker eller kvitteringer stemmer ikke (se over).");
            }

            var ratio = apiRate / copyRate;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest: api {apiRate:0} rows/s, copy {copyRate:0} rows/s, ratio {ratio:0.00}"));
            return ok ? 0 : 1;
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("NAMSMANNEN_BENCH_KEEP") != "1")
            {
                await database.DropAsync();
                // The benchmark's own cluster is not left running in the background.
                database.Cluster?.Stop();
            }
        }
    }

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    internal sealed record Skyldner(string Identifikator, string Navn, string Adresse, string Postnummer, string Poststed);

    internal sealed record Grunnlag(string Type, DateOnly? Forkynt, DateOnly? Oppfyllelsesfrist, DateOnly? Forfall);

    internal sealed record Krav(decimal Hovedstol, decimal Renter, decimal Omkostninger);

    internal sealed record Begjaring(string Referanse, string Type, Skyldner Skyldner, Grunnlag Grunnlag, Krav Krav, DateOnly? VarselSendt);

    private static async Task<(TimeSpan Tid, List<string> Statuser)> SendAlleAsync(HttpClient http, List<byte[]> bodies, int clients)
    {
        var statuser = new string[bodies.Count][];
        var neste = -1;
        var klokke = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref neste)) < bodies.Count)
            {
                statuser[i] = await SendAsync(http, bodies[i]);
            }
        }));
        return (klokke.Elapsed, statuser.SelectMany(s => s).ToList());
    }

    private static async Task<string[]> SendAsync(HttpClient http, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync("/api/v1/begjaringer/batch", content);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Batch feilet med {(int)response.StatusCode}: {text}");
        }

        // Counted by scanning, not parsing, so the client takes little CPU from the server on the same machine; the
        // stored cases and receipts are counted in the database afterwards.
        var statuser = new List<string>(Batch);
        foreach (var status in new[] { "MOTTATT", "AVVIST", "DUPLIKAT" })
        {
            var nal = $"\"status\":\"{status}\"";
            for (var i = text.IndexOf(nal, StringComparison.Ordinal); i >= 0; i = text.IndexOf(nal, i + nal.Length, StringComparison.Ordinal))
            {
                statuser.Add(status);
            }
        }

        return statuser.ToArray();
    }

    private static async Task<(Guid Api, Guid Copy, Guid Oppvarming, string Nokkel)> OpprettKreditorerAsync(BenchDatabase database)
    {
        await using var db = database.CreateDbContext();
        var orgnr = Enumerable.Range(91234560, 100).Select(n => Organisasjonsnummer.Create(n.ToString(CultureInfo.InvariantCulture))).OfType<Organisasjonsnummer>().Take(3).ToList();
        var api = new Kreditor(Guid.CreateVersion7(), "Benk Inkasso AS", orgnr[0], false);
        var copy = new Kreditor(Guid.CreateVersion7(), "Benk Kopi AS", orgnr[1], false);
        var oppvarming = new Kreditor(Guid.CreateVersion7(), "Benk Oppvarming AS", orgnr[2], false);
        db.Kreditorer.AddRange(api, copy, oppvarming);
        var (nokkel, prefiks, hash) = ApiNokkelformat.Lag();
        db.ApiNokler.Add(new ApiNokkel { Id = Guid.CreateVersion7(), KreditorId = api.Id, Navn = "Benchmark", Prefiks = prefiks, Hash = hash, Opprettet = DateTimeOffset.UtcNow, OpprettetAvNavn = "Benchmark" });
        await db.SaveChangesAsync();
        return (api.Id, copy.Id, oppvarming.Id, nokkel);
    }

    /// <summary>Valid, enforceable begjæringer as an inkasso company sends them: most utlegg, some pant; debtors recur.</summary>
    internal static List<Begjaring> Generer(int antall, string prefiks = "BENCH")
    {
        var faker = new Faker("nb_NO") { Random = new Randomizer(prefiks.GetHashCode(StringComparison.Ordinal) & 0x7fff) };
        var idag = DateOnly.FromDateTime(DateTime.UtcNow);
        var brukt = new HashSet<string>();
        var skyldnere = new List<Skyldner>();
        for (var i = 0; i < Math.Max(1, antall * 6 / 10); i++)
        {
            Fodselsnummer? fnr = null;
            while (fnr is null || !brukt.Add(fnr.Verdi))
            {
                fnr = Fodselsnummer.Create(DateOnly.FromDateTime(faker.Date.Between(new DateTime(1945, 1, 1), new DateTime(2006, 12, 31))), faker.Random.Int(0, 999));
            }

            skyldnere.Add(new Skyldner(fnr.Verdi, faker.Name.FullName(), faker.Address.StreetAddress(), faker.Random.Int(1, 9999).ToString("0000", CultureInfo.InvariantCulture), faker.Address.City()));
        }

        var begjaringer = new List<Begjaring>(antall);
        for (var i = 0; i < antall; i++)
        {
            var forfall = idag.AddDays(-faker.Random.Int(40, 300));
            var varsel = forfall.AddDays(faker.Random.Int(0, 20));
            var (type, grunnlag) = faker.Random.WeightedRandom(
                [
                    ("utlegg", new Grunnlag("skriftstykke", null, null, forfall)),
                    ("utlegg", new Grunnlag("eksigibelt_gjeldsbrev", null, null, forfall)),
                    ("utlegg", new Grunnlag("dom", forfall.AddDays(-60), null, null)),
                    ("tvangssalg", new Grunnlag("avtalepant", null, null, forfall)),
                    ("tilbakelevering", new Grunnlag("salgspant", null, null, forfall)),
                ],
                [0.5f, 0.15f, 0.15f, 0.12f, 0.08f]);
            var hovedstol = Math.Round(faker.Random.Decimal(500m, 250_000m), 2);
            begjaringer.Add(new Begjaring(
                $"{prefiks}-{i + 1:000000}",
                type,
                faker.PickRandom(skyldnere),
                grunnlag,
                new Krav(hovedstol, Math.Round(hovedstol * faker.Random.Decimal(0.01m, 0.15m), 2), faker.PickRandom(350m, 700m, 1050m, 1400m)),
                grunnlag.Type == "dom" ? null : varsel));
        }

        return begjaringer;
    }

    /// <summary>CPU time used so far by every postgres process on this machine (Linux /proc), to tell database cost from app cost.</summary>
    private static TimeSpan PostgresCpu()
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "comm")).Trim() != "postgres")
                {
                    continue;
                }

                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var felt = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(felt[11], CultureInfo.InvariantCulture) + long.Parse(felt[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // the process ended
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>The per-item check alone, warm (second pass), in microseconds per begjæring.</summary>
    private static double MalKontroll(List<Begjaring> data)
    {
        var idag = DateOnly.FromDateTime(DateTime.UtcNow);
        var rader = data.Select(b => new Application.Features.Begjaringer.Begjaringsrad
        {
            Referanse = b.Referanse,
            Type = b.Type,
            SkyldnerIdentifikator = b.Skyldner.Identifikator,
            SkyldnerNavn = b.Skyldner.Navn,
            SkyldnerAdresse = b.Skyldner.Adresse,
            SkyldnerPostnummer = b.Skyldner.Postnummer,
            SkyldnerPoststed = b.Skyldner.Poststed,
            GrunnlagType = b.Grunnlag.Type,
            GrunnlagForkynt = b.Grunnlag.Forkynt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            GrunnlagForfall = b.Grunnlag.Forfall?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Hovedstol = b.Krav.Hovedstol.ToString(CultureInfo.InvariantCulture),
            Renter = b.Krav.Renter.ToString(CultureInfo.InvariantCulture),
            Omkostninger = b.Krav.Omkostninger.ToString(CultureInfo.InvariantCulture),
            VarselSendt = b.VarselSendt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }).ToList();
        var klokke = new Stopwatch();
        for (var runde = 0; runde < 2; runde++)
        {
            klokke.Restart();
            foreach (var rad in rader)
            {
                Application.Features.Begjaringer.BegjaringLeser.Les(rad, idag);
            }
        }

        return klokke.Elapsed.TotalMicroseconds / rader.Count;
    }

    private static async Task<long> TellAsync(BenchDatabase database, string sql, Guid kreditorId)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("k", kreditorId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The same rows into the same table by binary COPY: the fastest way PostgreSQL takes rows in.</summary>
    private static async Task<TimeSpan> CopyAsync(BenchDatabase database, List<Begjaring> data, Guid kreditorId)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        // Prepared before the clock starts: the debtors' ids (the API run created them) and saksnummer.
        var skyldnerIder = new Dictionary<string, Guid>();
        await using (var command = new NpgsqlCommand("SELECT identifikator, id FROM skyldnere", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                skyldnerIder[reader.GetString(0)] = reader.GetGuid(1);
            }
        }

        var lopenumre = new List<long>(data.Count);
        await using (var command = new NpgsqlCommand($"SELECT nextval('saksnummer_lopenummer') FROM generate_series(1, {data.Count})", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lopenumre.Add(reader.GetInt64(0));
            }
        }

        var idag = DateOnly.FromDateTime(DateTime.UtcNow);
        var ider = new List<Guid>(data.Count);
        var klokke = Stopwatch.StartNew();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY saker (id, saksnummer, kreditor_id, skyldner_id, kontor, type, stadium, hovedstol, renter, omkostninger, innbetalt, kreditor_referanse, mottatt, " +
                "grunnlag_type, grunnlag_forkynt, grunnlag_oppfyllelsesfrist, grunnlag_forfall, varsel_sendt, innsendt_skyldnernavn) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < data.Count; i++)
                {
                    var b = data[i];
                    await copy.StartRowAsync();
                    var id = Guid.CreateVersion7();
                    ider.Add(id);
                    await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"{idag.Year % 100:00}-{lopenumre[i]:000000}"), NpgsqlDbType.Varchar);
                    await copy.WriteAsync(kreditorId, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(skyldnerIder[b.Skyldner.Identifikator], NpgsqlDbType.Uuid);
                    await copy.WriteAsync(Kontorinndeling.Finn(b.Skyldner.Postnummer).Kode, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(b.Type switch { "utlegg" => "Utlegg", "tvangssalg" => "Tvangssalg", _ => "Tilbakelevering" }, NpgsqlDbType.Varchar);
                    await copy.WriteAsync("BegjaringMottatt", NpgsqlDbType.Varchar);
                    await copy.WriteAsync(b.Krav.Hovedstol, NpgsqlDbType.Numeric);
                    await copy.WriteAsync(b.Krav.Renter, NpgsqlDbType.Numeric);
                    await copy.WriteAsync(b.Krav.Omkostninger, NpgsqlDbType.Numeric);
                    await copy.WriteAsync(0m, NpgsqlDbType.Numeric);
                    await copy.WriteAsync(b.Referanse, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(idag, NpgsqlDbType.Date);
                    await copy.WriteAsync(GrunnlagNavn(b.Grunnlag.Type), NpgsqlDbType.Varchar);
                    await SkrivDatoAsync(copy, b.Grunnlag.Forkynt);
                    await SkrivDatoAsync(copy, b.Grunnlag.Oppfyllelsesfrist);
                    await SkrivDatoAsync(copy, b.Grunnlag.Forfall);
                    await SkrivDatoAsync(copy, b.VarselSendt);
                    await copy.WriteAsync(b.Skyldner.Navn, NpgsqlDbType.Varchar);
                }

                await copy.CompleteAsync();
            }

            // The ledger's opening entries, as intake writes them (issue 16): one debit per component that is not zero.
            await using (var copy = await connection.BeginBinaryImportAsync("COPY kontoposter (sak_id, valuteringsdato, bokforingsdato, type, komponent, belop) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < data.Count; i++)
                {
                    foreach (var (komponent, belop) in new[] { ("Hovedstol", data[i].Krav.Hovedstol), ("Renter", data[i].Krav.Renter), ("Omkostninger", data[i].Krav.Omkostninger) })
                    {
                        if (belop == 0m)
                        {
                            continue;
                        }

                        await copy.StartRowAsync();
                        await copy.WriteAsync(ider[i], NpgsqlDbType.Uuid);
                        await copy.WriteAsync(idag, NpgsqlDbType.Date);
                        await copy.WriteAsync(idag, NpgsqlDbType.Date);
                        await copy.WriteAsync("Krav", NpgsqlDbType.Varchar);
                        await copy.WriteAsync(komponent, NpgsqlDbType.Varchar);
                        await copy.WriteAsync(belop, NpgsqlDbType.Numeric);
                    }
                }

                await copy.CompleteAsync();
            }

            await transaction.CommitAsync();
        }

        return klokke.Elapsed;
    }

    private static async Task SkrivDatoAsync(NpgsqlBinaryImporter copy, DateOnly? dato)
    {
        if (dato is { } d)
        {
            await copy.WriteAsync(d, NpgsqlDbType.Date);
        }
        else
        {
            await copy.WriteNullAsync();
        }
    }

    private static string GrunnlagNavn(string kode) => kode switch
    {
        "skriftstykke" => "Skriftstykke",
        "eksigibelt_gjeldsbrev" => "EksigibeltGjeldsbrev",
        "dom" => "Dom",
        "avtalepant" => "Avtalepant",
        _ => "Salgspant",
    };
}
