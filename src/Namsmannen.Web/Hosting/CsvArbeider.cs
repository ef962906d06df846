using Namsmannen.Application.Features.Begjaringer;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Works through uploaded CSV files in the background, a part at a time, so the upload answers at once and the
/// progress page can show how far it has come. Woken by an upload; otherwise it looks for work every few seconds
/// (another instance may have taken the upload).
/// </summary>
public sealed partial class CsvArbeider(IServiceScopeFactory scopes, TimeProvider clock, CsvArbeiderPuls puls, ILogger<CsvArbeider> logger) : BackgroundService
{
    private static readonly SemaphoreSlim Signal = new(0);

    /// <summary>Called after an upload, so the file is picked up at once.</summary>
    public static void Vekk()
    {
        if (Signal.CurrentCount == 0)
        {
            Signal.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateTimeOffset? sistRyddet = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            puls.SistAktiv = clock.GetUtcNow();
            bool arbeidet;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var behandling = scope.ServiceProvider.GetRequiredService<CsvBehandling>();
                if (sistRyddet is null || clock.GetUtcNow() - sistRyddet > TimeSpan.FromHours(1))
                {
                    await behandling.RyddAsync(stoppingToken);
                    sistRyddet = clock.GetUtcNow();
                }

                arbeidet = await behandling.BehandleNesteDelAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database is away, or the like: the part's own failures are counted by CsvBehandling. Try again after a pause.
                LogFeil(logger, ex);
                arbeidet = false;
            }

            if (!arbeidet)
            {
                try
                {
                    await Signal.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A part of an uploaded CSV file failed; it will be tried again")]
    private static partial void LogFeil(ILogger logger, Exception exception);
}
