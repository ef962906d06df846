using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utbetalinger;

namespace Namsmannen.Application.Features.Utbetalinger;

/// <summary>
/// One distribution run: its payout list, a statement per recipient (the lines of each case's money it gets), whether
/// the user may decide it, and its pain.001 file once approved.
/// </summary>
public static class Utbetalingskjoringen
{
    public sealed record Query(long Nummer) : IRequest<Result>;

    public sealed record Linje(Guid Id, string? Saksnummer, Utbetalingsart Art, string Grunnlag, decimal Belop);

    /// <summary>What one recipient gets in the run, case by case: the statement sent with the payment.</summary>
    public sealed record Utskrift(string Mottaker, Mottakertype Type, string? Kontonummer, decimal Sum, IReadOnlyList<Linje> Linjer);

    public sealed record Result(
        long Nummer, string Kontor, Kjoringsstatus Status, DateTimeOffset Opprettet, string OpprettetAv, DateTimeOffset? Avgjort, string? AvgjortAv,
        string? Begrunnelse, DateOnly? Betalingsdato, int Antall, decimal Sum, IReadOnlyList<Utskrift> Utskrifter, string? Hindring, bool HarFil);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var kontor = bruker.KontorEllerLandet();
            var k = await db.Utbetalingskjoringer.Where(k => k.Nummer == request.Nummer && (kontor == null || k.Kontor == kontor))
                .Select(k => new { k.Id, k.Nummer, k.Kontor, k.Status, k.Opprettet, k.OpprettetAvId, k.OpprettetAvNavn, k.Avgjort, k.AvgjortAvNavn, k.Begrunnelse, k.Betalingsdato, k.Antall, k.Sum, HarFil = k.Pain001 != null })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new IkkeFunnetException($"Fant ingen utbetalingskjøring nummer {request.Nummer}.");
            // A run sent back has given its payouts back; its statement is what it held (none now).
            var poster = await (from u in db.Utbetalinger
                                where u.KjoringId == k.Id
                                join s in db.Saker on u.SakId equals s.Id into saker
                                from s in saker.DefaultIfEmpty()
                                orderby u.Mottaker, u.Opprettet, u.Id
                                select new { u.Id, u.Mottaker, u.Mottakertype, u.UtbetalesTil, u.Art, u.Grunnlag, u.Belop, Saksnummer = s == null ? null : s.Saksnummer })
                .ToListAsync(cancellationToken);
            var utskrifter = poster.GroupBy(p => (p.Mottaker, p.Mottakertype, p.UtbetalesTil))
                .Select(g => new Utskrift(g.Key.Mottaker, g.Key.Mottakertype, g.Key.UtbetalesTil, g.Sum(p => p.Belop), g.Select(p => new Linje(p.Id, p.Saksnummer, p.Art, p.Grunnlag, p.Belop)).ToList()))
                .ToList();
            var hindring = k.Status == Kjoringsstatus.TilGodkjenning ? AvgjorUtbetalingskjoring.Hindring(bruker, k.OpprettetAvId) : null;
            return new Result(k.Nummer, k.Kontor, k.Status, k.Opprettet, k.OpprettetAvNavn, k.Avgjort, k.AvgjortAvNavn, k.Begrunnelse, k.Betalingsdato, k.Antall, k.Sum, utskrifter, hindring, k.HarFil);
        }
    }

    /// <summary>The approved run's pain.001 file, or null.</summary>
    public sealed record FilQuery(long Nummer) : IRequest<byte[]?>;

    public sealed class FilHandler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<FilQuery, byte[]?>
    {
        public async Task<byte[]?> Handle(FilQuery request, CancellationToken cancellationToken)
        {
            var kontor = bruker.KontorEllerLandet();
            return await db.Utbetalingskjoringer.Where(k => k.Nummer == request.Nummer && (kontor == null || k.Kontor == kontor) && k.Status == Kjoringsstatus.Godkjent)
                .Select(k => k.Pain001).SingleOrDefaultAsync(cancellationToken);
        }
    }
}
