namespace Namsmannen.Domain;

/// <summary>
/// A rule of the law was broken. The message is Norwegian and shown to the user as it is; <see cref="Felt"/> names the
/// input it concerns (by the command's property name), so the form can show the message beside that field.
/// </summary>
public sealed class DomainException(string message, string? felt = null) : Exception(message)
{
    public string? Felt { get; } = felt;
}
