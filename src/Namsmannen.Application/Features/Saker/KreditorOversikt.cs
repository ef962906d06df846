using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;

namespace Namsmannen.Application.Features.Saker;

/// <summary>The creditor portal's start page: the organisation's own cases, and nothing of any other creditor's.</summary>
public static class KreditorOversikt
{
    public const int Sidestorrelse = 25;

    public sealed record Query : IRequest<Result>;

    public sealed record Result(string Kreditor, int AntallSaker, IReadOnlyList<SakRad> Saker);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser user) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var kreditorId = user.KreditorId ?? throw new UnauthorizedAccessException("Brukeren er ikke knyttet til en kreditor.");
            var navn = await db.Kreditorer.Where(k => k.Id == kreditorId).Select(k => k.Navn).SingleAsync(cancellationToken);
            var saker = db.Saker.AsNoTracking().Where(s => s.KreditorId == kreditorId);
            return new Result(navn, await saker.CountAsync(cancellationToken), await SakRader.ListAsync(db, saker, Sidestorrelse, cancellationToken));
        }
    }
}
