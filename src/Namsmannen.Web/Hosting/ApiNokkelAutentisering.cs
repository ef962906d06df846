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
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("Authorization må være «Bearer <API-nøkkel>».");
        }

        var nokkel = header["Bearer ".Length..].Trim();
        if (ApiNokkelformat.Prefiks(nokkel) == DemoBrukere.ApiNokkelPrefiks && !environment.IsDevelopment())
        {
            // The demo key is published in the README: it opens nothing outside Development (issue 12, C1).
            return AuthenticateResult.Fail("Demonøkkelen virker bare i utviklingsmiljøet.");
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

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"Namsmannen\"";
        return Task.CompletedTask;
    }
}
