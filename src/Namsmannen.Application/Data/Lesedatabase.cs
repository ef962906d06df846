using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Namsmannen.Application.Data;

/// <summary>
/// Where reads that may lag a moment go (issue 20): <c>ConnectionStrings:NamsmannenLesing</c>, a streaming replica, when
/// set, else <paramref name="Primar"/>, the app's own database.
/// </summary>
public sealed record Leseinnstillinger(string? Tilkobling, string Primar)
{
    /// <summary>The connection string of the reads, as the contexts have it, so a plain connection shares their pool.</summary>
    public string Lesestreng { get; } = NamsmannenDbContext.MedForberedteSporringer(Tilkobling ?? Primar);

    /// <summary>The replica context's options, built once for the app rather than for every request.</summary>
    public DbContextOptions<NamsmannenDbContext>? Valg { get; } = Tilkobling is null ? null : Bygg(Tilkobling);

    private static DbContextOptions<NamsmannenDbContext> Bygg(string tilkobling)
    {
        var options = new DbContextOptionsBuilder<NamsmannenDbContext>();
        NamsmannenDbContext.Konfigurer(options, NamsmannenDbContext.MedForberedteSporringer(tilkobling))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return options.Options;
    }
}

/// <summary>
/// The context for the reads that may lag the primary by a moment (issue 20, docs/operations.md): the dashboard, the
/// case lists and their search, and the creditors' status feed. On a streaming replica when
/// <c>ConnectionStrings:NamsmannenLesing</c> is set, else the request's own context on the primary. A replica is a hot
/// standby: PostgreSQL refuses any write to it, and this context has no journal, so it saves no case either.
/// </summary>
/// <remarks>The request's context is taken from the request's services when first asked for, not when this is made: a
/// read answered without it (the dashboard's buffer) then never sets one up.</remarks>
public sealed class Lesedatabase(IServiceProvider tjenester, Leseinnstillinger innstillinger) : IAsyncDisposable
{
    private NamsmannenDbContext? replika;

    /// <summary>Whether the reads go to a replica.</summary>
    public bool ErReplika => innstillinger.Tilkobling is not null;

    /// <summary>
    /// A plain connection to where the reads go, opened from the pool, for one short statement where setting up the
    /// context would cost more than the statement (the dashboard's check of its buffer).
    /// </summary>
    public async Task<Npgsql.NpgsqlConnection> ApneForbindelseAsync(CancellationToken cancellationToken)
    {
        var forbindelse = new Npgsql.NpgsqlConnection(innstillinger.Lesestreng);
        await forbindelse.OpenAsync(cancellationToken);
        return forbindelse;
    }

    public NamsmannenDbContext Kontekst => innstillinger.Valg is { } valg
        ? replika ??= new NamsmannenDbContext(valg)
        : tjenester.GetRequiredService<NamsmannenDbContext>();

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
}
