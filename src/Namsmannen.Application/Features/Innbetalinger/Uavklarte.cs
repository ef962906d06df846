using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Innbetalinger;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Application.Features.Innbetalinger;

/// <summary>
/// The office's suspense queue: payments to namsmannen's account that no case's KID matched, oldest first, with their
/// age in working days against the target of 3 (issue 16). An administrator sees every office's.
/// </summary>
public static class Uavklarte
{
    /// <summary>ASSUMPTION (issue 16): a payment in suspense is matched or marked for refund within 3 working days.</summary>
    public const int MaalVirkedager = 3;

    /// <param name="Referanse">One payment only, by its bank reference (its own page); null for the whole queue.</param>
    public sealed record Query(string? Referanse = null) : IRequest<Result>;

    public sealed record Rad(string Referanse, decimal Belop, DateOnly Bokforingsdato, string? Kid, string? Betaler, string? Tekst, string? Merknad, int AlderVirkedager, bool OverMaal);

    public sealed record Result(IReadOnlyList<Rad> Rader);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var kontor = bruker.KontorEllerLandet();
            var idag = Oslotid.IDag(clock);
            var rader = await db.Innbetalinger.AsNoTracking()
                .Where(i => i.Status == Innbetalingsstatus.Uavklart && (kontor == null || i.Kontor == kontor || i.Kontor == "*"))
                .Where(i => request.Referanse == null || i.Referanse == request.Referanse)
                .OrderBy(i => i.Bokforingsdato).ThenBy(i => i.Referanse).Take(500)
                .ToListAsync(cancellationToken);
            return new Result(rader.Select(i =>
            {
                var alder = Virkedager(i.Bokforingsdato, idag);
                return new Rad(i.Referanse, i.Belop, i.Bokforingsdato, i.Kid, i.Betaler, i.Tekst, i.Merknad, alder, alder > MaalVirkedager);
            }).ToList());
        }

        /// <summary>Working days after <paramref name="fra"/> up to and including <paramref name="til"/>.</summary>
        private static int Virkedager(DateOnly fra, DateOnly til)
        {
            var antall = 0;
            for (var d = fra.AddDays(1); d <= til; d = d.AddDays(1))
            {
                antall += Frister.ErVirkedag(d) ? 1 : 0;
            }

            return antall;
        }
    }
}
