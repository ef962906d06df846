using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Namsmannen.Application.Data;
using Namsmannen.Application.Identity;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Parter;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// The debtor's log-in (issue 19): ID-porten by OpenID Connect (authorization code with PKCE, level substantial or high),
/// configured by <c>IdPorten:*</c>. The person is identified by <c>pid</c> (the fødselsnummer) and gets the role
/// <see cref="Roller.Skyldner"/> in a cookie of its own, so a debtor's login never opens a caseworker's or a creditor's
/// page, nor the other way round. Without <c>IdPorten:Authority</c> the debtor pages say that log-in is not set up.
/// </summary>
public static class IdPorten
{
    public const string Skjema = "IdPorten";
    public const string Informasjonskapsel = "MinSak";
    public const string Tilbakekall = "/min-sak/innlogget";
    public const string PidClaim = "namsmannen:pid";

    // ID-porten's levels (Digdir): substantial is MinID and the like, high is BankID, Buypass and Commfides.
    public const string Substansielt = "idporten-loa-substantial";
    public const string Hoyt = "idporten-loa-high";

    public static bool ErSattOpp(IConfiguration configuration) => !string.IsNullOrEmpty(configuration["IdPorten:Authority"]);

    public static AuthenticationBuilder AddIdPorten(this AuthenticationBuilder auth, IConfiguration configuration)
    {
        auth.AddCookie(Informasjonskapsel, options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.Path = "/";
            options.LoginPath = "/min-sak/logg-inn";
            options.LogoutPath = "/min-sak/logg-ut";
            options.AccessDeniedPath = "/min-sak/logg-inn";
            // Like ID-porten's own session: half an hour without use logs the debtor out.
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
        });
        auth.Services.AddOptions<CookieAuthenticationOptions>(Informasjonskapsel).Configure<IHostEnvironment>((options, env) =>
            (options.Cookie.Name, options.Cookie.SecurePolicy) = env.IsDevelopment() ? ("namsmannen-minsak", CookieSecurePolicy.SameAsRequest) : ("__Host-namsmannen-minsak", CookieSecurePolicy.Always));
        if (!ErSattOpp(configuration))
        {
            return auth;
        }

        return auth.AddOpenIdConnect(Skjema, "ID-porten", options =>
        {
            options.SignInScheme = Informasjonskapsel;
            options.Authority = configuration["IdPorten:Authority"];
            options.MetadataAddress = configuration["IdPorten:MetadataAddress"] is { Length: > 0 } metadata ? metadata : options.Authority!.TrimEnd('/') + "/.well-known/openid-configuration";
            options.ClientId = configuration["IdPorten:ClientId"];
            options.ClientSecret = configuration["IdPorten:ClientSecret"];
            options.ResponseType = OpenIdConnectResponseType.Code;
            // The answer comes back as a plain redirect, so the log-in works without JavaScript.
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.UsePkce = true;
            options.CallbackPath = Tilbakekall;
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("profile");
            options.MapInboundClaims = false;
            options.GetClaimsFromUserInfoEndpoint = false;
            options.SaveTokens = false;
            options.RequireHttpsMetadata = !TestIdPorten.ErAktiv(configuration);
            // The callback is a top-level GET from ID-porten: Lax cookies come with it, also over plain http in Development.
            // Secure whenever the request is (always behind the TLS proxy), so plain http://localhost works in Development.
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Events.OnRedirectToIdentityProvider = context =>
            {
                context.ProtocolMessage.AcrValues = Substansielt;
                context.ProtocolMessage.UiLocales = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
                return Task.CompletedTask;
            };
            options.Events.OnTokenValidated = InnloggetAsync;
            options.Events.OnRemoteFailure = context =>
            {
                // A cancelled or refused log-in comes back to the log-in page with a message, never an error page.
                context.Response.Redirect("/min-sak/logg-inn?feil=1");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>The person ID-porten vouched for becomes a debtor in the cookie: pid, the debtor's id and name, the level.</summary>
    private static async Task InnloggetAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var pid = principal.FindFirstValue("pid");
        var acr = principal.FindFirstValue("acr");
        var sub = principal.FindFirstValue("sub");
        if (pid is null || sub is null || !Fodselsnummer.TryParse(pid, out _, out _))
        {
            context.Fail("ID-porten ga ikke et gyldig fødselsnummer (pid).");
            return;
        }

        if (acr is not (Substansielt or Hoyt))
        {
            context.Fail("Innloggingen hadde for lavt sikkerhetsnivå.");
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<NamsmannenDbContext>();
        var skyldner = await db.Skyldnere.AsNoTracking().Where(s => s.Identifikator == pid && s.Type == Skyldnertype.Person)
            .Select(s => new { s.Id, s.Navn, s.Malform }).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        var identity = new ClaimsIdentity(Informasjonskapsel, HttpCurrentUser.NavnClaim, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, "idporten:" + sub));
        identity.AddClaim(new Claim(ClaimTypes.Role, Roller.Skyldner));
        identity.AddClaim(new Claim(PidClaim, pid));
        identity.AddClaim(new Claim("acr", acr));
        identity.AddClaim(new Claim(HttpCurrentUser.NavnClaim, skyldner?.Navn ?? Fodselsnummer.Mask(pid)));
        if (skyldner is not null)
        {
            identity.AddClaim(new Claim(HttpCurrentUser.SkyldnerClaim, skyldner.Id.ToString()));
        }

        // The målform the debtor has asked namsmannen for is the pages' language until they choose another.
        if (skyldner?.Malform == Malform.Nynorsk && !context.Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName))
        {
            Sprak.Husk(context.Response, Sprak.Nynorsk);
        }

        context.Principal = new ClaimsPrincipal(identity);
    }
}
