using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Saker;

internal static class SakOppslag
{
    /// <summary>The case, tracked for change, or a Norwegian "not found".</summary>
    public static async Task<Sak> HentAsync(NamsmannenDbContext db, string saksnummer, CancellationToken cancellationToken) =>
        await db.Saker.SingleOrDefaultAsync(s => s.Saksnummer == saksnummer.Trim(), cancellationToken)
        ?? throw new IkkeFunnetException($"Fant ingen sak med saksnummer {saksnummer}.");
}
