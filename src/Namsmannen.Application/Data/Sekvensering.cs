using Microsoft.EntityFrameworkCore;

namespace Namsmannen.Application.Data;

/// <summary>
/// Numbers a feed's committed rows after commit, in one place under a lock: numbers handed out at insert time would let
/// a reader see number 11 from a quick transaction while a slower one still holds number 10, and a client that resumes
/// after 11 would miss 10 for ever. Used by the creditors' status feed and the employers' trekkpålegg feed.
/// </summary>
public static class Sekvensering
{
    /// <summary>
    /// Gives every committed row of <paramref name="tabell"/> without a number the next numbers, in insert order, under
    /// the advisory lock <paramref name="laas"/>, so two numberings never interleave.
    /// </summary>
    public static async Task NummererAsync(NamsmannenDbContext db, long laas, string tabell, CancellationToken cancellationToken)
    {
        // The table is one of this code's own names, never input; refuse anything else before it reaches SQL.
        if (tabell is not ("kreditor_hendelser" or "trekkpalegg_versjoner"))
        {
            throw new ArgumentOutOfRangeException(nameof(tabell), tabell, "Ukjent strøm.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
#pragma warning disable EF1002 // the table name is checked above; the lock is a number
        await db.Database.ExecuteSqlRawAsync(
            $"""
            SELECT pg_advisory_xact_lock({laas});
            WITH start AS (SELECT coalesce(max(sekvens), 0) AS s FROM {tabell}),
                 klare AS (SELECT id, row_number() OVER (ORDER BY id) AS nr FROM {tabell} WHERE sekvens IS NULL)
            UPDATE {tabell} h SET sekvens = start.s + klare.nr FROM klare, start WHERE h.id = klare.id;
            """,
            cancellationToken);
#pragma warning restore EF1002
        await transaction.CommitAsync(cancellationToken);
    }
}
