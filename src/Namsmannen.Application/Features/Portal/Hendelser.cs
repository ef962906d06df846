using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Portal;

namespace Namsmannen.Application.Features.Portal;

/// <summary>
/// The creditor's status feed (<c>GET /api/v1/hendelser?etter=&amp;antall=</c>): its cases' events after a sequence
/// number, in strictly increasing order. A client stores the last number it handled and asks for what comes after.
/// </summary>
public static class Hendelser
{
    public const int MaksAntall = 1000;

    public sealed record Query(long Etter, int Antall) : IRequest<Result>;

    public sealed record Hendelse(long Sekvens, string Saksnummer, string Referanse, string Type, string Stadium, decimal Krav, decimal Innbetalt, DateOnly Dato, DateTimeOffset Tidspunkt)
    {
        public decimal Utestaende => Krav - Innbetalt;
    }

    /// <summary><c>Neste</c> is the number to ask after next time: the last one returned, or <c>etter</c> if none.</summary>
    public sealed record Result(IReadOnlyList<Hendelse> Hendelser, long Neste);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Etter).GreaterThanOrEqualTo(0).WithMessage("«etter» må være 0 eller et sekvensnummer du har fått.");
            RuleFor(q => q.Antall).InclusiveBetween(1, MaksAntall).WithMessage($"«antall» må være fra 1 til {MaksAntall}.");
        }
    }

    /// <remarks>
    /// The pending events are numbered on the primary; the page is read from the replica when there is one (issue 20).
    /// Numbers are given in commit order, and a replica replays commits in that order, so a lagging replica gives a
    /// shorter page, never one with a gap: the next poll from the last number gets the rest.
    /// </remarks>
    public sealed class Handler(NamsmannenDbContext db, Lesedatabase lesing, ICurrentUser bruker) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            await Statusfeed.SekvenserAsync(db, cancellationToken);
            var hendelser = await lesing.Kontekst.KreditorHendelser.AsNoTracking()
                .Where(h => h.KreditorId == kreditorId && h.Sekvens > request.Etter)
                .OrderBy(h => h.Sekvens)
                .Take(request.Antall)
                .Select(h => new Hendelse(h.Sekvens!.Value, h.Saksnummer, h.Referanse, h.Type, h.Stadium, h.Krav, h.Innbetalt, h.Dato, h.Tidspunkt))
                .ToListAsync(cancellationToken);
            return new Result(hendelser, hendelser.Count > 0 ? hendelser[^1].Sekvens : request.Etter);
        }
    }
}
