namespace Namsmannen.Application.Data.Statistikk;

/// <summary>The folded sums by office and day.</summary>
public sealed class DagTall : DagTallVerdier;

/// <summary>A pending change to <see cref="DagTall"/>.</summary>
public sealed class DagTallEndring : DagTallVerdier
{
    public long Id { get; set; }
}
