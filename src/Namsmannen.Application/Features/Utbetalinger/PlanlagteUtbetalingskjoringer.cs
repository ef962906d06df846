using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utbetalinger;
using Namsmannen.Domain;

namespace Namsmannen.Application.Features.Utbetalinger;

/// <summary>
/// The scheduler's distribution runs (issue 17): each working morning, every office with payouts ready gets a run made
/// in the scheduler's name, exactly as a caseworker's would be (<see cref="OpprettUtbetalingskjoring"/>). Nothing is
/// paid until a supervisor of the office approves it; the scheduler is never the second pair of eyes.
/// </summary>
public static class PlanlagteUtbetalingskjoringer
{
    public sealed record Command : ICommand<Result>;

    public sealed record Result(IReadOnlyList<Kjoring> Kjoringer);

    public sealed record Kjoring(string Kontor, long Nummer, int Antall, decimal Sum, int Holdt);

    /// <summary>The name the runs carry as their maker.</summary>
    public const string Navn = "Planlagt utbetalingskjøring";

    public sealed class Handler(NamsmannenDbContext db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var kontorer = await db.Utbetalinger.Where(u => u.Status == Utbetalingsstatus.Venter).Select(u => u.Kontor).Distinct().OrderBy(k => k).ToListAsync(cancellationToken);
            var kjoringer = new List<Kjoring>();
            foreach (var kontor in kontorer)
            {
                try
                {
                    var r = await new OpprettUtbetalingskjoring.Handler(db, Planleggeren(kontor), clock).Handle(new OpprettUtbetalingskjoring.Command(), cancellationToken);
                    kjoringer.Add(new Kjoring(kontor, r.Nummer, r.Antall, r.Sum, r.Holdt));
                }
                catch (DomainException)
                {
                    // Nothing ready at the office (every waiting payout lacks an account): it stays on the office's list.
                }
            }

            return new Result(kjoringer);
        }
    }

    /// <summary>The scheduler acting for one office: its id is no user's, so any supervisor of the office may approve.</summary>
    private static Systembruker Planleggeren(string kontor) => new(Navn, Kontor: kontor, UserId: "planlegger");
}
