using System.Diagnostics;
using System.Globalization;
using System.Text;
using Namsmannen.Application.Features.Begjaringer;

namespace Namsmannen.Benchmarks;

/// <summary>
/// <c>./build.sh bench csv [--rows 100000]</c>: the portal's own CSV reader (<see cref="CsvFormat"/>) against CsvHelper
/// 34.0.0 on the same file, both turning every row into a <see cref="Begjaringsrad"/>. The measurement behind
/// docs/decisions/0008-csv-reader.md. CsvHelper is referenced by this benchmark only.
/// </summary>
public static class CsvBenchmark
{
    public static int Run(Options options)
    {
        var rader = options.Int("rows", CsvFormat.MaksRader);
        var fil = Fil(rader);
        Console.WriteLine($"CSV: {rader:N0} rader, {fil.Length / 1024.0 / 1024.0:0.0} MB, semikolon, noen felt i anførselstegn");

        // Both must read the same rows, field for field, before their speed means anything.
        var (a, b) = (CsvFormat.Les(fil).Rader, CsvHelperRader(fil));
        if (a.Count != b.Count || a.Zip(b).Any(p => !Lik(p.First, p.Second)))
        {
            var forste = a.Zip(b).Select((p, i) => (p, i)).FirstOrDefault(x => !Lik(x.p.First, x.p.Second));
            throw new InvalidOperationException($"CsvHelper og den egne leseren leste ikke de samme radene ({a.Count} og {b.Count}); første forskjell i rad {forste.i + 1}:\n  egen:      {forste.p.First}\n  CsvHelper: {forste.p.Second}");
        }

        Console.WriteLine($"  begge leste de samme {a.Count:N0} radene, felt for felt");

        // Five runs each, alternating; the median counts.
        var egen = new List<double>();
        var csvHelper = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            egen.Add(Tid(() => Egen(fil), rader));
            csvHelper.Add(Tid(() => CsvHelperLes(fil), rader));
        }

        var (e, c) = (Maal.Av(egen).P50, Maal.Av(csvHelper).P50);
        Console.WriteLine($"  egen leser (CsvFormat.Les):  {e,12:N0} rader/s");
        Console.WriteLine($"  CsvHelper 34.0.0:            {c,12:N0} rader/s");
        Console.WriteLine($"  forhold CsvHelper / egen:    {c / e,12:0.00}");
        return 0;
    }

    /// <summary>Field for field: the record's own equality, with its set of amounts-as-text compared by content.</summary>
    private static bool Lik(Begjaringsrad x, Begjaringsrad y) =>
        x with { BelopSomTekst = y.BelopSomTekst } == y && x.BelopSomTekst.SetEquals(y.BelopSomTekst);

    private static int Egen(byte[] fil)
    {
        var lesing = CsvFormat.Les(fil);
        return lesing.Feil is null ? lesing.Rader.Count : throw new InvalidOperationException(lesing.Feil);
    }

    private static int CsvHelperLes(byte[] fil) => CsvHelperRader(fil).Count;

    private static List<Begjaringsrad> CsvHelperRader(byte[] fil)
    {
        var valg = CsvHelper.CsvReaderOptions.Default with { Separator = ';', HasHeader = true };
        using var leser = CsvHelper.CsvReader.Create(new MemoryStream(fil, writable: false), valg, false);
        leser.ReadHeader();
        var indeks = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var header = leser.Headers ?? throw new InvalidOperationException("Ingen kolonnenavn.");
        for (var i = 0; i < header.Count; i++)
        {
            indeks.TryAdd(header[i].Trim(), i);
        }

        var rader = new List<Begjaringsrad>();
        while (leser.Read())
        {
            rader.Add(Felt.Rad(felt => indeks.TryGetValue(felt, out var i) && i < leser.FieldCount && leser.GetString(i) is { Length: > 0 } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null));
        }

        return rader;
    }

    private static double Tid(Func<int> les, int forventet)
    {
        var klokke = Stopwatch.StartNew();
        var antall = les();
        var sekunder = klokke.Elapsed.TotalSeconds;
        return antall == forventet ? forventet / sekunder : throw new InvalidOperationException($"Leste {antall} av {forventet} rader.");
    }

    private static byte[] Fil(int rader)
    {
        var tekst = new StringBuilder();
        tekst.Append(string.Join(';', Felt.Alle)).Append("\r\n");
        var felter = new string[Felt.Alle.Count];
        for (var i = 0; i < rader; i++)
        {
            for (var k = 0; k < felter.Length; k++)
            {
                felter[k] = Felt.Alle[k] switch
                {
                    Felt.Referanse => $"CSV-{i:D7}",
                    Felt.Type => "utlegg",
                    Felt.SkyldnerIdentifikator => (10000000000L + (i * 7919L % 89999999999L)).ToString(CultureInfo.InvariantCulture),
                    Felt.SkyldnerNavn => i % 5 == 0 ? "\"Berg, Kari Nordmann\"" : "Ola Hansen Å. Ødegård",
                    Felt.SkyldnerAdresse => i % 3 == 0 ? "\"Storgata 1; oppgang B\"" : "Kirkeveien 12",
                    Felt.SkyldnerPostnummer => (i % 9000 + 1000).ToString(CultureInfo.InvariantCulture),
                    Felt.SkyldnerPoststed => "OSLO",
                    Felt.GrunnlagType => "skriftstykke",
                    Felt.GrunnlagForfall => "2026-09-01",
                    Felt.Hovedstol => (1000 + (i % 50000)).ToString(CultureInfo.InvariantCulture) + ",50",
                    Felt.Renter => "125,00",
                    Felt.Omkostninger => "",
                    Felt.VarselSendt => "2026-09-15",
                    _ => "",
                };
            }

            tekst.AppendJoin(';', felter).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(tekst.ToString());
    }
}
