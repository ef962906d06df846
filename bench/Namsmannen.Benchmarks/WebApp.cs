using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Namsmannen.Benchmarks;

/// <summary>The real app as its own process (Release build, Production settings, warnings-only logging) on a free port.</summary>
public sealed class WebApp : IAsyncDisposable
{
    private readonly Process process;

    private WebApp(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Pid => process.Id;

    /// <summary>CPU time the app process has used so far (user and kernel), to tell app cost from database cost.</summary>
    public TimeSpan Cpu
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>A self-signed PFX under .local/, made for this run only.</summary>
    private static string EngangsSertifikat()
    {
        using var nokkel = System.Security.Cryptography.RSA.Create(2048);
        var foresporsel = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Namsmannen benchmark", nokkel, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var sertifikat = foresporsel.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        Directory.CreateDirectory(".local");
        var sti = Path.GetFullPath(Path.Combine(".local", "bench-dataprotection.pfx"));
        File.WriteAllBytes(sti, sertifikat.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx));
        return sti;
    }

    public static async Task<WebApp> StartAsync(string dll, string connectionString, IDictionary<string, string>? settings = null)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Fant ikke {dll}. Kjør via ./build.sh bench, som bygger i Release.");
        }

        var address = new Uri($"http://127.0.0.1:{Namsmannen.Web.Tests.Infrastructure.LedigPort.Finn()}");

        var start = new ProcessStartInfo("dotnet", [Path.GetFullPath(dll)])
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(dll))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        // The benchmark's client plays the TLS proxy on loopback (X-Forwarded-Proto), as production runs behind one.
        start.Environment["Proxy__KjenteProxyer__0"] = "127.0.0.1";
        // Production refuses to start without a certificate for its cookie keys: a throwaway one for the run.
        start.Environment["DataProtection__Sertifikat"] = EngangsSertifikat();
        start.Environment["ConnectionStrings__Namsmannen"] = connectionString;
        // Production refuses to start without the real accounts: the demo's made-up ones, for a benchmark that pays nobody.
        var konto = Namsmannen.Application.Features.Utbetalinger.Namsmannskonto.Demo;
        start.Environment["Namsmannskonto__Navn"] = "Benchmark (ingen ekte konto)";
        start.Environment["Namsmannskonto__Organisasjonsnummer"] = konto.Organisasjonsnummer;
        start.Environment["Namsmannskonto__Kontonummer"] = konto.Kontonummer;
        start.Environment["Namsmannskonto__Bic"] = konto.Bic;
        start.Environment["Samordning__Kontonummer"] = Namsmannen.Application.Features.Trekkordning.Samordningskonto.Simulator.Kontonummer;
        start.Environment["Serilog__MinimumLevel__Default"] = Environment.GetEnvironmentVariable("NAMSMANNEN_BENCH_APPLOG") ?? "Warning";
        start.Environment["Serilog__MinimumLevel__Override__Microsoft"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Kunne ikke starte appen.");
        // The app's log goes to .local/bench-app.log, for when a request fails.
        var output = new System.Text.StringBuilder();
        Directory.CreateDirectory(".local");
        var log = new StreamWriter(Path.Combine(".local", "bench-app.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); log.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); log.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("Appen stoppet under oppstart:\n" + output);
            }

            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return new WebApp(process, address);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("Appen svarte ikke på /health/ready innen 60 s:\n" + output);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
