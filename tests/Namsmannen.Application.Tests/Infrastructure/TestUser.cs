using Namsmannen.Application.Common;

namespace Namsmannen.Application.Tests.Infrastructure;

/// <summary>
/// An acting user in application tests. It cannot change once made: a test makes the users it acts as and passes
/// them with each command (<see cref="DatabaseFixture.SendAsync{TResponse}(MediatR.IRequest{TResponse}, ICurrentUser)"/>),
/// so nothing one test sets leaks into the next.
/// </summary>
public sealed record TestUser : ICurrentUser
{
    public string? UserId { get; init; }

    public string Navn { get; init; } = "Testbruker";

    public Guid? KreditorId { get; init; }

    public string? Kontor { get; init; }

    public string? Orgnr { get; init; }

    public IReadOnlySet<string> Roller { get; init; } = new HashSet<string>();

    public bool IsInRole(string role) => Roller.Contains(role);

    public static TestUser Saksbehandler(string kontor, string navn = "Kari Nordmann", string? id = null) =>
        new() { UserId = id, Navn = navn, Kontor = kontor, Roller = new HashSet<string> { Identity.Roller.Saksbehandler } };

    public static TestUser Leder(string kontor, string navn = "Leder Testesen", string? id = null) =>
        new() { UserId = id, Navn = navn, Kontor = kontor, Roller = new HashSet<string> { Identity.Roller.Leder } };

    public static TestUser Admin(string navn = "Admin Testesen") =>
        new() { Navn = navn, Roller = new HashSet<string> { Identity.Roller.Admin } };

    public static TestUser Arbeidsgiver(string orgnr, string navn = "Lønnssystemet") =>
        new() { Navn = navn, Orgnr = orgnr };

    public static TestUser Kreditor(Guid kreditorId, string navn = "Sofie Lunde") =>
        new() { Navn = navn, KreditorId = kreditorId, Roller = new HashSet<string> { Identity.Roller.Kreditor } };
}
