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

    public static IServiceCollection AddSesjonskontroll(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<SecurityStampValidatorOptions>(options =>
            options.ValidationInterval = TimeSpan.FromSeconds(configuration.GetValue("Innlogging:SesjonskontrollSekunder", 30)));

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
