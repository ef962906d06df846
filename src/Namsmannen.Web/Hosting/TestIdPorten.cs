using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Namsmannen.Domain.Identifikatorer;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// A local test identity provider that stands in for ID-porten in Development and the tests, as Digdir's test
/// environment with its synthetic test persons does. It is real OpenID Connect (OpenIddict's server: discovery, keys,
/// authorization code with PKCE, signed ID tokens with <c>pid</c> and <c>acr</c> like ID-porten's), so the production
/// handler in <see cref="IdPorten"/> is the one exercised. It is not ID-porten, says so on its page, and the app refuses to
/// start with it in Production. Its keys are ephemeral: a restart logs every debtor out.
/// </summary>
public static class TestIdPorten
{
    public const string Sti = "/testidp";
    public const string Innstilling = "IdPorten:Testinnlogging";

    public static bool ErAktiv(IConfiguration configuration) => configuration.GetValue(Innstilling, false);

    public static IServiceCollection AddTestIdPorten(this IServiceCollection services, IConfiguration configuration)
    {
        var klient = configuration["IdPorten:ClientId"];
        var hemmelighet = configuration["IdPorten:ClientSecret"];
        services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris(Sti[1..] + "/authorize")
                .SetTokenEndpointUris(Sti[1..] + "/token")
                .SetConfigurationEndpointUris(Sti[1..] + "/.well-known/openid-configuration")
                .SetJsonWebKeySetEndpointUris(Sti[1..] + "/jwks");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Profile);
            options.RegisterClaims("pid", "acr");
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
            // No client store: the one client (this app) is checked against its settings below.
            options.EnableDegradedMode();
            options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            options.AddEventHandler<OpenIddict.Server.OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (!string.Equals(context.ClientId, klient, StringComparison.Ordinal))
                {
                    context.Reject(Errors.InvalidClient, "Ukjent klient.");
                }
                else if (context.RedirectUri is null || !new Uri(context.RedirectUri).AbsolutePath.Equals(IdPorten.Tilbakekall, StringComparison.Ordinal))
                {
                    context.Reject(Errors.InvalidRequest, "Ukjent redirect_uri.");
                }

                return default;
            }));
            options.AddEventHandler<OpenIddict.Server.OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (!string.Equals(context.ClientId, klient, StringComparison.Ordinal) || !string.Equals(context.ClientSecret, hemmelighet, StringComparison.Ordinal))
                {
                    context.Reject(Errors.InvalidClient, "Feil klient eller klienthemmelighet.");
                }

                return default;
            }));
        });
        return services;
    }

    public static void MapTestIdPorten(this WebApplication app)
    {
        var gruppe = app.MapGroup(Sti).AllowAnonymous().ExcludeFromDescription();
        gruppe.MapMethods("/authorize", ["GET", "POST"], (Delegate)AutoriserAsync);
        gruppe.MapPost("/token", async (HttpContext http) =>
        {
            // The code carries the test person's claims; they go into the ID token as they are.
            var kode = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return kode.Principal is { } principal
                ? Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
                : Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        });
    }

    private static async Task<IResult> AutoriserAsync(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Ingen OpenID Connect-forespørsel.");
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return Side(request, null, null);
        }

        var form = await http.Request.ReadFormAsync();
        var pid = form["pid"].ToString().Trim();
        var niva = form["niva"].ToString();
        if (!Fodselsnummer.TryParse(pid, out var fodselsnummer, out var feil))
        {
            return Side(request, pid, feil);
        }

        if (niva is not (IdPorten.Substansielt or IdPorten.Hoyt))
        {
            return Side(request, pid, "Velg sikkerhetsnivå.");
        }

        // Like ID-porten: sub is a pairwise pseudonym, pid the fødselsnummer, acr the level. No name: the app has that.
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, Pseudonym(fodselsnummer.Verdi)).SetClaim("pid", fodselsnummer.Verdi).SetClaim("acr", niva);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static string Pseudonym(string pid) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("namsmannen-testidp:" + pid)))[..32];

    /// <summary>The test person form: a fødselsnummer and a level, with the request's parameters carried along.</summary>
    private static IResult Side(OpenIddictRequest request, string? pid, string? feil)
    {
        var e = HtmlEncoder.Default;
        var skjulte = new StringBuilder();
        foreach (var (navn, verdi) in request.GetParameters())
        {
            if (navn is "pid" or "niva")
            {
                continue;
            }

            skjulte.Append("<input type=\"hidden\" name=\"").Append(e.Encode(navn)).Append("\" value=\"").Append(e.Encode(verdi.ToString() ?? string.Empty)).Append("\">");
        }

        var feiltekst = feil is null ? string.Empty
            : $"<div class=\"feiloppsummering\" role=\"alert\" tabindex=\"-1\"><h2>Rett dette</h2><ul><li><a href=\"#pid\">{e.Encode(feil)}</a></li></ul></div>";
        var html = $$"""
            <!DOCTYPE html>
            <html lang="nb">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Testinnlogging – lokal erstatning for ID-porten</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="hovedinnhold" class="smal">
            <h1>Testinnlogging</h1>
            <p class="advarsel">Dette er en <strong>lokal testinnlogging</strong> som står i stedet for ID-porten under utvikling og testing. Den er ikke ID-porten, og brukes bare med syntetiske testpersoner.</p>
            {{feiltekst}}
            <form method="post" action="{{Sti}}/authorize">
            {{skjulte}}
            <div class="felt"><label for="pid">Fødselsnummer (testperson)</label>
            <input id="pid" name="pid" inputmode="numeric" autocomplete="off" value="{{e.Encode(pid ?? string.Empty)}}" {{(feil is null ? string.Empty : "aria-invalid=\"true\"")}} required></div>
            <fieldset><legend>Sikkerhetsnivå</legend>
            <div><input type="radio" id="niva-sub" name="niva" value="{{IdPorten.Substansielt}}" checked><label for="niva-sub">Betydelig (MinID)</label></div>
            <div><input type="radio" id="niva-hoy" name="niva" value="{{IdPorten.Hoyt}}"><label for="niva-hoy">Høyt (BankID)</label></div>
            </fieldset>
            <button type="submit">Logg inn</button>
            </form></main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: feil is null ? 200 : 400);
    }
}
