using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Innbetalinger;
using Namsmannen.Application.Data.Utbetalinger;

namespace Namsmannen.Application.Features.Utbetalinger;

/// <summary>
/// The office's money (issue 16): what came in and where every krone of it is (distributed, in suspense, owed back),
/// the payouts waiting for a run (and why one is held), and the runs.
/// </summary>
public static class Utbetalingsoversikt
{
    /// <param name="Id">One payout (any status) instead of those not yet paid.</param>
    public sealed record Query(Guid? Id = null) : IRequest<Result>;

    /// <summary>
    /// What came in (bank-file payments and the proceeds of approved sales) against where it is. <see cref="Differanse"/>
    /// is zero when every krone is accounted for.
    /// </summary>
    public sealed record Pengerapport(
        decimal Innbetalt,
        decimal Salg,
        decimal FordeltUtbetalt,
        decimal FordeltVenter,
        decimal Uavklart,
        decimal TilbakeUtbetalt,
        decimal TilbakeVenter)
    {
        public decimal Mottatt => Innbetalt + Salg;

        public decimal Fordelt => FordeltUtbetalt + FordeltVenter;

        public decimal Tilbakebetales => TilbakeUtbetalt + TilbakeVenter;

        public decimal Differanse => Mottatt - Fordelt - Uavklart - Tilbakebetales;
    }

    public sealed record Venter(Guid Id, DateTimeOffset Opprettet, Utbetalingsart Art, string Mottaker, decimal Belop, string Grunnlag, string? Saksnummer, string? Kontonummer, string? Hindring, Utbetalingsstatus Status);

    public sealed record Kjoring(long Nummer, DateTimeOffset Opprettet, string OpprettetAv, Kjoringsstatus Status, int Antall, decimal Sum, string? AvgjortAv, DateOnly? Betalingsdato);

    public sealed record Result(Pengerapport Rapport, IReadOnlyList<Venter> Utbetalinger, IReadOnlyList<Kjoring> Kjoringer);

    /// <summary>The report for <paramref name="kontor"/> (null: the country), from the payments, the approved sales and the payouts.</summary>
    public static async Task<Pengerapport> RapportAsync(NamsmannenDbContext db, string? kontor, CancellationToken cancellationToken)
    {
        var innbetalt = await db.Innbetalinger.Where(i => kontor == null || i.Kontor == kontor)
            .GroupBy(i => i.Status == Innbetalingsstatus.Uavklart).Select(g => new { Uavklart = g.Key, Sum = g.Sum(i => i.Belop) }).ToListAsync(cancellationToken);
        // An amount is a Belop in the model, which LINQ cannot sum in SQL: the sum is said in SQL.
        var salg = await db.Database.SqlQuery<decimal>($"""
            SELECT coalesce(sum(f.salgssum), 0) AS "Value" FROM fordelinger f JOIN saker s ON s.id = f.sak_id
            WHERE f.godkjent IS NOT NULL AND ({kontor}::text IS NULL OR s.kontor = {kontor}::text)
            """).SingleAsync(cancellationToken);
        var utbetalt = await db.Utbetalinger.Where(u => kontor == null || u.Kontor == kontor)
            .GroupBy(u => new { u.Art, Utbetalt = u.Status == Utbetalingsstatus.Utbetalt }).Select(g => new { g.Key.Art, g.Key.Utbetalt, Sum = g.Sum(u => u.Belop) }).ToListAsync(cancellationToken);
        decimal Ut(Utbetalingsart art, bool betalt) => utbetalt.Where(u => u.Art == art && u.Utbetalt == betalt).Sum(u => u.Sum);
        return new Pengerapport(
            innbetalt.Sum(i => i.Sum),
            salg,
            Ut(Utbetalingsart.Fordelt, true),
            Ut(Utbetalingsart.Fordelt, false),
            innbetalt.Where(i => i.Uavklart).Sum(i => i.Sum),
            Ut(Utbetalingsart.Tilbakebetaling, true),
            Ut(Utbetalingsart.Tilbakebetaling, false));
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var kontor = bruker.KontorEllerLandet();
            var rapport = await RapportAsync(db, kontor, cancellationToken);
            var venter = await (from u in db.Utbetalinger
                                where (request.Id == null ? u.Status != Utbetalingsstatus.Utbetalt : u.Id == request.Id) && (kontor == null || u.Kontor == kontor)
                                join k in db.Kreditorer on u.KreditorId equals k.Id into kreditorer
                                from k in kreditorer.DefaultIfEmpty()
                                join s in db.Saker on u.SakId equals s.Id into saker
                                from s in saker.DefaultIfEmpty()
                                orderby u.Opprettet, u.Id
                                select new { u, KreditorKonto = k == null ? null : k.Kontonummer, Saksnummer = s == null ? null : s.Saksnummer })
                .Take(500).ToListAsync(cancellationToken);
            var kjoringer = await db.Utbetalingskjoringer.Where(k => kontor == null || k.Kontor == kontor).OrderByDescending(k => k.Nummer).Take(50)
                .Select(k => new Kjoring(k.Nummer, k.Opprettet, k.OpprettetAvNavn, k.Status, k.Antall, k.Sum, k.AvgjortAvNavn, k.Betalingsdato))
                .ToListAsync(cancellationToken);
            return new Result(
                rapport,
                venter.Select(v => new Venter(
                    v.u.Id, v.u.Opprettet, v.u.Art, v.u.Mottaker, v.u.Belop, v.u.Grunnlag, v.Saksnummer, v.u.UtbetalesTil ?? Utbetalingskonto.Til(v.u, v.KreditorKonto),
                    v.u.Status == Utbetalingsstatus.Venter ? Utbetalingskonto.Hindring(v.u, v.KreditorKonto) : null, v.u.Status)).ToList(),
                kjoringer);
        }
    }
}
