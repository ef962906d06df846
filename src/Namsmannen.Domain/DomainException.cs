namespace Namsmannen.Domain;

/// <summary>A rule of the law was broken. The message is Norwegian and shown to the user as it is.</summary>
public sealed class DomainException(string message) : Exception(message);
