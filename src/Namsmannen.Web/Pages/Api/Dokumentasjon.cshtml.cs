using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Namsmannen.Web.Pages.Api;

/// <summary>
/// The API documentation people read: endpoints (from the running app, so the list cannot drift), the fields of a
/// begjæring, every reason code a receipt can carry, limits and examples. The machine-readable document is
/// <c>/api/v1/openapi.json</c>.
/// </summary>
public sealed class Dokumentasjon(EndpointDataSource endpoints) : PageModel
{
    public sealed record Endepunkt(string Metode, string Rute, string Beskrivelse, bool Offentlig);

    public IReadOnlyList<Endepunkt> Endepunkter { get; private set; } = [];

    public void OnGet() =>
        Endepunkter = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IEndpointSummaryMetadata>() is not null)
            .Select(e => new Endepunkt(
                string.Join(", ", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []),
                "/" + e.RoutePattern.RawText!.TrimStart('/'),
                e.Metadata.GetMetadata<IEndpointSummaryMetadata>()!.Summary,
                e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null))
            .OrderBy(e => e.Offentlig).ThenBy(e => e.Rute, StringComparer.Ordinal)
            .ToList();
}
