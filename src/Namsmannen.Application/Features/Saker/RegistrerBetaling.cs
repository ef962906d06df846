using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Saker;

/// <summary>
/// A payment, full or partial. A full payment closes the case in the same transaction, so no pending step can run
/// after the debt is paid (domain.md § 12).
/// </summary>
public static class RegistrerBetaling
{
    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public decimal? Belop { get; init; }

        /// <summary>The day the money was paid; today when not given.</summary>
        public DateOnly? Dato { get; init; }

        /// <summary>The trekk month the money is the employer's remittance for (old-regime trekk paid to the creditor), <c>2026-12</c>.</summary>
        public string? Trekkperiode { get; init; }

        public uint? Versjon { get; init; }
    }

    public sealed record Result(string Saksnummer, decimal Innbetalt, decimal Utestaende, Saksstadium Stadium);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Saksnummer).NotEmpty().WithMessage("Oppgi saksnummeret.");
            RuleFor(c => c.Belop).NotNull().WithMessage("Oppgi beløpet som er betalt.")
                .GreaterThan(0).WithMessage("Beløpet må være større enn 0 kr.")
                .IHeleOre();
            RuleFor(c => c.Dato).Must(d => d is null || d <= Oslotid.IDag(clock)).WithMessage("Betalingsdatoen kan ikke være frem i tid.");
            RuleFor(c => c.Trekkperiode).Must(p => p is null || Domain.Trekkordning.Trekkmaned.TryParse(p, out _))
                .WithMessage("Trekkperioden må være en måned skrevet ÅÅÅÅ-MM, for eksempel 2026-12.");
        }
    }

    /// <summary>
    /// Books a payment on the case (valued the day it was paid, booked today) and keeps its payment row: the one way
    /// every channel books money (the form, the creditor's API, a bank file, a payment cleared from suspense).
    /// </summary>
    /// <returns>What was paid beyond the whole balance: owed back to the payer.</returns>
    public static Belop Bokfor(NamsmannenDbContext db, Sak sak, Belop belop, DateOnly betalt, Satsbok satser, TimeProvider clock, ICurrentUser bruker, bool tillatOverbetaling = true)
    {
        var overbetaltFor = sak.Overbetalt;
        sak.BokforBetaling(belop, betalt, satser, Oslotid.IDag(clock), clock.GetUtcNow(), bruker.Navn, tillatOverbetaling);
        return new Belop(sak.Overbetalt - overbetaltFor);
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Satsbok satser) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            var belop = new Belop(request.Belop!.Value);
            var dato = request.Dato ?? Oslotid.IDag(clock);
            if (request.Trekkperiode is { } periode)
            {
                // Issue 17: the employer's remittance for a month, recorded beside what the month expected.
                await Trekkordning.Trekkinnbetalinger.RegistrerAsync(db, sak, Domain.Trekkordning.Trekkmaned.Parse(periode), belop, dato, null, cancellationToken);
            }

            // A creditor reports what it received on the claim; money paid to namsmannen beyond the balance is owed back (issue 16).
            Bokfor(db, sak, belop, dato, satser, clock, bruker, tillatOverbetaling: !bruker.IsInRole(Identity.Roller.Kreditor));
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(sak.Saksnummer, sak.Innbetalt, sak.Utestaende, sak.Stadium);
        }
    }
}
