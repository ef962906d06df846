using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;

namespace Namsmannen.Application.Features.Portal;

/// <summary>
/// API keys look like <c>nm_k3j9x2qa_…</c>: a public prefix that finds the row, then 256 random bits. Only the SHA-256
/// hash is stored (the key is random, so a slow password hash adds nothing), and it is compared in constant time.
/// </summary>
public static class ApiNokkelformat
{
    private const string Alfabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static (string Nokkel, string Prefiks, byte[] Hash) Lag()
    {
        var prefiks = "nm_" + string.Concat(RandomNumberGenerator.GetItems<char>(Alfabet, 8));
        var nokkel = prefiks + "_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (nokkel, prefiks, Hash(nokkel));
    }

    public static byte[] Hash(string nokkel) => SHA256.HashData(Encoding.UTF8.GetBytes(nokkel));

    /// <summary>The prefix of a key as presented, or null when it cannot be one of ours.</summary>
    public static string? Prefiks(string? nokkel) =>
        nokkel is { Length: > 13 and < 200 } && nokkel.StartsWith("nm_", StringComparison.Ordinal) && nokkel[11] == '_' ? nokkel[..11] : null;

    /// <summary>The API client behind a presented key, or null when the key is unknown, wrong or revoked.</summary>
    public static async Task<ApiKlient?> FinnAsync(NamsmannenDbContext db, string? nokkel, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Prefiks(nokkel) is not { } prefiks)
        {
            return null;
        }

        var treff = await db.ApiNokler.AsNoTracking()
            .Where(k => k.Prefiks == prefiks && k.Tilbakekalt == null)
            .Join(db.Kreditorer, k => k.KreditorId, kr => kr.Id, (k, kr) => new { k.Id, k.KreditorId, k.Navn, k.Hash, k.SistBrukt, Kreditor = kr.Navn })
            .SingleOrDefaultAsync(cancellationToken);
        if (treff is null || !Stemmer(treff.Hash, nokkel!))
        {
            return null;
        }

        var naa = clock.GetUtcNow();
        if (SkalMerkesBrukt(treff.SistBrukt, naa))
        {
            await db.ApiNokler.Where(k => k.Id == treff.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.SistBrukt, naa), cancellationToken);
        }

        return new ApiKlient(treff.Id, treff.KreditorId, treff.Navn, treff.Kreditor);
    }

    /// <summary>Whether the presented key is the one whose hash is stored, compared in constant time.</summary>
    public static bool Stemmer(byte[] lagretHash, string nokkel) => CryptographicOperations.FixedTimeEquals(lagretHash, Hash(nokkel));

    /// <summary>"Last used" for the keys pages is written at most once a minute per key.</summary>
    public static bool SkalMerkesBrukt(DateTimeOffset? sistBrukt, DateTimeOffset naa) => sistBrukt is null || sistBrukt < naa.AddMinutes(-1);
}

public sealed record ApiKlient(Guid NokkelId, Guid KreditorId, string Navn, string Kreditor);
