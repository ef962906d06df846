namespace Namsmannen.Web.Tests.Infrastructure;

/// <summary>Waits for something another thread or process does, by asking again every 20 ms up to a limit.</summary>
public static class Vent
{
    public static async Task TilAsync(Func<Task<bool>> betingelse, TimeSpan frist, Func<string> melding)
    {
        var klokke = System.Diagnostics.Stopwatch.StartNew();
        while (!await betingelse())
        {
            if (klokke.Elapsed > frist)
            {
                throw new TimeoutException(melding());
            }

            await Task.Delay(20);
        }
    }
}
