using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Namsmannen.Application.Data.Statistikk;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;
using Npgsql;

namespace Namsmannen.Benchmarks;

/// <summary>
/// Issue 20's soak: two app instances (Release, Production settings, scheduler and workers on) on one database seeded
/// with the demo office and N generated cases, driven for some minutes by a bounded load generator: batch intake,
/// creditor feed polling, the caseworker's queue and case pages, the dashboard, employer polling and the calculators,
/// each request to the instances in turn. Per endpoint: requests/s, p50/p95/p99, errors. Then every begjæring that got
/// MOTTATT must exist exactly once, and the dashboard's summaries must equal a live count.
/// Ends with <c>soak: N requests, E errors, caseworker p95 X ms, intake R rows/s</c>.
/// </summary>
public static class SoakBenchmark
{
    private const int Batch = 100;

    public static async Task<int> RunAsync(Options options)
    {
        var minutter = options.Int("minutes", 10);
        var saker = options.Int("cases", 20_000);
        var web = options.String("web") ?? Path.Combine("src", "Namsmannen.Web", "bin", "Release", "net10.0", "Namsmannen.Web.dll");
        Console.WriteLine($"soak: {minutter} min, 2 app-instanser, {saker:N0} genererte saker, {Environment.ProcessorCount} kjerner");
        var database = await BenchDatabase.CreateAsync("bench_soak");
        try
        {
            var (seedTid, _) = await Appkommando.KjorAsync(web, database.ConnectionString, "seed", "--cases", saker.ToString(CultureInfo.InvariantCulture));
            Console.WriteLine($"  seed: {seedTid.TotalSeconds:0} s");
            var (kreditorNokkel, arbeidsgiverNokkel) = await NoklerAsync(database);
            var saksnumre = await SaksnumreAsync(database.ConnectionString);

            // The load generator is bounded: the quotas are set above its rate, so a 429 would be an error here.
            var innstillinger = new Dictionary<string, string>
            {
                ["Api__Grenser__Burst"] = "100000",
                ["Api__Grenser__ForesporslerPerSekund"] = "100000",
                ["Api__Grenser__Anonym__Burst"] = "100000",
                ["Api__Grenser__Anonym__ForesporslerPerSekund"] = "100000",
                ["Innlogging__Burst"] = "100000",
            };
            await using var a = await WebApp.StartAsync(web, database.ConnectionString, innstillinger);
            await using var b = await WebApp.StartAsync(web, database.ConnectionString, innstillinger);
            Uri[] instanser = [a.Address, b.Address];
            Console.WriteLine($"  instanser: {a.Address} og {b.Address}");

            var maling = new ConcurrentDictionary<string, ConcurrentBag<double>>();
            var feil = new ConcurrentDictionary<string, int>();
            var feilmeldinger = new ConcurrentQueue<string>();
            var mottatt = new ConcurrentBag<string>();
            var slutt = DateTime.UtcNow.AddMinutes(minutter);
            var klokke = Stopwatch.StartNew();

            async Task Mal(string endepunkt, Func<Task<HttpResponseMessage>> kall, Func<HttpResponseMessage, Task>? etter = null)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var svar = await kall();
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    if ((int)svar.StatusCode >= 400)
                    {
                        feil.AddOrUpdate(endepunkt, 1, (_, n) => n + 1);
                        feilmeldinger.Enqueue($"{endepunkt}: {(int)svar.StatusCode} {Kort(await svar.Content.ReadAsStringAsync())}");
                        return;
                    }

                    maling.GetOrAdd(endepunkt, _ => []).Add(ms);
                    if (etter is not null)
                    {
                        await etter(svar);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    feil.AddOrUpdate(endepunkt, 1, (_, n) => n + 1);
                    feilmeldinger.Enqueue($"{endepunkt}: {ex.GetType().Name} {ex.Message}");
                }
            }

            HttpClient Api(Uri adresse, string nokkel)
            {
                var http = new HttpClient(new TlsProxy { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false } }) { BaseAddress = adresse, Timeout = TimeSpan.FromSeconds(60) };
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", nokkel);
                return http;
            }

            // Intake: one client sends batches of 100 back to back, to the instances in turn, as fast as they take them.
            var data = IngestBenchmark.Generer(1_000_000, "SOAK");
            var innhentet = 0;
            var inntak = Task.Run(async () =>
            {
                var klienter = instanser.Select(i => Api(i, kreditorNokkel)).ToArray();
                for (var n = 0; DateTime.UtcNow < slutt && (n + 1) * Batch <= data.Count; n++)
                {
                    var kropp = JsonSerializer.SerializeToUtf8Bytes(new { begjaringer = data.Skip(n * Batch).Take(Batch) }, IngestBenchmark.JsonOptions);
                    await Mal("POST /api/v1/begjaringer/batch", () => klienter[n % 2].PostAsync("/api/v1/begjaringer/batch", Json(kropp)), async svar =>
                    {
                        using var dok = JsonDocument.Parse(await svar.Content.ReadAsStringAsync());
                        foreach (var k in dok.RootElement.GetProperty("kvitteringer").EnumerateArray().Where(k => k.GetProperty("status").GetString() == "MOTTATT"))
                        {
                            mottatt.Add(k.GetProperty("referanse").GetString()!);
                        }

                        Interlocked.Add(ref innhentet, Batch);
                    });
                }
            });

