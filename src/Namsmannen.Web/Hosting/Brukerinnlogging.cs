using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Namsmannen.Application.Identity;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Identity's sign-in, where a disabled login (issue 20, <see cref="Bruker.Deaktivert"/>) may not sign in. Its sessions
/// were ended when it was disabled: the new security stamp fails the cookie's next check (<see cref="Sesjonskontroll"/>).
/// </summary>
public sealed class Brukerinnlogging(
    UserManager<Bruker> users,
    IHttpContextAccessor context,
    IUserClaimsPrincipalFactory<Bruker> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<Bruker>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Bruker> confirmation)
    : SignInManager<Bruker>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(Bruker user) => user.Deaktivert is null && await base.CanSignInAsync(user);
}

/// <summary>
/// How often a session's cookie is checked against its login's security stamp (issue 20): a disabled login, a reset
/// password or a new role ends its sessions within this time. <c>Innlogging:SesjonskontrollSekunder</c>, 30 by default.
/// </summary>
public static class Sesjonskontroll
{
    public const string ByttPassordClaim = "namsmannen:bytt-passord";

    public const string ByttPassordSide = "/konto/nytt-passord";

    public static IServiceCollection AddSesjonskontroll(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SecurityStampValidatorOptions>(options =>
            options.ValidationInterval = TimeSpan.FromSeconds(configuration.GetValue("Innlogging:SesjonskontrollSekunder", 30)));
        // Identity's check makes the sign-in manager, the user manager and a context on every request only to find the
        // interval not yet passed (a tenth of a cached page's time): the same test first, and the check only after it.
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<IOptions<SecurityStampValidatorOptions>>((cookie, stempel) =>
            {
                var kontroll = cookie.Events.OnValidatePrincipal;
                cookie.Events.OnValidatePrincipal = context =>
                    context.Properties.IssuedUtc is { } utstedt
                    && (stempel.Value.TimeProvider ?? TimeProvider.System).GetUtcNow() - utstedt <= stempel.Value.ValidationInterval
                        ? Task.CompletedTask
                        : kontroll(context);
            });
        return services;
    }

    /// <summary>A user whose password an administrator reset reaches no page but the one to choose a new password, and the log-out.</summary>
    public static IApplicationBuilder UseByttPassord(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.User.HasClaim(c => c.Type == ByttPassordClaim)
            && !context.Request.Path.StartsWithSegments(ByttPassordSide, StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.StartsWithSegments("/konto/logg-ut", StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.StartsWithSegments("/feil", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(ByttPassordSide);
            return Task.CompletedTask;
        }

        return next(context);
    });
}
