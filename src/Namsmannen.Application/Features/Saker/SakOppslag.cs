using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Saker;

internal static class SakOppslag
{
    /// <summary>
    /// The case, tracked for change, or a Norwegian "not found"; a conflict at once if it is no longer the version
    /// the user saw. A creditor finds only its own cases: another creditor's case is "not found", exactly like one
    /// that does not exist, so a creditor cannot even learn that a saksnummer is in use.
    /// </summary>
    public static async Task<Sak> HentAsync(NamsmannenDbContext db, ICurrentUser bruker, string saksnummer, uint? forventetVersjon, CancellationToken cancellationToken)
    {
        var saker = db.Saker.Where(s => s.Saksnummer == saksnummer.Trim());
        if (bruker.KreditorId is { } kreditorId)
        {
            saker = saker.Where(s => s.KreditorId == kreditorId);
        }

        var sak = await saker.SingleOrDefaultAsync(cancellationToken)
            ?? throw new IkkeFunnetException($"Fant ingen sak med saksnummer {saksnummer}.");
        await Revisjon.SjekkVersjonAsync(db, sak, forventetVersjon, cancellationToken);
        return sak;
    }
}
