using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;

namespace Namsmannen.Application.Features.Portal;

/// <summary>
/// One attachment's file, of a case the user may see (<see cref="Saker.SakOppslag.Synlige"/>): a creditor its own
/// cases', a caseworker their office's (issue 12, M1); a creditor only what creditors attached, a debtor only what the
/// debtor attached (issue 19). Anything else is "not found".
/// </summary>
public static class HentVedlegg
{
    public sealed record Query(string Saksnummer, Guid Id) : IRequest<Fil>;

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, Fil>
    {
        public async Task<Fil> Handle(Query request, CancellationToken cancellationToken)
        {
            var vedlegg = db.Vedlegg.AsNoTracking().Where(v => v.Id == request.Id);
            if (bruker.IsInRole(Identity.Roller.Skyldner))
            {
                vedlegg = vedlegg.Where(v => v.Avsender == Data.Portal.Vedleggsavsender.Skyldner);
            }
            else if (bruker.KreditorId is not null)
            {
                vedlegg = vedlegg.Where(v => v.Avsender == Data.Portal.Vedleggsavsender.Kreditor);
            }

            return await vedlegg
                .Join(db.Saker.Synlige(bruker), v => v.SakId, s => s.Id, (v, s) => new { v, s })
                .Where(x => x.s.Saksnummer == request.Saksnummer)
                .Select(x => new Fil(x.v.Filnavn, x.v.Innholdstype, x.v.Innhold))
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new IkkeFunnetException("Fant ikke vedlegget.");
        }
    }
}
