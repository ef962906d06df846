using Namsmannen.Application.Features.Portal;

namespace Namsmannen.Web.Hosting;

/// <summary>Marks the endpoints that draw from the creditor's shared quota (<see cref="Kvote"/>).</summary>
public sealed record ApiKvoteMerke;

/// <summary>
/// The creditor API's quota, from the bucket in PostgreSQL that all instances share (issue 12, M4): past it, 429 with
/// <c>Retry-After</c>, before anything is read or written. Configured under <c>Api:Grenser</c>.
/// </summary>
public sealed class ApiKvoteMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ApiKvoteMerke>() is null
            || !Guid.TryParse(context.User.FindFirst(HttpCurrentUser.KreditorClaim)?.Value, out var kreditorId))
        {
            await next(context);
            return;
        }

        var burst = configuration.GetValue("Api:Grenser:Burst", 30);
        var perSekund = configuration.GetValue("Api:Grenser:ForesporslerPerSekund", 2.0);
        var svar = await context.RequestServices.GetRequiredService<Kvote>().TaAsync(kreditorId, burst, perSekund, context.RequestAborted);
        if (!svar.Tillatt)
        {
            context.Response.Headers.RetryAfter = svar.SekunderTilNeste.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ApiExceptionHandler.SkrivProblemAsync(context, StatusCodes.Status429TooManyRequests, "For mange forespørsler.",
                $"Kreditoren har brukt opp kvoten sin ({burst} forespørsler i en støt, deretter {perSekund} per sekund, for alle nøkler og alle våre servere til sammen). Prøv igjen om {svar.SekunderTilNeste} sekund(er). Ingenting i denne forespørselen er lagret.");
            return;
        }

        await next(context);
    }
}
