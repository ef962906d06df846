using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Identity;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Portal;

/// <summary>
/// A creditor's view of one of its own cases' ledger (issue 16): what is owed today by component, interest to today
/// included, and every entry with the booked balance after it. Another creditor's case is not found.
/// </summary>
public static class KreditorKontoutskrift
{
    public sealed record Query(string Saksnummer) : IRequest<Result>;

    /// <param name="Rekkefolge">The order a payment covers the parts in: the creditor's, or the standard one.</param>
    public sealed record Result(string Saksnummer, DateOnly Dato, Saldo Saldo, DateOnly RenterTil, string? Advarsel, decimal Overbetalt, IReadOnlyList<Komponent> Rekkefolge, IReadOnlyList<Kontoutskriftrader.Rad> Poster);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Satsbok satser) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            var nr = request.Saksnummer.Trim();
            var sak = await db.Saker.AsNoTracking().Include(s => s.Poster)
                .SingleOrDefaultAsync(s => s.Saksnummer == nr && s.KreditorId == kreditorId, cancellationToken)
                ?? throw new IkkeFunnetException($"Fant ingen sak med saksnummer {nr}.");
            var idag = Oslotid.IDag(clock);
            var saldo = sak.SaldoIDag(idag, satser);
            return new Result(sak.Saksnummer, idag, saldo.Saldo, saldo.RenterTil, saldo.Advarsel, sak.Overbetalt, sak.Rekkefolge ?? Kontoutskrift.StandardRekkefolge, Kontoutskriftrader.Fra(sak.Poster));
        }
    }
}
