using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Statistikk;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Folds the supervisors' pending figure changes into the summary tables every <c>Statistikk:IntervallSekunder</c>
/// (30 by default), so the pending table stays small. The dashboard is exact without it (it adds the pending changes);
/// this only keeps the read cheap. Several instances may run it: the database function lets one fold at a time.
/// </summary>
public sealed partial class StatistikkArbeider(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<StatistikkArbeider> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var intervall = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Statistikk:IntervallSekunder", 30)));
        using var timer = new PeriodicTimer(intervall, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await Sammendrag.SlaSammenAsync(scope.ServiceProvider.GetRequiredService<NamsmannenDbContext>(), clock, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Nothing is lost: the changes stay pending and are folded next time.
                    LogFeil(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Folding the summary figures failed; the changes stay pending")]
    private static partial void LogFeil(ILogger logger, Exception exception);
}
