using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Brevsending;

/// <summary>
/// The digital mailbox's opening receipts: every digital letter delivered within <see cref="Dager"/> days and not yet
/// opened is asked about, and an opening is recorded on its case (<see cref="Sak.BrevApnet"/>, audit <c>BREV_APNET</c>)
/// in a transaction of its own. A letter whose case changed meanwhile is asked about again next time.
/// </summary>
public sealed class Apningskvitteringer(NamsmannenDbContext db, IDigitalPost post, TimeProvider clock)
{
    /// <summary>How long after delivery an opening is still asked for.</summary>
    public const int Dager = 30;

    /// <summary>Asks about at most <paramref name="maks"/> letters, the longest delivered first; how many were opened.</summary>
    public async Task<int> HentAsync(int maks, CancellationToken cancellationToken)
    {
        var fra = Oslotid.IDag(clock).AddDays(-Dager);
        var uapnede = await db.Brev.AsNoTracking()
            .Where(b => b.Kanal == Brevkanal.Digital && b.Apnet == null && b.Levert >= fra)
            .OrderBy(b => b.Levert).ThenBy(b => b.Id).Take(maks)
            .Select(b => new { b.Id, b.SakId }).ToListAsync(cancellationToken);
        var apnet = 0;
        foreach (var brev in uapnede)
        {
            if (await post.ApnetAsync(brev.Id, cancellationToken) is not { } dato)
            {
                continue;
            }

            db.Forkast();
            var sak = await db.Saker.SingleAsync(s => s.Id == brev.SakId, cancellationToken);
            await db.Entry(sak).Collection(s => s.Brev).Query().Where(b => b.Id == brev.Id).LoadAsync(cancellationToken);
            db.Journal.Aktor = new Aktor(null, post.Navn);
            sak.BrevApnet(brev.Id, dato);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                apnet++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone changed the case meanwhile: the receipt is asked for again on the next run.
            }
        }

        return apnet;
    }
}
