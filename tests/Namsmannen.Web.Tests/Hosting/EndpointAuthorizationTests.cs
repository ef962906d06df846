using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Web.Hosting;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Hosting;

public sealed class EndpointAuthorizationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void Every_endpoint_names_a_policy_or_is_explicitly_anonymous()
    {
        _ = app.Server; // build the host
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        endpoints.Count.ShouldBeGreaterThan(10);

        var known = new[] { Policies.Innlogget, Policies.Saksbehandling, Policies.Kreditor, Policies.KreditorApi, Policies.ArbeidsgiverApi, Policies.Leder, Policies.Admin, Policies.Skyldner };
        var withoutPolicy = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(e => !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null && known.Contains(a.Policy)))
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        withoutPolicy.ShouldBeEmpty("these endpoints have no explicit authorization policy");
        // Every debtor page but its log-in, language switch and the accessibility statement demands the debtor's own login.
        endpoints.Where(e => e.RoutePattern.RawText!.StartsWith("min-sak", StringComparison.Ordinal) && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .ShouldAllBe(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Policies.Skyldner));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/konto/logg-inn")]
    [InlineData("/feil/{kode:int?}")]
    [InlineData("/api/v1/beregninger/utleggstrekk")]
    [InlineData("/api-dokumentasjon")]
    [InlineData("/min-sak/logg-inn")]
    [InlineData("/tilgjengelighet")]
    public void Only_the_intended_endpoints_are_anonymous(string pattern)
    {
        _ = app.Server;
        var anonymous = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToList();

        anonymous.ShouldContain(pattern);
        string[] exact = ["/health/live", "/health/ready", "/konto/logg-inn", "/konto/ingen-tilgang", "/feil/{kode:int?}", "/api/v1/openapi.json", "/api-dokumentasjon",
            "/min-sak/logg-inn", "/min-sak/sprak", "/tilgjengelighet"];
        // The public calculators are anonymous by design (like Kronofogden's), and only they.
        // The test identity provider answers in Development and the tests only (the app refuses it in Production).
        string[] publicPrefixes = ["/api/v1/beregninger/", "/api/v1/kontroll/", "/beregning", TestIdPorten.Sti + "/"];
        anonymous.Where(p => !exact.Contains(p) && !publicPrefixes.Any(prefix => p.StartsWith(prefix, StringComparison.Ordinal)))
            .ShouldBeEmpty("only login, errors, health, the API documentation and the public calculators may be anonymous");
    }
}
