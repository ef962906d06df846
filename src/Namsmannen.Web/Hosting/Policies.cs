using Microsoft.AspNetCore.Authorization;
using Namsmannen.Application.Identity;

namespace Namsmannen.Web.Hosting;

/// <summary>The authorization policies. Every endpoint names one of these, or is explicitly anonymous.</summary>
public static class Policies
{
    public const string Innlogget = nameof(Innlogget);
    public const string Saksbehandling = nameof(Saksbehandling);
    public const string Kreditor = nameof(Kreditor);
    public const string KreditorApi = nameof(KreditorApi);
    public const string ArbeidsgiverApi = nameof(ArbeidsgiverApi);
    public const string Leder = nameof(Leder);
    public const string Admin = nameof(Admin);
    public const string Skyldner = nameof(Skyldner);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Innlogget, p => p.RequireAuthenticatedUser());
        // Administrators see the whole country, so they may open the case lists and cases behind the figures.
        options.AddPolicy(Saksbehandling, p => p.RequireRole(Roller.Saksbehandler, Roller.Leder, Roller.Admin));
        options.AddPolicy(Kreditor, p => p.RequireRole(Roller.Kreditor).RequireClaim(HttpCurrentUser.KreditorClaim));
        // Creditors' systems: only an API key, never the portal's cookie (no cross-site requests against the API).
        options.AddPolicy(KreditorApi, p => p.AddAuthenticationSchemes(ApiNokkelAutentisering.Skjema).RequireAuthenticatedUser()
            .RequireClaim(ApiNokkelAutentisering.NokkelClaim).RequireClaim(HttpCurrentUser.KreditorClaim));
        // Employers' payroll systems: only an employer key, bound to one organisasjonsnummer (issue 17).
        options.AddPolicy(ArbeidsgiverApi, p => p.AddAuthenticationSchemes(ArbeidsgiverNokkelAutentisering.Skjema).RequireAuthenticatedUser()
            .RequireClaim(HttpCurrentUser.OrgnrClaim));
        options.AddPolicy(Leder, p => p.RequireRole(Roller.Leder, Roller.Admin));
        options.AddPolicy(Admin, p => p.RequireRole(Roller.Admin));
        // A debtor: only the debtor's own cookie from ID-porten, never a caseworker's or a creditor's login (issue 19).
        options.AddPolicy(Skyldner, p => p.AddAuthenticationSchemes(IdPorten.Informasjonskapsel).RequireAuthenticatedUser()
            .RequireRole(Roller.Skyldner).RequireClaim(IdPorten.PidClaim));
        // Defence in depth: an endpoint that forgot its policy still demands a login (a test also fails on it).
        options.FallbackPolicy = options.GetPolicy(Innlogget);
    }

    /// <summary>Where each role starts after logging in, most privileged first.</summary>
    public static string Startside(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roller.Admin) ? "/admin"
        : user.IsInRole(Roller.Leder) ? "/leder"
        : user.IsInRole(Roller.Saksbehandler) ? "/saksbehandling"
        : user.IsInRole(Roller.Kreditor) ? "/kreditor"
        : "/konto/ingen-tilgang";
}
