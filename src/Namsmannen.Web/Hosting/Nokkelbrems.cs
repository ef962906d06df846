namespace Namsmannen.Web.Hosting;

/// <summary>
/// Guessing API keys costs a database lookup per guess and passes the per-creditor quota, which only knows a valid
/// key (issue 12, M4). So an address that has sent more than <c>Api:Grenser:FeilNokler</c> (20) unknown or revoked
/// keys in a minute gets 429 at once, before authentication reads anything. Per instance (<see cref="Feilteller"/>).
/// </summary>
public sealed class Nokkelbrems(RequestDelegate next, TimeProvider clock, IConfiguration configuration, Feilteller teller)
{
    private static readonly TimeSpan Vindu = TimeSpan.FromMinutes(1);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api") || string.IsNullOrEmpty(context.Request.Headers.Authorization))
        {
            await next(context);
            return;
        }

        var ip = Feilteller.Adresse(context);
        var grense = configuration.GetValue("Api:Grenser:FeilNokler", 20);
        var tidligere = teller.Hent(Feilteller.Slag.ApiNokkel, ip, Vindu);
        if (tidligere.Antall >= grense)
        {
            var sekunder = Math.Max(1, (int)Math.Ceiling((tidligere.Slutt - clock.GetUtcNow()).TotalSeconds));
            context.Response.Headers.RetryAfter = sekunder.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ApiExceptionHandler.SkrivProblemAsync(context, StatusCodes.Status429TooManyRequests, "For mange ugyldige API-nøkler.",
                $"Denne adressen har sendt {tidligere.Antall} ukjente eller tilbakekalte nøkler det siste minuttet. Prøv igjen om {sekunder} sekund(er).");
            return;
        }

        await next(context);
        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            teller.Tell(Feilteller.Slag.ApiNokkel, ip, Vindu);
        }
    }
}
