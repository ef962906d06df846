using System.Globalization;
using Namsmannen.Benchmarks;

// Figures are printed the Norwegian way (1 000 000); the summary lines fix their own format.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nb-NO");

// ./build.sh bench <name> [options]. Each benchmark prints its figures and ends with one summary line.
var name = args.FirstOrDefault();
var options = Options.Parse(args.Skip(1).ToArray());
return name switch
{
    "ingest" => await IngestBenchmark.RunAsync(options),
    "dashboard" => await DashboardBenchmark.RunAsync(options),
    "csv" => CsvBenchmark.Run(options),
    "ledger" => await LedgerBenchmark.RunAsync(options),
    "trekk" => await TrekkBenchmark.RunAsync(options),
    "letters" => await BrevBenchmark.RunAsync(options),
    "soak" => await SoakBenchmark.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Bruk: ./build.sh bench ingest [--rows 20000] [--clients 2] [--web <Namsmannen.Web.dll>]
              ./build.sh bench dashboard [--cases 1000000] [--requests 300] [--web <Namsmannen.Web.dll>]
              ./build.sh bench csv [--rows 100000]
              ./build.sh bench ledger [--cases 1000000] [--credits 100000] [--web <Namsmannen.Web.dll>]
              ./build.sh bench trekk [--trekk 1000000] [--mangler 10] [--utlopt 2] [--web <Namsmannen.Web.dll>]
              ./build.sh bench letters [--letters 10000] [--chromium /usr/bin/chromium]
              ./build.sh bench soak [--minutes 10] [--cases 20000] [--web <Namsmannen.Web.dll>]

          ingest   begjæringer per sekund gjennom API-et (batcher på 1 000, full validering og idempotens)
                   mot rå binær COPY av de samme radene inn i samme tabell, i samme database.
          dashboard  lederens oversikt, sakslisten og navnesøk ved N genererte saker, mot en live GROUP BY,
                   en dyp side mot side 1, og søk uten trigram-indeksen.
          csv      portalens egen CSV-leser mot CsvHelper 34 på samme fil (rader per sekund).
          ledger   én camt.054-fil med innbetalinger bokført av appen (./build.sh innbetalinger) mot en mengdebasert
                   SQL-bokføring av de samme linjene i de samme tabellene, på en kopi av samme database.
          trekk    den daglige trekkoppfølgingen (./build.sh trekkoppfolging) over N løpende trekk, med ‰ manglende
                   innbetalinger og ‰ utløpte gamle trekk, mot den samme mengdeoperasjonen i rå SQL på en kopi av databasen.
          letters  brev av alle slag, på bokmål og nynorsk, skrevet og skrevet ut til PDF slik utboksen gjør det, mot
                   den samme Chromium som skriver ut én fast side like mange ganger (brev per sekund og p95).
          soak     to app-instanser på én database med planlegger og arbeidere, blandet trafikk fra en begrenset
                   lastgenerator i N minutter: per endepunkt forespørsler/s, p50/p95/p99 og feil; deretter nøyaktig én
                   sak per MOTTATT og sammendragene lik en levende telling.
        """);
    return 2;
}
