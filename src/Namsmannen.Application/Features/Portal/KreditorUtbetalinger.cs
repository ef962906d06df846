using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utbetalinger;
using Namsmannen.Domain.Penger;

namespace Namsmannen.Application.Features.Portal;

/// <summary>
/// A creditor's payouts from namsmannen (issue 16): the account it is paid to, and its statement, the lines of its own
/// cases' money (the newest 500 lines), paid in approved runs or waiting for one, with the sums of all of it. Another
/// creditor's money is never in it.
/// </summary>
public static class KreditorUtbetalinger
{
    public sealed record Query : IRequest<Result>;

    public sealed record Linje(string? Saksnummer, string Grunnlag, decimal Belop, bool Utbetalt, long? Kjoring, DateOnly? Betalingsdato);

    public sealed record Result(string? Kontonummer, decimal Utbetalt, decimal Venter, IReadOnlyList<Linje> Linjer);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            var konto = await db.Kreditorer.Where(k => k.Id == kreditorId).Select(k => k.Kontonummer).SingleAsync(cancellationToken);
            var egne = db.Utbetalinger.Where(u => u.KreditorId == kreditorId && u.Mottakertype == Mottakertype.Kreditor);
            // The sums cover every line, not only the newest the statement lists.
            var summer = await egne.GroupBy(u => u.Status == Utbetalingsstatus.Utbetalt).Select(g => new { Utbetalt = g.Key, Sum = g.Sum(u => u.Belop) }).ToListAsync(cancellationToken);
            var linjer = await (from u in egne
                                join s in db.Saker on u.SakId equals s.Id into saker
                                from s in saker.DefaultIfEmpty()
                                join k in db.Utbetalingskjoringer on u.KjoringId equals k.Id into kjoringer
                                from k in kjoringer.DefaultIfEmpty()
                                orderby u.Opprettet descending, u.Id
                                select new Linje(s == null ? null : s.Saksnummer, u.Grunnlag, u.Belop, u.Status == Utbetalingsstatus.Utbetalt, k == null ? null : k.Nummer, k == null ? null : k.Betalingsdato))
                .Take(500).ToListAsync(cancellationToken);
            return new Result(
                konto is null ? null : Kontonummer.Parse(konto).Formatert,
                summer.Where(t => t.Utbetalt).Sum(t => t.Sum),
                summer.Where(t => !t.Utbetalt).Sum(t => t.Sum),
                linjer);
        }
    }
}

/// <summary>A creditor gives the account namsmannen pays its share to; payouts held for want of it are paid in the next run.</summary>
public static class SettUtbetalingskonto
{
    public sealed record Command : ICommand<Result>
    {
        public string? Kontonummer { get; init; }
    }

    public sealed record Result(string Kontonummer);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Kontonummer).ErKontonummer();
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            var kreditor = await db.Kreditorer.SingleAsync(k => k.Id == kreditorId, cancellationToken);
            var konto = Kontonummer.Parse(request.Kontonummer);
            kreditor.SettKontonummer(konto);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(konto.Formatert);
        }
    }
}
