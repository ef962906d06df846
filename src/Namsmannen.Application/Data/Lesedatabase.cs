using Microsoft.EntityFrameworkCore;

namespace Namsmannen.Application.Data;

/// <summary>Where reads that may lag a moment go (issue 20): <c>ConnectionStrings:NamsmannenLesing</c>, a streaming replica, when set.</summary>
public sealed record Leseinnstillinger(string? Tilkobling);

/// <summary>
/// The context for the reads that may lag the primary by a moment (issue 20, docs/operations.md): the dashboard, the
/// case lists and their search, and the creditors' status feed. On a streaming replica when
/// <c>ConnectionStrings:NamsmannenLesing</c> is set, else the request's own context on the primary. A replica is a hot
/// standby: PostgreSQL refuses any write to it, and this context has no journal, so it saves no case either.
/// </summary>
public sealed class Lesedatabase(NamsmannenDbContext primar, Leseinnstillinger innstillinger) : IAsyncDisposable
{
    private NamsmannenDbContext? replika;

    /// <summary>Whether the reads go to a replica.</summary>
    public bool ErReplika => innstillinger.Tilkobling is not null;

    public NamsmannenDbContext Kontekst => innstillinger.Tilkobling is { } tilkobling
        ? replika ??= Opprett(tilkobling)
        : primar;

    /// <summary>
    /// How far the replica is behind the primary: zero when it has replayed all it has received, else the time since
    /// the last transaction it replayed. Null when the reads go to the primary.
    /// </summary>
    public async Task<TimeSpan?> EtterslepAsync(CancellationToken cancellationToken)
    {
        if (!ErReplika)
        {
            return null;
        }

        var sekunder = await Kontekst.Database.SqlQuery<double?>($"""
            SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                        ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())::float8 END AS "Value"
            """).SingleAsync(cancellationToken);
        return TimeSpan.FromSeconds(sekunder ?? 0);
    }

    public async ValueTask DisposeAsync()
    {
        if (replika is not null)
        {
            await replika.DisposeAsync();
        }
    }

    private static NamsmannenDbContext Opprett(string tilkobling)
    {
        var options = new DbContextOptionsBuilder<NamsmannenDbContext>();
        NamsmannenDbContext.Konfigurer(options, NamsmannenDbContext.MedForberedteSporringer(tilkobling))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return new NamsmannenDbContext(options.Options);
    }
}
