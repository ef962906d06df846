using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Namsmannen.Application.Common;
using Namsmannen.Application.Identity;

namespace Namsmannen.Web.Hosting;

public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string KreditorClaim = "namsmannen:kreditor";
    public const string NavnClaim = "namsmannen:navn";
    public const string KontorClaim = "namsmannen:kontor";
    public const string OrgnrClaim = "namsmannen:arbeidsgiver";
    public const string SkyldnerClaim = "namsmannen:skyldner";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Navn => Principal?.FindFirstValue(NavnClaim) ?? Principal?.Identity?.Name ?? "Ukjent";

    public Guid? KreditorId => Guid.TryParse(Principal?.FindFirstValue(KreditorClaim), out var id) ? id : null;

    public string? Kontor => Principal?.FindFirstValue(KontorClaim);

    public string? Orgnr => Principal?.FindFirstValue(OrgnrClaim);

    public Guid? SkyldnerId => Principal?.IsInRole(Roller.Skyldner) == true && Guid.TryParse(Principal.FindFirstValue(SkyldnerClaim), out var id) ? id : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) ?? false;
}

/// <summary>Puts the user's full name and creditor organisation into the login cookie.</summary>
public sealed class BrukerClaimsFactory(
    UserManager<Bruker> users,
    RoleManager<IdentityRole> roles,
    Microsoft.Extensions.Options.IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Bruker, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Bruker user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(HttpCurrentUser.NavnClaim, user.FulltNavn));
        if (user.KreditorId is { } kreditorId)
        {
            identity.AddClaim(new Claim(HttpCurrentUser.KreditorClaim, kreditorId.ToString()));
        }

        if (user.Kontor is { } kontor)
        {
            identity.AddClaim(new Claim(HttpCurrentUser.KontorClaim, kontor));
        }

        if (user.MaByttePassord)
        {
            identity.AddClaim(new Claim(Sesjonskontroll.ByttPassordClaim, "1"));
        }

        return identity;
    }
}
