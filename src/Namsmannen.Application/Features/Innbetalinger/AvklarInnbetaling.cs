using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Innbetalinger;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Utbetalinger;
using Namsmannen.Domain;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Innbetalinger;

/// <summary>
/// A caseworker clears a payment from the office's suspense queue (issue 16): books it on the case it belongs to
/// (valued the day it was paid; the case's audit line names who; its share owed to the creditor), or marks it to be
/// paid back to the payer, with why (a payout to the payer).
/// </summary>
public static class AvklarInnbetaling
{
    public sealed record Command : ICommand<Result>
    {
        /// <summary>The bank's reference of the payment in suspense.</summary>
        public string Referanse { get; init; } = string.Empty;

        /// <summary>The case to book it on; empty when it is to be paid back.</summary>
        public string? Saksnummer { get; init; }

        /// <summary>Why it is paid back (required then).</summary>
        public string? Begrunnelse { get; init; }
    }

    public sealed record Result(string Referanse, Innbetalingsstatus Status, string? Saksnummer);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Begrunnelse).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.Saksnummer))
                .WithMessage("Oppgi saken betalingen hører til, eller skriv hvorfor den skal betales tilbake.");
            RuleFor(c => c.Begrunnelse).MaximumLength(300).WithMessage("Begrunnelsen kan ha høyst 300 tegn.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Satsbok satser) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var kontor = bruker.KontorEllerLandet();
            var innbetaling = await db.Innbetalinger.SingleOrDefaultAsync(i => i.Referanse == request.Referanse && (kontor == null || i.Kontor == kontor || i.Kontor == "*"), cancellationToken)
                ?? throw new IkkeFunnetException($"Fant ingen innbetaling med referanse {request.Referanse}.");
            if (innbetaling.Status != Innbetalingsstatus.Uavklart)
            {
                throw new DomainException("Innbetalingen er allerede avklart.");
            }

            if (string.IsNullOrWhiteSpace(request.Saksnummer))
            {
                innbetaling.Status = Innbetalingsstatus.Tilbakebetales;
                innbetaling.Merknad = $"Skal betales tilbake ({bruker.Navn}): {request.Begrunnelse!.Trim()}";
                Utbetalingsposter.ForTilbakebetaling(db, innbetaling, clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                return new Result(innbetaling.Referanse, innbetaling.Status, null);
            }

            Domain.Saker.Sak sak;
            try
            {
                sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, null, cancellationToken);
            }
            catch (IkkeFunnetException feil)
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.Saksnummer), feil.Message)]);
            }

            innbetaling.Kontor = sak.Kontor;
            var overskudd = RegistrerBetaling.Bokfor(db, sak, new Belop(innbetaling.Belop), innbetaling.Valuteringsdato, satser, clock, bruker);
            var kreditor = await db.Kreditorer.Where(k => k.Id == sak.KreditorId).Select(k => k.Navn).SingleAsync(cancellationToken);
            Utbetalingsposter.ForInnbetaling(db, sak, kreditor, innbetaling, overskudd, clock.GetUtcNow());
            innbetaling.Status = Innbetalingsstatus.Bokfort;
            innbetaling.SakId = sak.Id;
            innbetaling.Merknad = $"Knyttet til saken av {bruker.Navn}.";
            await db.SaveChangesAsync(cancellationToken);
            return new Result(innbetaling.Referanse, innbetaling.Status, sak.Saksnummer);
        }
    }
}
