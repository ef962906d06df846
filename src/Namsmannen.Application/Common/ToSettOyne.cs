using Namsmannen.Application.Identity;

namespace Namsmannen.Application.Common;

/// <summary>
/// Four eyes on money (docs/domain.md, office rules): a supervisor (or an administrator) decides, and never the person
/// who made what is decided. One rule for a proposed fordeling and a distribution run.
/// </summary>
public static class ToSettOyne
{
    public static bool KanAvgjore(ICurrentUser bruker) => bruker.IsInRole(Roller.Leder) || bruker.IsInRole(Roller.Admin);

    /// <summary>Why <paramref name="bruker"/> may not decide what <paramref name="lagetAvId"/> made, in the words given, or null when they may.</summary>
    public static string? Hindring(ICurrentUser bruker, string lagetAvId, string bareLeder, string laget) =>
        !KanAvgjore(bruker) ? bareLeder
        : lagetAvId == bruker.UserId ? laget
        : null;
}
