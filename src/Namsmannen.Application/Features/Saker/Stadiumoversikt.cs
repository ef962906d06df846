using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Saker;

/// <summary>
/// The supervisor's first view: how many cases stand in each stage. A live count; summary tables kept current
/// as cases change replace it when the dashboard is built for 10 million cases.
/// </summary>
public static class Stadiumoversikt
{
    public sealed record Query : IRequest<Result>;

    public sealed record Result(IReadOnlyList<Linje> Linjer, int Totalt);

    public sealed record Linje(Saksstadium Stadium, int Antall);

    public sealed class Handler(NamsmannenDbContext db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var counts = await db.Saker.AsNoTracking()
                .GroupBy(s => s.Stadium)
                .Select(g => new { Stadium = g.Key, Antall = g.Count() })
                .ToDictionaryAsync(x => x.Stadium, x => x.Antall, cancellationToken);
            var linjer = Enum.GetValues<Saksstadium>().Select(s => new Linje(s, counts.GetValueOrDefault(s))).ToList();
            return new Result(linjer, linjer.Sum(l => l.Antall));
        }
    }
}
