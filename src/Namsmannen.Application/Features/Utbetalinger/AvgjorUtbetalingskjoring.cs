using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utbetalinger;
using Namsmannen.Domain;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Application.Features.Utbetalinger;

/// <summary>
/// A second user decides a distribution run (four eyes, as for a fordeling; docs/domain.md): a supervisor who did not
/// make it approves it, and the pain.001 file for the bank is made and kept, payable on the next banking day; or sends
/// it back with why, and its payouts wait for the next run.
/// </summary>
public static class AvgjorUtbetalingskjoring
{
    public sealed record Command : ICommand<Result>
    {
        public long Nummer { get; init; }

        public bool Godkjenn { get; init; }

        /// <summary>Why the run is sent back (required then).</summary>
        public string? Begrunnelse { get; init; }
    }

    public sealed record Result(long Nummer, Kjoringsstatus Status, int Antall, decimal Sum);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Begrunnelse).NotEmpty().When(c => !c.Godkjenn).WithMessage("Skriv hvorfor kjøringen sendes tilbake.");
            RuleFor(c => c.Begrunnelse).MaximumLength(300).WithMessage("Begrunnelsen kan ha høyst 300 tegn.");
        }
    }

    /// <summary>Why <paramref name="bruker"/> may not decide a run made by <paramref name="opprettetAvId"/>, or null when they may.</summary>
    public static string? Hindring(ICurrentUser bruker, string opprettetAvId) =>
        ToSettOyne.Hindring(bruker, opprettetAvId, "Bare en leder kan godkjenne en utbetalingskjøring.", "Du laget kjøringen selv. En annen leder må godkjenne den (to sett øyne).");

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Namsmannskonto konto) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var kontor = bruker.KontorEllerLandet();
            var kjoring = await db.Utbetalingskjoringer.SingleOrDefaultAsync(k => k.Nummer == request.Nummer && (kontor == null || k.Kontor == kontor), cancellationToken)
                ?? throw new IkkeFunnetException($"Fant ingen utbetalingskjøring nummer {request.Nummer}.");
            if (Hindring(bruker, kjoring.OpprettetAvId) is { } hindring)
            {
                throw new DomainException(hindring);
            }

            if (kjoring.Status != Kjoringsstatus.TilGodkjenning)
            {
                throw new DomainException($"Kjøringen er allerede {(kjoring.Status == Kjoringsstatus.Godkjent ? "godkjent" : "sendt tilbake")}.");
            }

            var poster = await db.Utbetalinger.Where(u => u.KjoringId == kjoring.Id).OrderBy(u => u.Opprettet).ThenBy(u => u.Id).ToListAsync(cancellationToken);
            var naa = clock.GetUtcNow();
            kjoring.Avgjort = naa;
            kjoring.AvgjortAvId = bruker.UserId;
            kjoring.AvgjortAvNavn = bruker.Navn;
            if (request.Godkjenn)
            {
                kjoring.Status = Kjoringsstatus.Godkjent;
                // The bank pays on a banking day: the next one after the approval.
                kjoring.Betalingsdato = Frister.NesteVirkedag(Oslotid.IDag(clock).AddDays(1));
                var overforinger = poster.Where(p => p.UtbetalesTil is not null)
                    .Select(p => new Pain001.Overforing(p.Id, p.Mottaker, p.UtbetalesTil!, p.Belop, p.Grunnlag)).ToList();
                kjoring.Pain001 = Pain001.Lag(konto, $"NM-UTB-{kjoring.Nummer}", naa, kjoring.Betalingsdato.Value, overforinger);
                poster.ForEach(p => p.Status = Utbetalingsstatus.Utbetalt);
            }
            else
            {
                kjoring.Status = Kjoringsstatus.Forkastet;
                kjoring.Begrunnelse = request.Begrunnelse!.Trim();
                foreach (var p in poster)
                {
                    (p.Status, p.KjoringId, p.UtbetalesTil) = (Utbetalingsstatus.Venter, null, null);
                }
            }

            await Utbetalingskonto.LagreAsync(db, cancellationToken);
            return new Result(kjoring.Nummer, kjoring.Status, kjoring.Antall, kjoring.Sum);
        }
    }
}
