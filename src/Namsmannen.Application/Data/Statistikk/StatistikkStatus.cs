namespace Namsmannen.Application.Data.Statistikk;

/// <summary>One row: when the pending changes were last folded into the sums.</summary>
public sealed class StatistikkStatus
{
    public int Id { get; set; }

    public DateTimeOffset? SistSamlet { get; set; }
}
