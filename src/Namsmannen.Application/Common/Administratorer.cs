using Namsmannen.Application.Identity;

namespace Namsmannen.Application.Common;

/// <summary>
/// What only an administrator may do (rates and users, issue 20): the web layer's policy lets only them reach it; the
/// commands check again, so a bug in a policy fails closed.
/// </summary>
public static class Administratorer
{
    public static void Krev(ICurrentUser bruker, string hva)
    {
        if (!bruker.IsInRole(Roller.Admin))
        {
            throw new UnauthorizedAccessException($"Bare administratorer kan {hva}.");
        }
    }
}
