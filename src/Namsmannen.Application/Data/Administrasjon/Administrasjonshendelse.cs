namespace Namsmannen.Application.Data.Administrasjon;

/// <summary>
/// One line of the administrators' append-only audit log (issue 20): a rate row proposed, confirmed or rejected; a user
/// created, disabled, re-enabled, given a new password, new roles or a new office, or unlocked. Written in the same
/// transaction as the change it records; a trigger refuses every update and delete.
/// </summary>
public sealed class Administrasjonshendelse
{
    public long Id { get; init; }

    public DateTimeOffset Tidspunkt { get; init; }

    /// <summary>What happened, as a stable code (<c>SATSRAD_FORESLATT</c>, <c>BRUKER_DEAKTIVERT</c>, …).</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>What it happened to: <c>satsrad:17</c> or <c>bruker:&lt;id&gt;</c>.</summary>
    public string Gjelder { get; init; } = string.Empty;

    /// <summary>What changed, in words for the log's reader.</summary>
    public string Beskrivelse { get; init; } = string.Empty;

    public string? UtfortAv { get; init; }

    public string UtfortAvNavn { get; init; } = string.Empty;
}
