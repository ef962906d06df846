using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;

namespace Namsmannen.Application.Features.Portal;

/// <summary>
/// The creditor API's quota as a token bucket in PostgreSQL (issue 12, M4), so every instance behind the load balancer
/// draws from the same bucket: a creditor gets its quota once, not once per instance. One statement per request
/// refills the bucket for the time gone by and takes a token if there is one.
/// </summary>
public sealed class Kvote(NamsmannenDbContext db, TimeProvider clock)
{
    /// <summary>Whether the request may go on, and if not, in how many seconds a token is back.</summary>
    public sealed record Svar(bool Tillatt, int SekunderTilNeste);

    public async Task<Svar> TaAsync(Guid kreditorId, int burst, double perSekund, CancellationToken cancellationToken)
    {
        var naa = clock.GetUtcNow();
        var rader = await db.Database.SqlQuery<Rad>($"""
            INSERT INTO api_kvoter AS k (kreditor_id, tokens, oppdatert, tillatt)
            VALUES ({kreditorId}, {burst - 1.0}, {naa}, true)
            ON CONFLICT (kreditor_id) DO UPDATE SET
                (tokens, tillatt) = (SELECT CASE WHEN fylt >= 1 THEN fylt - 1 ELSE fylt END, fylt >= 1
                                       FROM (SELECT least({(double)burst}, k.tokens + greatest(0, extract(epoch FROM ({naa} - k.oppdatert))) * {perSekund}) AS fylt) AS p),
                oppdatert = {naa}
            RETURNING tokens AS "Tokens", tillatt AS "Tillatt"
            """).ToListAsync(cancellationToken);
        var rad = rader.Single();
        return new Svar(rad.Tillatt, rad.Tillatt ? 0 : Math.Max(1, (int)Math.Ceiling((1 - rad.Tokens) / perSekund)));
    }

    private sealed record Rad(double Tokens, bool Tillatt);
}