            // The others: a few virtual users each, with a short pause between requests (a bounded rate).
            var brukere = new List<Task>();
            for (var v = 0; v < 2; v++)
            {
                var nr = v;
                brukere.Add(Task.Run(async () =>
                {
                    var kari = await DashboardBenchmark.LoggInnAsync(instanser[nr % 2], "saksbehandler@namsmannen.test");
                    var tilfeldig = new Random(nr);
                    while (DateTime.UtcNow < slutt)
                    {
                        await Mal("GET /saksbehandling", () => kari.GetAsync("/saksbehandling?Data.Visning=Alle"));
                        await Mal("GET /saksbehandling/saker/{nr}", () => kari.GetAsync($"/saksbehandling/saker/{saksnumre[tilfeldig.Next(saksnumre.Count)]}"));
                        await Task.Delay(100);
                    }
                }));
            }

            brukere.Add(Task.Run(async () =>
            {
                var leder = await DashboardBenchmark.LoggInnAsync(instanser[1], "leder@namsmannen.test");
                while (DateTime.UtcNow < slutt)
                {
                    await Mal("GET /leder", () => leder.GetAsync("/leder"));
                    await Task.Delay(500);
                }
            }));
            brukere.Add(Task.Run(async () =>
            {
                var klienter = instanser.Select(i => Api(i, kreditorNokkel)).ToArray();
                var etter = 0L;
                for (var n = 0; DateTime.UtcNow < slutt; n++)
                {
                    await Mal("GET /api/v1/hendelser", () => klienter[n % 2].GetAsync($"/api/v1/hendelser?etter={etter}&antall=500"), async svar =>
                    {
                        using var dok = JsonDocument.Parse(await svar.Content.ReadAsStringAsync());
                        etter = dok.RootElement.GetProperty("neste").GetInt64();
                    });
                    await Task.Delay(250);
                }
            }));
            brukere.Add(Task.Run(async () =>
            {
                var klienter = instanser.Select(i => Api(i, arbeidsgiverNokkel)).ToArray();
                var etter = 0L;
                for (var n = 0; DateTime.UtcNow < slutt; n++)
                {
                    await Mal("GET /api/v1/arbeidsgiver/trekkpalegg", () => klienter[n % 2].GetAsync($"/api/v1/arbeidsgiver/trekkpalegg?etter={etter}&antall=100"), async svar =>
                    {
                        using var dok = JsonDocument.Parse(await svar.Content.ReadAsStringAsync());
                        etter = dok.RootElement.GetProperty("neste").GetInt64();
                    });
                    await Task.Delay(500);
                }
            }));
            brukere.Add(Task.Run(async () =>
            {
                var klienter = instanser.Select(i => new HttpClient(new TlsProxy { InnerHandler = new HttpClientHandler() }) { BaseAddress = i }).ToArray();
                var kropp = Encoding.UTF8.GetBytes("""{"steg":"utlegg","dato":"2026-06-01"}""");
                for (var n = 0; DateTime.UtcNow < slutt; n++)
                {
                    await Mal("POST /api/v1/beregninger/rettsgebyr", () => klienter[n % 2].PostAsync("/api/v1/beregninger/rettsgebyr", Json(kropp)));
                    await Task.Delay(200);
                }
            }));

            await Task.WhenAll(brukere.Append(inntak));
            var varighet = klokke.Elapsed;

            Console.WriteLine($"  {"endepunkt",-40} {"antall",8} {"per s",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"feil",5}");
            foreach (var endepunkt in maling.Keys.Union(feil.Keys).Order(StringComparer.Ordinal))
            {
                var tider = maling.TryGetValue(endepunkt, out var t) ? t.Order().ToArray() : [];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {endepunkt,-40} {tider.Length,8} {tider.Length / varighet.TotalSeconds,7:0.0} {P(tider, 0.50),8:0.0} {P(tider, 0.95),8:0.0} {P(tider, 0.99),8:0.0} {feil.GetValueOrDefault(endepunkt),5}"));
            }

            foreach (var melding in feilmeldinger.Take(10))
            {
                Console.WriteLine("  FEIL " + melding);
            }

