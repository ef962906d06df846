namespace Namsmannen.Application.Common;

/// <summary>Who is acting: written to the audit log and used to scope what a creditor may see.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    string Navn { get; }

    Guid? KreditorId { get; }

    bool IsInRole(string role);
}
