using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Namsmannen.Application.Data;

/// <summary>
/// Applies migrations (and, when asked, the demo data) under one PostgreSQL advisory lock, so that several
/// app instances starting together against one database migrate it exactly once.
/// </summary>
/// <param name="demodata">The demo office, registered by the hosting (<c>AddNamsmannenDemo</c>); needed only to seed.</param>
public sealed partial class DatabaseMigrator(NamsmannenDbContext db, ILogger<DatabaseMigrator> logger, IDemodata? demodata = null)
{
    // An arbitrary constant shared by every instance: "NAMS" in ASCII.
    private const long LockKey = 0x4E414D53;

    public async Task<IReadOnlyList<string>> MigrateAsync(bool seedDemoData, CancellationToken cancellationToken)
    {
        await using var lockConnection = new NpgsqlConnection(db.Database.GetConnectionString());
        await lockConnection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", lockConnection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            // Create the history table first, so a fresh database does not log a failed query for it.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                // A migration rewrites whole tables on a large office (millions of cases): no 30-second command limit.
                var timeout = db.Database.GetCommandTimeout();
                db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
                await db.Database.MigrateAsync(cancellationToken);
                db.Database.SetCommandTimeout(timeout);
                LogApplied(logger, pending.Count, string.Join(", ", pending));
            }
            else
            {
                LogUpToDate(logger);
            }

            if (seedDemoData)
            {
                await (demodata ?? throw new InvalidOperationException("Demodata er ikke registrert (AddNamsmannenDemo).")).SeedOnceAsync(cancellationToken);
            }

            return pending;
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", lockConnection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s): {Migrations}")]
    private static partial void LogApplied(ILogger logger, int count, string migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date; no migrations to apply")]
    private static partial void LogUpToDate(ILogger logger);
}
