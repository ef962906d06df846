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
}
