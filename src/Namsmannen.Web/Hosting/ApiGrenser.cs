using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Per API client: a token bucket (a burst, then a steady rate), configured under <c>Api:Grenser</c>. Past it the
/// answer is 429 with <c>Retry-After</c>, before anything is read or written.
/// </summary>
public static class ApiGrenser
{
    public const string Policy = "api-klient";

    /// <summary>Largest request body on the creditor API (issue 5: 5 MB).</summary>
    public const long MaksBytes = 5 * 1024 * 1024;

    public static IServiceCollection AddApiGrenser(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var burst = configuration.GetValue("Api:Grenser:Burst", 30);
            var perSekund = configuration.GetValue("Api:Grenser:ForesporslerPerSekund", 2);
            options.AddPolicy(Policy, context => RateLimitPartition.GetTokenBucketLimiter(
                context.User.FindFirst(ApiNokkelAutentisering.NokkelClaim)?.Value ?? "ip:" + context.Connection.RemoteIpAddress,
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = perSekund,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                var sekunder = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = sekunder.ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "For mange forespørsler.",
                        Detail = $"Klienten har brukt opp kvoten sin ({burst} forespørsler i en støt, deretter {perSekund} per sekund). Prøv igjen om {sekunder} sekund(er). Ingenting i denne forespørselen er lagret.",
                    },
                });
            };
        });
        return services;
    }
}
