using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// The in-process limits: the public calculators and logins per IP address, uploads per creditor. Past one the answer is
/// 429 with <c>Retry-After</c>, before anything is read or written. The creditor API's own quota is shared by all
/// instances and lives in PostgreSQL (<see cref="ApiKvoteMiddleware"/>).
/// </summary>
public static class ApiGrenser
{
    /// <summary>The public calculators, per IP address (issue 12, M4).</summary>
    public const string Anonym = "anonym";

    /// <summary>CSV uploads in progress, per creditor (issue 12, H3).</summary>
    public const string Opplasting = "opplasting";

    /// <summary>Login attempts, per IP address (issue 12, M7).</summary>
    public const string Innlogging = "innlogging";

    /// <summary>Largest request body on the creditor API (issue 5: 5 MB).</summary>
    public const long MaksBytes = 5 * 1024 * 1024;

    public static IServiceCollection AddApiGrenser(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.AddPolicy(Anonym, context => RateLimitPartition.GetTokenBucketLimiter(
                "ip:" + context.Connection.RemoteIpAddress,
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = configuration.GetValue("Api:Grenser:Anonym:Burst", 60),
                    TokensPerPeriod = configuration.GetValue("Api:Grenser:Anonym:ForesporslerPerSekund", 5),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            options.AddPolicy(Opplasting, context => RateLimitPartition.GetConcurrencyLimiter(
                context.User.FindFirst(HttpCurrentUser.KreditorClaim)?.Value ?? "ip:" + context.Connection.RemoteIpAddress,
                _ => new ConcurrencyLimiterOptions { PermitLimit = 2, QueueLimit = 0 }));
            options.AddPolicy(Innlogging, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetTokenBucketLimiter(
                    "ip:" + context.Connection.RemoteIpAddress,
                    _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = configuration.GetValue("Innlogging:Burst", 10),
                        TokensPerPeriod = 1,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(configuration.GetValue("Innlogging:SekunderPerForsok", 6)),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    })
                : RateLimitPartition.GetNoLimiter("get"));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                var sekunder = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = sekunder.ToString(CultureInfo.InvariantCulture);
                if (!ApiExceptionHandler.IsApi(http))
                {
                    // A page (the login, an upload): the Norwegian error page says to wait (status code pages).
                    http.Items[Tegnvakt.Feilmelding] = $"For mange forsøk på kort tid. Vent {sekunder} sekund(er) og prøv igjen.";
                    return;
                }

                await ApiExceptionHandler.SkrivProblemAsync(http, StatusCodes.Status429TooManyRequests, "For mange forespørsler.",
                    $"For mange forespørsler fra denne adressen på kort tid. Prøv igjen om {sekunder} sekund(er). Ingenting i denne forespørselen er lagret.");
            };
        });
        return services;
    }
}
