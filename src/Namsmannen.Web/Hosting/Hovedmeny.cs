using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// The main menu: each entry shown to whom the policy that guards its pages lets in, so the menu and the pages
/// never disagree (the layout checks no role itself).
/// </summary>
public static class Hovedmeny
{
    private static readonly (string Adresse, string Tekst, string Policy)[] Punkter =
    [
        ("/saksbehandling", "Saksbehandling", Policies.Saksbehandling),
        ("/leder", "Oversikt", Policies.Leder),
        ("/kreditor", "Mine saker", Policies.Kreditor),
        ("/admin", "Administrasjon", Policies.Admin),
        ("/admin/satser", "Satser", Policies.Admin),
    ];

    public static async Task<IReadOnlyList<(string Adresse, string Tekst)>> ForAsync(IAuthorizationService tilgang, ClaimsPrincipal bruker)
    {
        var synlige = new List<(string, string)>();
        foreach (var (adresse, tekst, policy) in Punkter)
        {
            if ((await tilgang.AuthorizeAsync(bruker, policy)).Succeeded)
            {
                synlige.Add((adresse, tekst));
            }
        }

        return synlige;
    }
}
