using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Features.Trekkordning;

/// <summary>
/// The trekkpliktig reports that it cannot carry out an order as written (<c>POST …/trekkpalegg/{trekkId}/avvik</c>):
/// the employment ended, the pay is too low this month, another trekk goes first. Each report becomes a task on the
/// case with a deadline, in the case's work list.
/// </summary>
public static class MeldTrekkavvik
{
    public sealed record Command : ICommand<Result>
    {
        public Guid TrekkId { get; init; }

        /// <summary><c>ARBEIDSFORHOLD_OPPHORT</c>, <c>FOR_LAV_INNTEKT</c> or <c>ANNET_TREKK_FORAN</c>.</summary>
        public string? Avvik { get; init; }

        /// <summary>The month it concerns, <c>2026-12</c>, if one.</summary>
        public string? Periode { get; init; }

        public string? Beskrivelse { get; init; }
    }

    public sealed record Result(Guid TrekkId, string Avvik, string? Periode, DateOnly Frist);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Avvik).Must(a => a is not null && Trekkavvikkoder.Koder.ContainsKey(a))
                .WithMessage($"Oppgi avviket: {string.Join(", ", Trekkavvikkoder.Koder.Keys)}.");
            RuleFor(c => c.Periode).Must(p => p is null || Trekkmaned.TryParse(p, out _)).WithMessage("«periode» må være en måned skrevet ÅÅÅÅ-MM, for eksempel 2026-12.");
            RuleFor(c => c.Beskrivelse).MaximumLength(500).WithMessage("«beskrivelse» kan ha høyst 500 tegn.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var orgnr = bruker.Arbeidsgiver();
            var palegg = await db.Trekkpalegg.SingleOrDefaultAsync(t => t.Id == request.TrekkId && t.Orgnr == orgnr, cancellationToken)
                ?? throw new IkkeFunnetException("Fant ikke trekkpålegget blant dem som er sendt til dere.");
            var sak = await SakOppslag.HentMedIdAsync(db, palegg.SakId, cancellationToken);
            Trekkmaned? periode = request.Periode is null ? null : Trekkmaned.Parse(request.Periode);
            var frist = sak.MeldTrekkavvik(palegg, Trekkavvikkoder.Koder[request.Avvik!], periode, request.Beskrivelse, Oslotid.IDag(clock));
            await db.SaveChangesAsync(cancellationToken);
            return new Result(palegg.Id, request.Avvik!, request.Periode, frist);
        }
    }
}
