using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Parter;

namespace Namsmannen.Application.Features.Skyldnere;

internal static class SynligSkyldner
{
    /// <summary>
    /// The debtor, when at least one of their cases is visible to the user (<see cref="SakOppslag.Synlige"/>); otherwise
    /// "not found", exactly like a debtor that does not exist, so another office's debtors can be neither read nor changed.
    /// </summary>
    public static async Task<Skyldner> HentAsync(NamsmannenDbContext db, ICurrentUser bruker, Guid skyldnerId, CancellationToken cancellationToken, bool sporet = false)
    {
        var synlig = await db.Saker.AsNoTracking().Synlige(bruker).AnyAsync(s => s.SkyldnerId == skyldnerId, cancellationToken);
        var skyldnere = sporet ? db.Skyldnere : db.Skyldnere.AsNoTracking();
        return (synlig ? await skyldnere.SingleOrDefaultAsync(s => s.Id == skyldnerId, cancellationToken) : null)
            ?? throw new IkkeFunnetException("Fant ikke skyldneren.");
    }

    /// <summary>Notes a fact about the debtor in the audit log of each of their open cases (whichever office has them).</summary>
    public static async Task NoterPaApneSakerAsync(NamsmannenDbContext db, Guid skyldnerId, Domain.Saker.Sakshendelse hendelse, CancellationToken cancellationToken)
    {
        Domain.Saker.Saksstadium[] lukket = [.. Domain.Saker.Saksforlop.Lukket];
        foreach (var sakId in await db.Saker.Where(s => s.SkyldnerId == skyldnerId && !lukket.Contains(s.Stadium)).Select(s => s.Id).ToListAsync(cancellationToken))
        {
            db.Journal.Noter(sakId, hendelse);
        }
    }
}
