using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utbetalinger;
using Namsmannen.Domain;
using Namsmannen.Domain.Penger;

namespace Namsmannen.Application.Features.Utbetalinger;

/// <summary>
/// A caseworker gives the account a held payout is to be paid to (the debtor's for a surplus, the payer's for money owed
/// back, a pledge holder's): checked by MOD11, noted with who gave it and where it came from.
/// </summary>
public static class OppgiKontonummer
{
    public sealed record Command : ICommand<Result>
    {
        public Guid Id { get; init; }

        public string? Kontonummer { get; init; }

        /// <summary>Where the account number comes from (a letter from the debtor, a phone call), for the audit trail.</summary>
        public string? Kilde { get; init; }
    }

    public sealed record Result(Guid Id, string Kontonummer);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kontonummer).ErKontonummer();
            RuleFor(c => c.Kilde).NotEmpty().WithMessage("Skriv hvor kontonummeret kommer fra, for eksempel «brev fra skyldneren 02.12.2026».")
                .MaximumLength(200).WithMessage("Kilden kan ha høyst 200 tegn.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var kontor = bruker.KontorEllerLandet();
            var utbetaling = await db.Utbetalinger.SingleOrDefaultAsync(u => u.Id == request.Id && (kontor == null || u.Kontor == kontor), cancellationToken)
                ?? throw new IkkeFunnetException("Fant ikke utbetalingen.");
            if (utbetaling.Status != Utbetalingsstatus.Venter)
            {
                throw new DomainException("Utbetalingen er allerede med i en kjøring; kontonummeret kan ikke endres nå.");
            }

            if (utbetaling.Mottakertype == Mottakertype.Staten)
            {
                throw new DomainException("Rettsgebyret føres internt til statskassen og har ikke kontonummer.");
            }

            var kontonummer = Kontonummer.Parse(request.Kontonummer);
            utbetaling.Kontonummer = kontonummer.Verdi;
            utbetaling.Merknad = $"Kontonummer {kontonummer.Formatert} oppgitt av {bruker.Navn}: {request.Kilde!.Trim()}";
            await Utbetalingskonto.LagreAsync(db, cancellationToken);
            return new Result(utbetaling.Id, kontonummer.Verdi);
        }
    }
}
