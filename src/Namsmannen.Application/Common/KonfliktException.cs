namespace Namsmannen.Application.Common;

/// <summary>Someone else changed the case since it was read. The message names who and when, and asks for a reload.</summary>
public sealed class KonfliktException(string message) : Exception(message);

/// <summary>The case (or other thing) asked for does not exist, or is not the user's to see.</summary>
public sealed class IkkeFunnetException(string message) : Exception(message);
