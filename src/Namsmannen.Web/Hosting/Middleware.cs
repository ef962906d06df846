namespace Namsmannen.Web.Hosting;

/// <summary>Security headers and the correlation id (<see cref="KorrelasjonsId"/>) on every response.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var korrelasjonsId = KorrelasjonsId.Hent(context);
        // Set when the response starts: the exception handler clears headers set earlier.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[KorrelasjonsId.Header] = korrelasjonsId;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.ContentSecurityPolicy =
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
                "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
