using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;

namespace Namsmannen.Application.Features.Portal;

/// <summary>One attachment's file. A creditor gets only its own cases' attachments; anything else is "not found".</summary>
public static class HentVedlegg
{
    public sealed record Query(string Saksnummer, Guid Id) : IRequest<Fil>;

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, Fil>
    {
        public async Task<Fil> Handle(Query request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.KreditorId;
            return await db.Vedlegg.AsNoTracking()
                .Where(v => v.Id == request.Id)
                .Join(db.Saker, v => v.SakId, s => s.Id, (v, s) => new { v, s })
                .Where(x => x.s.Saksnummer == request.Saksnummer && (kreditorId == null || x.s.KreditorId == kreditorId))
                .Select(x => new Fil(x.v.Filnavn, x.v.Innholdstype, x.v.Innhold))
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new IkkeFunnetException("Fant ikke vedlegget.");
        }
    }
}
