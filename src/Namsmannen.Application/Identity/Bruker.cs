using Microsoft.AspNetCore.Identity;

namespace Namsmannen.Application.Identity;

/// <summary>A person who logs in: caseworker, supervisor, administrator or a creditor's portal user.</summary>
public sealed class Bruker : IdentityUser
{
    public string FulltNavn { get; set; } = string.Empty;

    /// <summary>Set for portal users: the creditor organisation whose cases they may see.</summary>
    public Guid? KreditorId { get; set; }

    /// <summary>Set for caseworkers and supervisors: the office (<c>Kontorinndeling</c> code) whose cases they work and see. Empty for administrators, who see the whole country.</summary>
    public string? Kontor { get; set; }

    /// <summary>When an administrator disabled the account (issue 20): it cannot log in, and its sessions end.</summary>
    public DateTimeOffset? Deaktivert { get; set; }

    /// <summary>Set when an administrator reset the password: the user must choose a new one before anything else.</summary>
    public bool MaByttePassord { get; set; }

    /// <summary>The last successful login.</summary>
    public DateTimeOffset? SistInnlogget { get; set; }
}
