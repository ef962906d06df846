using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Statistikk;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Folds the supervisors' pending figure changes into the summary tables every <c>Statistikk:IntervallSekunder</c>
/// (30 by default), and sooner when more than <c>Statistikk:Ventende</c> changes (5 000) wait, as under a large intake,
/// where every dashboard read would otherwise add up half a minute's changes. The dashboard is exact without it (it adds
/// the pending changes); this only keeps the read cheap. Several instances may run it: the database function lets one
/// fold at a time.
/// </summary>
public sealed partial class StatistikkArbeider(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<StatistikkArbeider> logger) : BackgroundService
{
    /// <summary>How often the number of waiting changes is looked at between two folds.</summary>
    private static readonly TimeSpan Titt = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var intervall = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Statistikk:IntervallSekunder", 30)));
        var grense = configuration.GetValue("Statistikk:Ventende", 5_000L);
        using var timer = new PeriodicTimer(intervall < Titt ? intervall : Titt, clock);
        var sist = clock.GetUtcNow();
        var feilet = false;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<NamsmannenDbContext>();
                    // After a failed fold, the next try waits the whole interval, however many changes wait.
                    if (clock.GetUtcNow() - sist < intervall && (feilet || await Sammendrag.VentendeAsync(db, stoppingToken) <= grense))
                    {
                        continue;
                    }

                    sist = clock.GetUtcNow();
                    await Sammendrag.SlaSammenAsync(db, clock, stoppingToken);
                    feilet = false;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Nothing is lost: the changes stay pending and are folded next time.
                    feilet = true;
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
