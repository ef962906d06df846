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
        if (LesBearer(Request, environment, out var nokkel) is { } avvist)
        {
            return avvist;
        }

        if (nokkel is null)
        {
            return AuthenticateResult.NoResult();
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

    /// <summary>
    /// Reads the <c>Authorization: Bearer</c> key (null when there is no header), or refuses the header before any
    /// lookup: not a bearer key, or a published demo key outside Development.
    /// </summary>
    internal static AuthenticateResult? LesBearer(HttpRequest request, IHostEnvironment environment, out string? nokkel)
    {
        nokkel = null;
        var header = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("Authorization må være «Bearer <API-nøkkel>».");
        }

        var verdi = header["Bearer ".Length..].Trim();
        var prefiks = ApiNokkelformat.Prefiks(verdi);
        if ((prefiks == DemoBrukere.ApiNokkelPrefiks || prefiks == DemoBrukere.ArbeidsgiverNokkelPrefiks) && !environment.IsDevelopment())
        {
            // The demo keys are published in the README: they open nothing outside Development (issue 12, C1).
            return AuthenticateResult.Fail("Demonøkkelen virker bare i utviklingsmiljøet.");
        }

        nokkel = verdi;
        return null;
    }

    internal static Task Utfordre(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = "Bearer realm=\"Namsmannen\"";
        return Task.CompletedTask;
    }
}
