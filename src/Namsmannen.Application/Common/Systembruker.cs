namespace Namsmannen.Application.Common;

/// <summary>
/// A job or an integration acting in its own name where no one is logged in (the bank file, a CSV upload worked in
/// the background, the scheduler, the coordinated trekk): the name the audit log shows, and what it may see: an
/// office, a creditor, or with <paramref name="Landet"/> every office, as an administrator.
/// </summary>
public sealed record Systembruker(string Navn, string? Kontor = null, bool Landet = false, string? UserId = null, Guid? KreditorId = null) : ICurrentUser
{
    public bool IsInRole(string role) => Landet && role == Identity.Roller.Admin;
}
