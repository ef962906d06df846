namespace Namsmannen.Domain.Saker;

/// <summary>Raised by every transition: the application writes it to the audit log and the creditors' status feed.</summary>
public sealed record Stadiumendring(Guid SakId, string Saksnummer, Handling Handling, Saksstadium Fra, Saksstadium Til, DateOnly Dato, string? Begrunnelse);
