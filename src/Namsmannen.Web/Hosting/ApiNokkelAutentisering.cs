using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Application.Identity;
using Namsmannen.Hosting.Demo;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Authenticates a creditor's system by its API key (<c>Authorization: Bearer nm_…</c>). The principal carries the
/// creditor organisation the key is bound to, so every query and command is scoped to it like a portal user's.
/// </summary>
public sealed class ApiNokkelAutentisering(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    NamsmannenDbContext db,
    TimeProvider clock,
    IHostEnvironment environment)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Skjema = "ApiNokkel";
    public const string NokkelClaim = "namsmannen:api-nokkel";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Bearer(Request, environment) is not { } nokkel)
        {
            return Avvist(Request, environment) ?? AuthenticateResult.NoResult();
        }

        var klient = await ApiNokkelformat.FinnAsync(db, nokkel, clock, Context.RequestAborted);
        if (klient is null)
        {
            return AuthenticateResult.Fail("Ukjent eller tilbakekalt API-nøkkel.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "api:" + klient.NokkelId),
                new Claim(ClaimTypes.Role, Roller.Kreditor),
                new Claim(HttpCurrentUser.KreditorClaim, klient.KreditorId.ToString()),
                new Claim(HttpCurrentUser.NavnClaim, $"API-nøkkel «{klient.Navn}» ({klient.Kreditor})"),
                new Claim(NokkelClaim, klient.NokkelId.ToString()),
            ],
            Skjema);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Skjema));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => Utfordre(Response);

    /// <summary>The key of a well-formed <c>Authorization: Bearer</c> header that may be used here, or null (see <see cref="Avvist"/>).</summary>
    internal static string? Bearer(HttpRequest request, IHostEnvironment environment) =>
        Avvist(request, environment) is null && request.Headers.Authorization.ToString() is { Length: > 0 } header ? header["Bearer ".Length..].Trim() : null;

    /// <summary>Why the header is refused before any lookup (not a bearer key; the published demo key outside Development), or null.</summary>
    internal static AuthenticateResult? Avvist(HttpRequest request, IHostEnvironment environment)
    {
        var header = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("Authorization må være «Bearer <API-nøkkel>».");
        }

        var prefiks = ApiNokkelformat.Prefiks(header["Bearer ".Length..].Trim());
        // The demo keys are published in the README: they open nothing outside Development (issue 12, C1).
        return (prefiks == DemoBrukere.ApiNokkelPrefiks || prefiks == DemoBrukere.ArbeidsgiverNokkelPrefiks) && !environment.IsDevelopment()
            ? AuthenticateResult.Fail("Demonøkkelen virker bare i utviklingsmiljøet.")
            : null;
    }

    internal static Task Utfordre(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = "Bearer realm=\"Namsmannen\"";
        return Task.CompletedTask;
    }
}
