using Namsmannen.Benchmarks;

// ./build.sh bench <name> [options]. Each benchmark prints its figures and ends with one summary line.
var name = args.FirstOrDefault();
var options = Options.Parse(args.Skip(1).ToArray());
return name switch
{
    "ingest" => await IngestBenchmark.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Bruk: ./build.sh bench ingest [--rows 20000] [--clients 2] [--web <Namsmannen.Web.dll>]

          ingest   begjæringer per sekund gjennom API-et (batcher på 1 000, full validering og idempotens)
                   mot rå binær COPY av de samme radene inn i samme tabell, i samme database.
        """);
    return 2;
}
