using System.Diagnostics;
using System.Text;

namespace Namsmannen.Benchmarks;

/// <summary>Runs one of the app's own commands (<c>seed</c>, <c>innbetalinger</c>) against a benchmark database, as <c>./build.sh</c> does.</summary>
public static class Appkommando
{
    /// <summary>Runs <c>dotnet WEB args</c> in Development with the demo office; returns the wall time and what it printed.</summary>
    public static async Task<(TimeSpan Tid, string Utdata)> KjorAsync(string web, string connectionString, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.GetFullPath(web), .. args])
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(web))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The volume data builds on the demo office, which is seeded only in Development (issue 12, C1).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Namsmannen"] = connectionString;
        start.Environment["Demo__Seed"] = "true";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var klokke = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Kunne ikke starte {args[0]}.");
        var utdata = new StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } linje)
            {
                Console.WriteLine("          " + linje);
                lock (utdata)
                {
                    utdata.AppendLine(linje);
                }
            }
        };
        var feil = new StringBuilder();
        process.ErrorDataReceived += (_, e) => feil.AppendLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{args[0]} feilet ({process.ExitCode}):\n{utdata}\n{feil}");
        }

        return (klokke.Elapsed, utdata.ToString());
    }
}