            // Exactly once: every MOTTATT receipt is one case, and no referanse is two.
            await using var tilkobling = new NpgsqlConnection(database.ConnectionString);
            await tilkobling.OpenAsync();
            var lagret = await BenchDatabase.SkalarAsync<long>(tilkobling, "SELECT count(*) FROM saker WHERE kreditor_referanse LIKE 'SOAK-%'");
            var doble = await BenchDatabase.SkalarAsync<long>(tilkobling, "SELECT count(*) FROM (SELECT kreditor_referanse FROM saker WHERE kreditor_referanse LIKE 'SOAK-%' GROUP BY kreditor_id, kreditor_referanse HAVING count(*) > 1) d");
            var mottatte = mottatt.Distinct().Count();
            var eksakt = lagret == mottatte && mottatte == mottatt.Count && doble == 0;
            Console.WriteLine($"  nøyaktig én gang: {mottatte:N0} MOTTATT, {lagret:N0} saker lagret, {doble} referanser to ganger: {(eksakt ? "ok" : "FEIL")}");

            // The summaries equal a live count, once the pending changes are folded (by the instances' own worker).
            var like = false;
            for (var forsok = 0; forsok < 60 && !like; forsok++)
            {
                // The same lines in any order (a GROUP BY gives no order).
                var live = (await Sammendrag.SakerAsync(tilkobling, AlleKontorer, Sammendrag.Kilde.Live, default)).Select(r => JsonSerializer.Serialize(r)).Order(StringComparer.Ordinal);
                var sammendrag = (await Sammendrag.SakerAsync(tilkobling, AlleKontorer, Sammendrag.Kilde.Sammendrag, default)).Select(r => JsonSerializer.Serialize(r)).Order(StringComparer.Ordinal);
                like = live.SequenceEqual(sammendrag);
                if (!like)
                {
                    await Task.Delay(1000);
                }
            }

            Console.WriteLine($"  sammendragene er lik en levende telling: {(like ? "ok" : "FEIL")}");
            var saksbehandler = maling.TryGetValue("GET /saksbehandling/saker/{nr}", out var sider) ? P(sider.Order().ToArray(), 0.95) : double.NaN;
            var antall = maling.Values.Sum(m => m.Count) + feil.Values.Sum();
            var feilAntall = feil.Values.Sum();
            var rate = innhentet / varighet.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"soak: {antall} requests, {feilAntall} errors, caseworker p95 {saksbehandler:0.0} ms, intake {rate:0} rows/s"));
            return feilAntall == 0 && eksakt && like ? 0 : 1;
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("NAMSMANNEN_BENCH_KEEP") != "1")
            {
                await database.DropAsync();
                database.Cluster?.Stop();
            }
        }
    }

    private static readonly string[] AlleKontorer = [.. Namsmannen.Domain.Saker.Kontorinndeling.Alle.Select(k => k.Kode)];

    private static ByteArrayContent Json(byte[] kropp)
    {
        var innhold = new ByteArrayContent(kropp);
        innhold.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return innhold;
    }

    private static double P(double[] sortert, double p) => sortert.Length == 0 ? double.NaN : sortert[Math.Min(sortert.Length - 1, (int)Math.Ceiling(p * sortert.Length) - 1)];

    private static string Kort(string tekst) => tekst.Length > 200 ? tekst[..200] : tekst;

    /// <summary>A fresh API key for the demo creditor and one for the demo employer (the demo's own keys are refused outside Development).</summary>
    private static async Task<(string Kreditor, string Arbeidsgiver)> NoklerAsync(BenchDatabase database)
    {
        await using var db = database.CreateDbContext();
        var kreditor = db.Users.Where(u => u.Email == "kreditor@namsmannen.test").Select(u => u.KreditorId!.Value).Single();
        var (nokkel, prefiks, hash) = ApiNokkelformat.Lag();
        db.ApiNokler.Add(new Application.Data.Portal.ApiNokkel { Id = Guid.CreateVersion7(), KreditorId = kreditor, Navn = "Soak", Prefiks = prefiks, Hash = hash, Opprettet = DateTimeOffset.UtcNow, OpprettetAvNavn = "Soak" });
        var (arbeidsgiver, aPrefiks, aHash) = ApiNokkelformat.Lag();
        db.ArbeidsgiverNokler.Add(Application.Features.Trekkordning.Arbeidsgivernokler.NyRad(DemoSeeder.Arbeidsgiver, "Soak", aPrefiks, aHash, DateTimeOffset.UtcNow, "Soak"));
        await db.SaveChangesAsync();
        return (nokkel, arbeidsgiver);
    }

    private static async Task<List<string>> SaksnumreAsync(string connectionString)
    {
        await using var tilkobling = new NpgsqlConnection(connectionString);
        await tilkobling.OpenAsync();
        await using var kommando = new NpgsqlCommand("SELECT saksnummer FROM saker WHERE kontor = 'OSLO' ORDER BY md5(id::text) LIMIT 500", tilkobling);
        var liste = new List<string>();
        await using var leser = await kommando.ExecuteReaderAsync();
        while (await leser.ReadAsync())
        {
            liste.Add(leser.GetString(0));
        }

        return liste;
    }
}
