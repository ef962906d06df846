namespace Namsmannen.Web.Hosting;

/// <summary><c>dotnet Namsmannen.Web.dll --health-probe</c>: exit 0 when this machine's instance answers /health/live.</summary>
public static class HealthProbe
{
    public static async Task<int> RunAsync(string? urls)
    {
        var first = (urls ?? "http://localhost:8080").Split(';', StringSplitOptions.RemoveEmptyEntries)[0]
            .Replace("+", "localhost", StringComparison.Ordinal)
            .Replace("*", "localhost", StringComparison.Ordinal)
            .Replace("0.0.0.0", "localhost", StringComparison.Ordinal);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(new Uri(new Uri(first), "/health/live"));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException)
        {
            return 1;
        }
        catch (TaskCanceledException)
        {
            return 1;
        }
    }
}
