namespace Namsmannen.Application.Data.Statistikk;

/// <summary>The folded sums by office and breakdown.</summary>
public sealed class SakTall : SakTallVerdier;

/// <summary>A pending change to <see cref="SakTall"/>.</summary>
public sealed class SakTallEndring : SakTallVerdier
{
    public long Id { get; set; }
}
