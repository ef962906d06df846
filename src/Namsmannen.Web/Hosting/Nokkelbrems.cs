using System.Collections.Concurrent;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Guessing API keys costs a database lookup per guess and passes the per-creditor quota, which only knows a valid
/// key (issue 12, M4). So an address that has sent more than <c>Api:Grenser:FeilNokler</c> (20) unknown or revoked
/// keys in a minute gets 429 at once, before authentication reads anything. Per instance, like the quotas.
/// </summary>
public sealed class Nokkelbrems(RequestDelegate next, TimeProvider clock, IConfiguration configuration)
{
    // The middleware is one instance per app, so this is the app's own count.
    private readonly ConcurrentDictionary<string, (int Antall, DateTimeOffset Fra)> feil = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api") || string.IsNullOrEmpty(context.Request.Headers.Authorization))
        {
            await next(context);
            return;
        }

        var ip = context.Connection.RemoteIpAddress?.ToString() ?? "ukjent";
        var naa = clock.GetUtcNow();
        var grense = configuration.GetValue("Api:Grenser:FeilNokler", 20);
        if (feil.TryGetValue(ip, out var tidligere) && naa - tidligere.Fra < TimeSpan.FromMinutes(1) && tidligere.Antall >= grense)
        {
            var sekunder = Math.Max(1, (int)Math.Ceiling((tidligere.Fra.AddMinutes(1) - naa).TotalSeconds));
            context.Response.Headers.RetryAfter = sekunder.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ApiExceptionHandler.SkrivProblemAsync(context, StatusCodes.Status429TooManyRequests, "For mange ugyldige API-nøkler.",
                $"Denne adressen har sendt {tidligere.Antall} ukjente eller tilbakekalte nøkler det siste minuttet. Prøv igjen om {sekunder} sekund(er).");
            return;
        }

        await next(context);
        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            feil.AddOrUpdate(ip, _ => (1, naa), (_, f) => naa - f.Fra < TimeSpan.FromMinutes(1) ? (f.Antall + 1, f.Fra) : (1, naa));
        }
    }
}
