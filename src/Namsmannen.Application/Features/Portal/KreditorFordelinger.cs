using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Penger;

namespace Namsmannen.Application.Features.Portal;

/// <summary>The approved fordelinger in the creditor's own cases, newest first: what the creditor got and what is left uncovered.</summary>
public static class KreditorFordelinger
{
    public sealed record Query : IRequest<IReadOnlyList<Rad>>;

    public sealed record Rad(string Saksnummer, string Referanse, DateOnly Dato, DateTimeOffset Godkjent, decimal Salgssum, decimal TilDere, decimal UdekketForDere);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, IReadOnlyList<Rad>>
    {
        public async Task<IReadOnlyList<Rad>> Handle(Query request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            var rader = await db.Fordelinger.AsNoTracking()
                .Where(f => f.Godkjent != null)
                .Join(db.Saker.Where(s => s.KreditorId == kreditorId), f => f.SakId, s => s.Id, (f, s) => new { f, s })
                .OrderByDescending(x => x.f.Godkjent)
                .Take(200)
                .Select(x => new
                {
                    x.s.Saksnummer,
                    x.s.KreditorReferanse,
                    x.f.Dato,
                    Godkjent = x.f.Godkjent!.Value,
                    x.f.Salgssum,
                    Linjer = x.f.Linjer.Where(l => l.Saksoker).Select(l => new { l.Belop, l.Udekket }).ToList(),
                })
                .ToListAsync(cancellationToken);
            // An amount is a Belop, summed here in memory (EF cannot sum converted values in SQL).
            return rader.Select(r => new Rad(r.Saksnummer, r.KreditorReferanse, r.Dato, r.Godkjent, r.Salgssum,
                Belop.Sum(r.Linjer.Select(l => l.Belop)), Belop.Sum(r.Linjer.Select(l => l.Udekket)))).ToList();
        }
    }
}
