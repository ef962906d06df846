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
/// <param name="eier">The schema owner's login, when set: the migrations run under it, the demo data under the app's own role.</param>
/// <param name="demodata">The demo office, registered by the hosting (<c>AddNamsmannenDemo</c>); needed only to seed.</param>
public sealed partial class DatabaseMigrator(NamsmannenDbContext appDb, Eierforbindelse eier, ILogger<DatabaseMigrator> logger, IDemodata? demodata = null)
{
    // An arbitrary constant shared by every instance: "NAMS" in ASCII.
    private const long LockKey = 0x4E414D53;

    public async Task<IReadOnlyList<string>> MigrateAsync(bool seedDemoData, CancellationToken cancellationToken)
    {
        await using var eierDb = eier.ConnectionString is { Length: > 0 } eiers ? NamsmannenDbContext.Opprett(eiers) : null;
        var db = eierDb ?? appDb;
        await using var lockConnection = new NpgsqlConnection(db.Database.GetConnectionString());
        await lockConnection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", lockConnection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            // Create the history table first, so a fresh database does not log a failed query for it (only when it is
            // missing: the application's own role may not create anything, and has nothing to create once migrated).
            var historikk = db.GetService<IHistoryRepository>();
            if (!await historikk.ExistsAsync(cancellationToken))
            {
                await UnderEierAsync(() => historikk.CreateIfNotExistsAsync(cancellationToken));
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                // A migration rewrites whole tables on a large office (millions of cases): no 30-second command limit.
                var timeout = db.Database.GetCommandTimeout();
                db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
                await UnderEierAsync(() => db.Database.MigrateAsync(cancellationToken));
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
            await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", lockConnection))
            {
                await release.ExecuteNonQueryAsync(CancellationToken.None);
            }

            if (eierDb is not null)
            {
                // The owner's login is for the migrations only: no idle session of it stays in the app's pool.
                await lockConnection.CloseAsync();
                NpgsqlConnection.ClearPool(lockConnection);
                if (eierDb.Database.GetDbConnection() is NpgsqlConnection eiersTilkobling)
                {
                    NpgsqlConnection.ClearPool(eiersTilkobling);
                }
            }
        }
    }

    /// <summary>Runs schema work, saying what to set when the login may not do it (the application's own role).</summary>
    private static async Task UnderEierAsync(Func<Task> arbeid)
    {
        try
        {
            await arbeid();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new InvalidOperationException(
                $"Migreringene må kjøres som skjemaets eier ({Databaseroller.Eier}), men denne innloggingen får ikke endre skjemaet: {ex.MessageText}. "
                + $"Sett {Eierforbindelse.Innstilling.Replace(":", "__", StringComparison.Ordinal)} til eierens tilkobling, eller kjør ./build.sh migrate med den (docs/operations.md, «Database roles»).", ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s): {Migrations}")]
    private static partial void LogApplied(ILogger logger, int count, string migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date; no migrations to apply")]
    private static partial void LogUpToDate(ILogger logger);
}
