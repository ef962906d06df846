using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Saker;

internal static class SakOppslag
{
    /// <summary>
    /// The case, tracked for change, or a Norwegian "not found"; a conflict at once if it is no longer the version
    /// the user saw.
    /// </summary>
    public static async Task<Sak> HentAsync(NamsmannenDbContext db, string saksnummer, uint? forventetVersjon, CancellationToken cancellationToken)
    {
        var sak = await db.Saker.SingleOrDefaultAsync(s => s.Saksnummer == saksnummer.Trim(), cancellationToken)
            ?? throw new IkkeFunnetException($"Fant ingen sak med saksnummer {saksnummer}.");
        await Revisjon.SjekkVersjonAsync(db, sak, forventetVersjon, cancellationToken);
        return sak;
    }
}
