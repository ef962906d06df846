using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Saker;

/// <summary>The caseworker's start page: their open cases and the unassigned begjæringer waiting for someone.</summary>
public static class Arbeidsliste
{
    public const int Sidestorrelse = 25;

    private static readonly Saksstadium[] Lukket = [Saksstadium.Avsluttet, Saksstadium.Henlagt, Saksstadium.Avvist];

    public sealed record Query : IRequest<Result>;

    public sealed record Result(int AntallMine, int AntallUfordelte, IReadOnlyList<SakRad> Mine, IReadOnlyList<SakRad> Ufordelte);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser user) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var mine = db.Saker.AsNoTracking().Where(s => s.SaksbehandlerId == user.UserId && !Lukket.Contains(s.Stadium));
            var ufordelte = db.Saker.AsNoTracking().Where(s => s.SaksbehandlerId == null && s.Stadium == Saksstadium.BegjaringMottatt);
            return new Result(
                await mine.CountAsync(cancellationToken),
                await ufordelte.CountAsync(cancellationToken),
                await SakRader.ListAsync(db, mine, Sidestorrelse, cancellationToken),
                await SakRader.ListAsync(db, ufordelte, Sidestorrelse, cancellationToken));
        }
    }
}
