using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utbetalinger;
using Namsmannen.Domain;

namespace Namsmannen.Application.Features.Utbetalinger;

/// <summary>
/// Gathers the office's payouts that are ready into a distribution run for a second user to approve (issue 16). A
/// payout is ready when the account it goes to is known: the one given on it, or its creditor's. The account is fixed
/// in the run, so the approver sees exactly what will be paid. Payouts without one stay held, with a notice.
/// </summary>
public static class OpprettUtbetalingskjoring
{
    public sealed record Command : ICommand<Result>;

    public sealed record Result(Guid Id, long Nummer, int Antall, decimal Sum, int Holdt);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var kontor = bruker.KontorEllerLandet();
            var venter = await (from u in db.Utbetalinger
                                where u.Status == Utbetalingsstatus.Venter && (kontor == null || u.Kontor == kontor)
                                join k in db.Kreditorer on u.KreditorId equals k.Id into kreditorer
                                from k in kreditorer.DefaultIfEmpty()
                                orderby u.Opprettet, u.Id
                                select new { Utbetaling = u, KreditorKonto = k == null ? null : k.Kontonummer })
                .ToListAsync(cancellationToken);
            var klare = venter.Where(v => Utbetalingskonto.Hindring(v.Utbetaling, v.KreditorKonto) is null)
                .Select(v => (v.Utbetaling, Konto: Utbetalingskonto.Til(v.Utbetaling, v.KreditorKonto))).ToList();
            if (klare.Count == 0)
            {
                throw new DomainException(venter.Count == 0
                    ? "Ingen utbetalinger venter. En kjøring lages når det er kommet inn penger som skal fordeles."
                    : $"Ingen av de {venter.Count} ventende utbetalingene har kjent kontonummer. Oppgi kontonummer på dem først.");
            }

            var kjoring = new Utbetalingskjoring
            {
                Id = Guid.NewGuid(),
                Kontor = kontor ?? "*",
                Opprettet = clock.GetUtcNow(),
                OpprettetAvId = bruker.UserId ?? throw new UnauthorizedAccessException("Brukeren er ikke kjent."),
                OpprettetAvNavn = bruker.Navn,
                Status = Kjoringsstatus.TilGodkjenning,
                Antall = klare.Count,
                Sum = klare.Sum(k => k.Utbetaling.Belop),
            };
            db.Utbetalingskjoringer.Add(kjoring);
            foreach (var (utbetaling, konto) in klare)
            {
                (utbetaling.Status, utbetaling.KjoringId, utbetaling.UtbetalesTil) = (Utbetalingsstatus.IKjoring, kjoring.Id, konto);
            }

            await Utbetalingskonto.LagreAsync(db, cancellationToken);
            return new Result(kjoring.Id, kjoring.Nummer, kjoring.Antall, kjoring.Sum, venter.Count - klare.Count);
        }
    }
}

/// <summary>Where a payout is paid: the account given on it, else its creditor's; the state's share is posted internally (none).</summary>
public static class Utbetalingskonto
{
    public static string? Til(Utbetaling utbetaling, string? kreditorKonto) =>
        utbetaling.Mottakertype == Mottakertype.Staten ? null : utbetaling.Kontonummer ?? kreditorKonto;

    /// <summary>Saves, telling the user plainly when another user changed the same payouts or run at the same time.</summary>
    public static async Task LagreAsync(NamsmannenDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new KonfliktException("En annen bruker endret de samme utbetalingene samtidig. Ingenting er lagret; last siden på nytt.");
        }
    }

    /// <summary>Why a waiting payout is held, or null when it can be paid.</summary>
    public static string? Hindring(Utbetaling utbetaling, string? kreditorKonto) => utbetaling.Mottakertype switch
    {
        Mottakertype.Staten => null,
        _ when Til(utbetaling, kreditorKonto) is not null => null,
        Mottakertype.Kreditor => "Kreditoren har ikke oppgitt kontonummer for utbetalinger.",
        Mottakertype.Betaler => "Banken oppga ikke betalerens konto. Oppgi kontonummeret betaleren ber om.",
        Mottakertype.Skyldner => "Skyldnerens kontonummer er ikke kjent.",
        _ => "Mottakerens kontonummer er ikke kjent.",
    };
}
