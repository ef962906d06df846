using System.Text.Json;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Satser;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Features.Trekkordning;

/// <summary>
/// The debtor has documented a change (income, household, housing, special costs): the trekk is calculated again with
/// the rates of the day it applies from, and the order gets a new version from that day (ENDRET), or stops when the
/// change leaves no room for trekk. The calculation is kept for the letter and the debtor.
/// </summary>
public static class EndreTrekk
{
    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        /// <summary>The first day the new amount governs: its first pay day is on or after it.</summary>
        public DateOnly? Fra { get; init; }

        /// <summary>What was documented, in the words the employer and the debtor read.</summary>
        public string? Begrunnelse { get; init; }

        public BeregnUtleggstrekk.Query Beregning { get; init; } = new();

        public uint? Versjon { get; init; }
    }

    /// <param name="Versjon">The order's new version; null when the amount is the same (nothing for the employer to do).</param>
    public sealed record Result(decimal TrekkPerManed, decimal Forrige, int? Versjon, bool Stoppet);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Fra).NotNull().WithMessage("Oppgi datoen det nye trekket gjelder fra.");
            RuleFor(c => c.Begrunnelse).NotEmpty().WithMessage("Skriv hva skyldneren har dokumentert.")
                .MaximumLength(300).WithMessage("Begrunnelsen kan ha høyst 300 tegn.");
            RuleFor(c => c.Beregning).SetValidator(new BeregnUtleggstrekk.Validator());
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Satsbok satser) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var idag = Oslotid.IDag(clock);
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            var palegg = await db.Trekkpalegg.SingleOrDefaultAsync(t => t.SakId == sak.Id, cancellationToken)
                ?? throw new DomainException("Saken har ikke noe trekkpålegg å endre.");
            var fra = request.Fra!.Value;
            if (fra < idag)
            {
                // The domain says the same; said here first so the field is named before anything is calculated.
                throw new DomainException("En endring kan ikke gjelde fra en dag som har vært.", "Fra");
            }

            // The rates of the day the change applies from, as for a new decision.
            var grunnlag = request.Beregning with { Dato = fra };
            var beregning = Utleggstrekk.Beregn(BeregnUtleggstrekk.TilGrunnlag(grunnlag), satser);
            var forrige = palegg.Gjeldende.BelopPerManed;
            // dekningsloven § 2-7: trekket skal gi skyldneren nok til livsopphold; endrede forhold gir nytt trekk
            var versjon = Trekkpaleggene.RegnOm(db, sak, palegg, beregning.TrekkPerManed, fra, request.Begrunnelse!.Trim(), idag,
                JsonSerializer.Serialize(grunnlag), Domain.Saker.Trekkvedtak.BeregningJson(beregning), beregning.SatserFra, beregning.Satsrader);

            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(beregning.TrekkPerManed.Kroner, forrige.Kroner, versjon?.Versjon, versjon?.Status == Trekkstatus.Stoppet);
        }
    }
}
