using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Trekkordning;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Authenticates an employer's payroll system by its API key (<c>Authorization: Bearer nm_…</c>), made by an
/// administrator and bound to one organisasjonsnummer. The principal carries only that orgnr: it reads the orders
/// addressed to it and reports deviations on them, nothing else. In production this is a Maskinporten token whose
/// consumer is the orgnr and whose scope names the trekkpålegg API (docs/architecture.md).
/// </summary>
public sealed class ArbeidsgiverNokkelAutentisering(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    NamsmannenDbContext db,
    TimeProvider clock,
    IHostEnvironment environment)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Skjema = "ArbeidsgiverNokkel";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiNokkelAutentisering.LesBearer(Request, environment, out var nokkel) is { } avvist)
        {
            return avvist;
        }

        if (nokkel is null)
        {
            return AuthenticateResult.NoResult();
        }

        var klient = await Arbeidsgivernokler.FinnAsync(db, nokkel, clock, Context.RequestAborted);
        if (klient is null)
        {
            return AuthenticateResult.Fail("Ukjent eller tilbakekalt API-nøkkel for arbeidsgivere.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "arbeidsgiver:" + klient.NokkelId),
                new Claim(HttpCurrentUser.OrgnrClaim, klient.Orgnr),
                new Claim(HttpCurrentUser.NavnClaim, $"Arbeidsgivernøkkel «{klient.Navn}» ({klient.Orgnr})"),
            ],
            Skjema);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Skjema));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => ApiNokkelAutentisering.Utfordre(Response);
}
