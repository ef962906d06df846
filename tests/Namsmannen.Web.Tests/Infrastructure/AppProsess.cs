using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Namsmannen.Web.Tests.Infrastructure;

/// <summary>
/// The real app as a child process over a test database, so a test can kill it mid-work (kill -9) and start it again,
/// and read every line it logged. Runs as "Testing" (production behaviour); the test's client plays the TLS proxy.
/// </summary>
public sealed class AppProsess : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> logg;

    private AppProsess(Process process, Uri adresse, List<string> logg)
    {
        this.process = process;
        Adresse = adresse;
        this.logg = logg;
    }

    public Uri Adresse { get; }

    /// <summary>Every line the process wrote to stdout and stderr so far.</summary>
    public IReadOnlyList<string> Logg
    {
        get
        {
            lock (logg)
            {
                return [.. logg];
            }
        }
    }

    public static async Task<AppProsess> StartAsync(string connectionString, IDictionary<string, string>? innstillinger = null)
    {
        var mappe = AppMappe();
        var adresse = new Uri($"http://127.0.0.1:{LedigPort.Finn()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(mappe, "Namsmannen.Web.dll")])
        {
            WorkingDirectory = mappe,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = adresse.ToString();
        start.Environment["ConnectionStrings__Namsmannen"] = connectionString;
        start.Environment["Proxy__KjenteProxyer__0"] = "127.0.0.1";
        start.Environment["Api__Grenser__Burst"] = "100000";
        start.Environment["Api__Grenser__ForesporslerPerSekund"] = "100000";
        start.Environment["Innlogging__Burst"] = "100000";
        start.Environment["Serilog__MinimumLevel__Default"] = "Information";
        foreach (var (nokkel, verdi) in innstillinger ?? new Dictionary<string, string>())
        {
            start.Environment[nokkel] = verdi;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Kunne ikke starte appen.");
        var logg = new List<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (logg) { logg.Add(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (logg) { logg.Add(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = adresse };
        var frist = Stopwatch.StartNew();
        while (frist.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("Appen stoppet ved oppstart:\n" + string.Join('\n', logg));
            }

            try
            {
                if ((await http.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return new AppProsess(process, adresse, logg);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("Appen svarte ikke på 60 sekunder:\n" + string.Join('\n', logg));
    }

    /// <summary>kill -9: no shutdown, no flush, no rollback but the database's own.</summary>
    public void Drep()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Drep();
        }

        process.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A client for the API with a key.</summary>
    public HttpClient ApiKlient(string nokkel)
    {
        var client = new HttpClient { BaseAddress = Adresse, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", nokkel);
        return client;
    }

    /// <summary>A browser behind the TLS proxy: X-Forwarded-Proto https, and the Secure cookies kept by hand.</summary>
    public HttpClient Nettleser() => new(new TlsProxy { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false } }) { BaseAddress = Adresse };

    /// <summary>The app's build output: the Web project's own (built by ./build.sh test), else this test's copy.</summary>
    private static string AppMappe()
    {
        var konfigurasjon = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0
        var mappe = Namsmannen.Application.Tests.Infrastructure.Sjekkut.Rot();

        var egen = mappe is null ? null : Path.Combine(mappe.FullName, "src", "Namsmannen.Web", "bin", konfigurasjon, "net10.0");
        return egen is not null && File.Exists(Path.Combine(egen, "Namsmannen.Web.dll")) ? egen : AppContext.BaseDirectory;
    }
}
