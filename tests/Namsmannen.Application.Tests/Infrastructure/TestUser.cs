using Namsmannen.Application.Common;

namespace Namsmannen.Application.Tests.Infrastructure;

/// <summary>The acting user in application tests; a test sets who it acts as.</summary>
public sealed class TestUser : ICurrentUser
{
    public string? UserId { get; set; }

    public string Navn { get; set; } = "Testbruker";

    public Guid? KreditorId { get; set; }

    public string? Kontor { get; set; }

    public HashSet<string> Roller { get; } = [];

    public bool IsInRole(string role) => Roller.Contains(role);
}
