using Microsoft.EntityFrameworkCore;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Utlegg;

/// <summary>
/// Registers follow the money (domain.md § 8): the day a case closes because the claim is paid, the begjæring is
/// withdrawn or the case is henlagt, every register entry namsmannen keeps gets its deletion notice, recorded on the
/// entry with an audit line, in the same transaction as the closing. An approved fordeling that does not pay the claim
/// ends only the utleggspant in the sold assets. Sending the notice is the outbox's work (issue 18). The same closing
/// stops the case's trekkpålegg (a STOPPET version the employer reads on its next poll).
/// </summary>
public static class Slettemeldinger
{
    /// <summary>Asks for the notices of one case; they are written when the closing is saved.</summary>
    internal static void Bestill(NamsmannenDbContext db, Guid sakId, DateOnly dato, bool bareUtleggspant, Handling handling) =>
        db.Slettebestillinger.Add(new Bestilling(sakId, dato, bareUtleggspant, handling));

    /// <summary>
    /// Has every case asked for order its notices (<see cref="Sak.BestillSlettemeldinger"/>: the rule is the case's);
    /// called by the context just before it saves, which then writes the facts the cases raised.
    /// </summary>
    internal static async Task SkrivAsync(NamsmannenDbContext db, CancellationToken cancellationToken)
    {
        // A whole case's notices cover its pledges too: the wider order of a case wins.
        var bestillinger = db.Slettebestillinger.OrderBy(b => b.BareUtleggspant).DistinctBy(b => b.SakId).ToList();
        db.Slettebestillinger.Clear();
        foreach (var b in bestillinger)
        {
            // The order comes from a fact the tracked case raised, so the case is here; its entries still waiting come with it.
            var sak = db.ChangeTracker.Entries<Sak>().Select(e => e.Entity).Single(s => s.Id == b.SakId);
            await db.Entry(sak).Collection(s => s.Registreringer).Query().Where(r => r.SlettemeldingSendt == null).LoadAsync(cancellationToken);
            sak.BestillSlettemeldinger(b.Dato, b.BareUtleggspant);

            // Issue 17: a trekk stops the same day the claim is covered (or the begjæring is withdrawn, the case henlagt).
            if (!b.BareUtleggspant)
            {
                var grunn = b.Handling switch
                {
                    Handling.TrekkTilbake => "Kreditor har trukket begjæringen.",
                    Handling.Henlegg => "Saken er henlagt.",
                    _ => "Kravet er dekket.",
                };
                await Features.Trekkordning.Trekkpaleggene.StoppAsync(db, sak, b.Dato, grunn, cancellationToken);
            }
        }
    }

    /// <param name="BareUtleggspant">Only the utleggspant in the case's assets (a sale), not its other entries.</param>
    internal sealed record Bestilling(Guid SakId, DateOnly Dato, bool BareUtleggspant, Handling Handling);
}
