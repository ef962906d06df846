using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Portal;
using Npgsql;

namespace Namsmannen.Application.Features.Portal;

/// <summary>
/// <c>Idempotency-Key</c> on the creditor API's amendments (issue 12, H6), as Stripe and the IETF draft describe it:
/// the first request with a key is carried out and its answer stored in the same transaction; a retry with the same key
/// and the same request gets that answer again without booking anything; the same key with another request is refused.
/// A request that fails stores nothing, so its retry runs afresh.
/// </summary>
public sealed class Idempotens(NamsmannenDbContext db, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";

    /// <summary>The stored answer to replay, or null when this request is the first with its key (then it must be carried out).</summary>
    public sealed record Lagret(int Status, string Svar);

    /// <summary>Why a key cannot be used, or null when it can.</summary>
    public static string? Feil(string nokkel) =>
        nokkel.Length is 0 or > 100 || nokkel.Any(c => c is < '!' or > '~')
            ? "Idempotency-Key må være 1–100 synlige ASCII-tegn, for eksempel en UUID."
            : null;

    public static byte[] Hash(string metode, string sti, ReadOnlySpan<byte> body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(metode + " " + sti + "\n"));
        hash.AppendData(body);
        return hash.GetHashAndReset();
    }

    /// <summary>
    /// Claims the key inside the caller's open transaction. When another request holds it, this waits for that one to
    /// finish (its row lock), then replays its answer. Throws <see cref="Domain.DomainException"/> (422) when the key was
    /// used for another request.
    /// </summary>
    public async Task<Lagret?> ReserverAsync(Guid kreditorId, string nokkel, string sti, byte[] hash, CancellationToken cancellationToken)
    {
        var ny = await db.Database.SqlQuery<int>($"""
            INSERT INTO idempotensnokler (kreditor_id, nokkel, sti, foresporsel_hash, opprettet)
            VALUES ({kreditorId}, {nokkel}, {sti}, {hash}, {clock.GetUtcNow()})
            ON CONFLICT (kreditor_id, nokkel) DO NOTHING
            RETURNING 1 AS "Value"
            """).ToListAsync(cancellationToken);
        if (ny.Count == 1)
        {
            return null;
        }

        var lagret = await db.Idempotensnokler.FromSql($"SELECT * FROM idempotensnokler WHERE kreditor_id = {kreditorId} AND nokkel = {nokkel} FOR SHARE")
            .AsNoTracking().SingleAsync(cancellationToken);
        if (lagret.Sti != sti || !CryptographicOperations.FixedTimeEquals(lagret.ForesporselHash, hash))
        {
            throw new Domain.DomainException($"Idempotency-Key «{nokkel}» er alt brukt for en annen forespørsel. Bruk en ny nøkkel for en ny endring. Ingenting er lagret.");
        }

        return lagret is { Status: { } status, Svar: { } svar } ? new Lagret(status, svar) : null;
    }

    /// <summary>Stores the answer with the key, in the same transaction as the amendment it answers.</summary>
    public Task LagreAsync(Guid kreditorId, string nokkel, int status, string svar, CancellationToken cancellationToken) =>
        db.Idempotensnokler.Where(k => k.KreditorId == kreditorId && k.Nokkel == nokkel)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.Status, status).SetProperty(k => k.Svar, svar), cancellationToken);
}
