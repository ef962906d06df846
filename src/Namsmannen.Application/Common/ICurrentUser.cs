namespace Namsmannen.Application.Common;

/// <summary>Who is acting: written to the audit log and used to scope what a creditor may see.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    string Navn { get; }

    Guid? KreditorId { get; }

    /// <summary>The office a caseworker or supervisor belongs to; they see only its cases. Empty: the whole country (administrators).</summary>
    string? Kontor { get; }

    /// <summary>The trekkpliktig (employer, NAV) an employer-API client acts for, by organisasjonsnummer; null for everyone else.</summary>
    string? Orgnr => null;

    /// <summary>The debtor a person logged in with ID-porten is (issue 19); null for everyone else, and for a person namsmannen has no case against.</summary>
    Guid? SkyldnerId => null;

    bool IsInRole(string role);
}

public static class CurrentUserExtensions
{
    /// <summary>
    /// The creditor organisation the user or API client acts for. The web layer's policies let only such users reach
    /// creditor features; if one gets here without it, that is a bug, and it fails closed.
    /// </summary>
    public static Guid Kreditor(this ICurrentUser bruker) =>
        bruker.KreditorId ?? throw new UnauthorizedAccessException("Brukeren er ikke knyttet til en kreditor.");

    /// <summary>The organisasjonsnummer an employer-API client acts for; anyone else fails closed.</summary>
    public static string Arbeidsgiver(this ICurrentUser bruker) =>
        bruker.Orgnr ?? throw new UnauthorizedAccessException("Klienten er ikke knyttet til en arbeidsgiver.");

    /// <summary>The debtor a logged-in person is; anyone else, or a person with no case, fails closed.</summary>
    public static Guid Skyldner(this ICurrentUser bruker) =>
        bruker.SkyldnerId ?? throw new UnauthorizedAccessException("Brukeren er ikke skyldner i noen sak.");

    /// <summary>
    /// A caseworker or supervisor who belongs to no office (a user from before offices existed) sees no cases at all
    /// until an administrator gives them one: failing closed, not open to the whole country.
    /// </summary>
    public static bool ManglerKontor(this ICurrentUser bruker) =>
        bruker.Kontor is null && bruker.KreditorId is null && !bruker.IsInRole(Identity.Roller.Admin)
        && (bruker.IsInRole(Identity.Roller.Saksbehandler) || bruker.IsInRole(Identity.Roller.Leder));

    /// <summary>
    /// The office whose work the user does: their own, or null (every office) for an administrator. Anyone else with no
    /// office sees nothing (fails closed).
    /// </summary>
    public static string? KontorEllerLandet(this ICurrentUser bruker) =>
        bruker.Kontor ?? (bruker.IsInRole(Identity.Roller.Admin) ? null : throw new UnauthorizedAccessException("Brukeren er ikke knyttet til et kontor."));
}
