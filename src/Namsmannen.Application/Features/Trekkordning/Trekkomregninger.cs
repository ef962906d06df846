using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Features.Trekkordning;

/// <summary>
/// The recalculations for new livsoppholdssatser as the office sees them: each run with its counts, and for the newest
/// one (or the chosen one) the office's trekk the new rates change, waiting for release or released.
/// </summary>
public static class Trekkomregninger
{
    public sealed record Query(Guid? OmregningId = null) : IRequest<Result>;

    public sealed record Result(IReadOnlyList<Omregning> Omregninger, Omregning? Valgt, IReadOnlyList<Linje> Venter, IReadOnlyList<Linje> Frigitt, int VenterTotalt);

    /// <param name="FraDato">From when the new amounts govern if released today.</param>
    public sealed record Omregning(Guid Id, DateOnly SatserFra, DateTimeOffset Opprettet, int Vurdert, int UtenGrunnlag, int Endres, int Venter, DateOnly FraDato);

    public sealed record Linje(string Saksnummer, decimal Gammelt, decimal Nytt, DateOnly? Frigitt, string? FrigittAv, int? Versjon, string? Merknad);

    /// <summary>At most this many lines of each kind are listed; the counts say how many there are.</summary>
    public const int Vis = 500;

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var kontor = bruker.KontorEllerLandet();
            var idag = Oslotid.IDag(clock);
            var linjer = db.TrekkomregningLinjer.Where(l => kontor == null || l.Kontor == kontor);
            var omregninger = (await db.Trekkomregninger.OrderByDescending(o => o.SatserFra)
                    .Select(o => new
                    {
                        o.Id,
                        o.SatserFra,
                        o.Opprettet,
                        o.Vurdert,
                        o.UtenGrunnlag,
                        Endres = linjer.Count(l => l.OmregningId == o.Id),
                        Venter = linjer.Count(l => l.OmregningId == o.Id && l.Frigitt == null),
                    })
                    .ToListAsync(cancellationToken))
                .Select(o => new Omregning(o.Id, o.SatserFra, o.Opprettet, o.Vurdert, o.UtenGrunnlag, o.Endres, o.Venter, Satsomregning.FraDato(o.SatserFra, idag)))
                .ToList();
            var valgt = request.OmregningId is { } id ? omregninger.SingleOrDefault(o => o.Id == id) : omregninger.FirstOrDefault();
            if (valgt is null)
            {
                return request.OmregningId is null
                    ? new Result(omregninger, null, [], [], 0)
                    : throw new IkkeFunnetException("Fant ingen slik omregning.");
            }

            var venter = await Linjer(linjer.Where(l => l.OmregningId == valgt.Id && l.Frigitt == null).OrderBy(l => l.Saksnummer), cancellationToken);
            var frigitt = await Linjer(linjer.Where(l => l.OmregningId == valgt.Id && l.Frigitt != null).OrderByDescending(l => l.Frigitt).ThenBy(l => l.Saksnummer), cancellationToken);
            return new Result(omregninger, valgt, venter, frigitt, valgt.Venter);
        }

        private static Task<List<Linje>> Linjer(IQueryable<Data.Utlegg.TrekkomregningLinje> linjer, CancellationToken cancellationToken) =>
            linjer.Take(Vis).Select(l => new Linje(l.Saksnummer, l.Gammelt, l.Nytt, l.Frigitt, l.FrigittAvNavn, l.Versjon, l.Merknad)).ToListAsync(cancellationToken);
    }
}
