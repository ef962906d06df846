using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;

namespace Namsmannen.Application.Features.Portal;

/// <summary>The organisation's API keys, newest first: name, prefix, when made, last used and revoked. Never the key.</summary>
public static class ApiNokler
{
    public sealed record Query : IRequest<IReadOnlyList<Rad>>;

    public sealed record Rad(Guid Id, string Navn, string Prefiks, DateTimeOffset Opprettet, string OpprettetAvNavn, DateTimeOffset? SistBrukt, DateTimeOffset? Tilbakekalt, string? TilbakekaltAvNavn);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, IReadOnlyList<Rad>>
    {
        public async Task<IReadOnlyList<Rad>> Handle(Query request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            return await db.ApiNokler.AsNoTracking()
                .Where(k => k.KreditorId == kreditorId)
                .OrderByDescending(k => k.Opprettet)
                .Select(k => new Rad(k.Id, k.Navn, k.Prefiks, k.Opprettet, k.OpprettetAvNavn, k.SistBrukt, k.Tilbakekalt, k.TilbakekaltAvNavn))
                .ToListAsync(cancellationToken);
        }
    }
}
