using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Namsmannen.Application.Features.Brevsending;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Namsmannen.Benchmarks;

/// <summary>
/// Issue 18's benchmark. N letters (10 000 by default) of every kind, in bokmål and nynorsk, each with its own amounts,
/// written by the templates, laid out as HTML and printed to PDF by <see cref="ChromiumPdfSkriver"/> exactly as the
/// outbox's worker does (at most <see cref="ChromiumPdfSkriver.Samtidige"/> at once, one browser), timed letter by
/// letter. Then, in the same run, the raw floor: a browser from the same Chromium through PuppeteerSharp printing one
/// fixed two-line page N times on as many reused pages, with no template, layout, fonts of ours or footer. Ends with
/// <c>letters: N per second, p95 X ms; raw M per second, ratio R</c>.
/// </summary>
public static class BrevBenchmark
{
    public static async Task<int> RunAsync(Options options)
    {
        var antall = options.Int("letters", 10_000);
        var chromium = options.String("chromium") ?? Environment.GetEnvironmentVariable("NAMSMANNEN_CHROMIUM") ?? "/usr/bin/chromium";
        Console.WriteLine($"letters: {antall:N0} brev, {ChromiumPdfSkriver.Samtidige} samtidige, {Environment.ProcessorCount} kjerner, {chromium}");
        var arter = Enum.GetValues<Brevart>();
        var modeller = Enumerable.Range(0, antall).Select(i => Modell(arter[i % arter.Length], i)).ToList();

        await using (var skriver = new ChromiumPdfSkriver(chromium, NullLogger<ChromiumPdfSkriver>.Instance))
        {
            await SkrivAsync(skriver, modeller[0]); // the browser's start is not a letter's cost
            var tider = new double[antall];
            long bytes = 0;
            var klokke = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, antall), new ParallelOptions { MaxDegreeOfParallelism = ChromiumPdfSkriver.Samtidige }, async (i, ct) =>
            {
                var start = Stopwatch.GetTimestamp();
                var pdf = await SkrivAsync(skriver, modeller[i]);
                tider[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                Interlocked.Add(ref bytes, pdf.Length);
                if ((i + 1) % 1_000 == 0)
                {
                    Console.WriteLine($"  {i + 1:N0} brev etter {klokke.Elapsed.TotalSeconds:0} s");
                }
            });
            klokke.Stop();
            Array.Sort(tider);
            var perSekund = antall / klokke.Elapsed.TotalSeconds;
            var p95 = tider[(int)Math.Ceiling(antall * 0.95) - 1];
            Console.WriteLine($"  app: {antall:N0} brev på {klokke.Elapsed.TotalSeconds:0.0} s, median {tider[antall / 2]:0} ms, p95 {p95:0} ms, snitt {bytes / antall / 1024:N0} kB per PDF");

            var raa = await RaaAsync(chromium, antall);
            Console.WriteLine($"  raw: {antall:N0} faste sider på {raa.TotalSeconds:0.0} s");
            var raaPerSekund = antall / raa.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"letters: {perSekund:0.0} per second, p95 {p95:0} ms; raw {raaPerSekund:0.0} per second, ratio {raaPerSekund / perSekund:0.00}"));
        }

        return 0;
    }

    private static Task<byte[]> SkrivAsync(ChromiumPdfSkriver skriver, Brevmodell modell)
    {
        var innhold = Brevmaler.Skriv(modell);
        return skriver.SkrivAsync(BrevHtml.Skriv(modell, innhold), $"{innhold.Tittel} – saksnummer {modell.Saksnummer}", CancellationToken.None);
    }

    /// <summary>The floor: one fixed page printed N times by the same browser, as many at once, with nothing of ours.</summary>
    private static async Task<TimeSpan> RaaAsync(string chromium, int antall)
    {
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        const string Side = "<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>Brev</title></head><body><h1>Brev</h1><p>Saksnummer 26-000001.</p></body></html>";
        // As many pages as the app prints on, each reused, as the app reuses its own.
        var sider = new System.Collections.Concurrent.ConcurrentBag<IPage>();
        for (var i = 0; i < ChromiumPdfSkriver.Samtidige; i++)
        {
            sider.Add(await browser.NewPageAsync());
        }

        var klokke = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, antall), new ParallelOptions { MaxDegreeOfParallelism = ChromiumPdfSkriver.Samtidige }, async (_, _) =>
        {
            sider.TryTake(out var side);
            await side!.SetContentAsync(Side);
            await side.PdfDataAsync(new PdfOptions { Format = PaperFormat.A4 });
            sider.Add(side);
        });
        return klokke.Elapsed;
    }

    /// <summary>A letter of <paramref name="art"/> with amounts of its own, in bokmål or nynorsk by turn.</summary>
    private static Brevmodell Modell(Brevart art, int i)
    {
        var dato = new DateOnly(2026, 12, 3);
        var malform = i % 2 == 0 ? Malform.Bokmal : Malform.Nynorsk;
        var mottaker = art switch
        {
            Brevart.Kvittering or Brevart.Avvisning => Brevmottaker.Kreditor,
            Brevart.Trekkpalegg => Brevmottaker.Arbeidsgiver,
            _ => i % 3 == 0 ? Brevmottaker.Kreditor : Brevmottaker.Skyldner,
        };
        var hovedstol = 5_000m + (i % 997) * 101.37m;
        var skyldner = new Brevpart($"Skyldner nr. {i}", ["Storgata 1", "0155 OSLO"], "010190 *****");
        var grunnlag = new Brevgrunnlag(dato, hovedstol, 250m, 700m, 0m, hovedstol + 950m, "Begrunnelse.");
        var saksnummer = $"26-{i + 1:000000}";
        return new Brevmodell(art, mottaker, malform, saksnummer, "Oslo politidistrikt", dato, dato, skyldner, skyldner, "Inkasso AS", $"REF-{i}", grunnlag,
            "76940500032", saksnummer.Replace("-", string.Empty, StringComparison.Ordinal) + "0",
            Utleggsforretning: dato.AddDays(18), UtleggsforretningTidOgSted: "kl. 10:00, Grønlandsleiret 44",
            Trekk: new Brevtrekk(3_000m + i % 50, dato.AddDays(29), null, "Arbeidsgiver AS (org.nr. 974760673)", 1, Domain.Trekkordning.Trekkstatus.Aktiv, "Vedtatt.", "76940500032", "260000010",
                [new("Livsopphold, skyldner", 9_500m), new("Boutgifter", 11_000m)], 23_500m + 3_000m + i % 50),
            Formuesgoder: [new("Volvo V70 2015", 85_000m, true, "Over beslagsfritt beløp.")],
            Fordeling: new Brevfordeling(150_000m, 3_462m, 3_000m, [new("Inkasso AS", hovedstol + 950m)]),
            Klage: new Brevklage(Klagegjelder.ValgAvFormuesgode, dato.AddDays(-3), Klageutfall.TattTilFolge, false, "Bilen trengs i arbeidet."),
            Tilbakeleveringsverdi: 40_000m);
    }
}
