using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Namsmannen.Web.Hosting;

/// <summary>The largest request body an endpoint takes (issue 12, L3), as endpoint metadata.</summary>
public sealed record Kroppsgrense(long Bytes)
{
    /// <summary>A calculator or an amendment: a few hundred bytes in practice.</summary>
    public static readonly Kroppsgrense Liten = new(64 * 1024);
}

/// <summary>
/// Applies <see cref="Kroppsgrense"/> before the body is read: a declared length above it is a 413 at once, and
/// Kestrel is told the limit so a body without a declared length is cut off at it too.
/// </summary>
public sealed class KroppsgrenseMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<Kroppsgrense>() is { } grense)
        {
            if (context.Request.ContentLength > grense.Bytes)
            {
                await ApiExceptionHandler.SkrivProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "Forespørselen er for stor.",
                    $"Innholdet er {context.Request.ContentLength:N0} byte; grensen for dette endepunktet er {grense.Bytes:N0} byte. Ingenting er lagret.");
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } storrelse)
            {
                storrelse.MaxRequestBodySize = grense.Bytes;
            }
        }

        await next(context);
    }
}
