using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Beregninger;

/// <summary>The public distribution calculator for a tvangssalg of løsøre.</summary>
public static class BeregnFordeling
{
    public sealed record Query : IRequest<Result>
    {
        public DateOnly? Dato { get; init; }

        public decimal? Salgssum { get; init; }

        public decimal Salgsomkostninger { get; init; }

        public IReadOnlyList<HeftelseInn> Heftelser { get; init; } = [];
    }

    public sealed record HeftelseInn(string Id, string Type, int Prioritet, decimal Krav, bool Saksoker);

    public sealed record Linje(string Mottaker, decimal Belop, decimal Udekket);

    public sealed record Result(
        IReadOnlyList<Linje> Linjer,
        decimal Rettsgebyr,
        decimal RettsgebyrBegjaering,
        decimal RettsgebyrGjennomfort,
        decimal RettsgebyrR,
        DateOnly RettsgebyrFra,
        bool PrisOverstigerKostnadene,
        bool Dekningsprinsippet,
        bool SalgKanGjennomfores);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Dato).NotNull().WithMessage("Oppgi datoen for salget.");
            RuleFor(q => q.Salgssum).NotNull().WithMessage("Oppgi salgssummen.")
                .GreaterThanOrEqualTo(0).WithMessage("Salgssummen kan ikke være negativ.")
                .IHeleOre();
            RuleFor(q => q.Salgsomkostninger).GreaterThanOrEqualTo(0).WithMessage("Salgsomkostningene kan ikke være negative.")
                .IHeleOre();
            RuleFor(q => q.Heftelser).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Oppgi heftelsene som en liste, eller en tom liste.")
                .Must(h => h.Count <= 50).WithMessage("Oppgi høyst 50 heftelser.")
                .Must(h => !h.Contains(null!)).WithMessage("Oppgi id, type, prioritet og krav for hver heftelse.")
                .Must(h => h.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() == h.Count).WithMessage("Hver heftelse må ha sin egen id.")
                .Must(h => h.Count(x => x.Saksoker) <= 1).WithMessage("Bare én heftelse kan tilhøre saksøkeren.");
            RuleForEach(q => q.Heftelser).ChildRules(h =>
            {
                h.RuleFor(x => x.Id).NotEmpty().WithMessage("Gi heftelsen en id (for eksempel panthaverens navn).")
                    .MaximumLength(100).WithMessage("Id-en kan ha høyst 100 tegn.")
                    .Must(id => id is not (Fordeling.Skyldner or Fordeling.RettsgebyrMottaker or Fordeling.Salgsomkostninger)).WithMessage("Id-en er reservert.");
                h.RuleFor(x => x.Type).Must(t => t is "legalpant" or "pant").WithMessage("Typen må være «legalpant» eller «pant».");
                h.RuleFor(x => x.Prioritet).GreaterThanOrEqualTo(1).WithMessage("Prioriteten må være 1 eller høyere.");
                h.RuleFor(x => x.Krav).GreaterThanOrEqualTo(0).WithMessage("Kravet kan ikke være negativt.")
                    .IHeleOre();
            });
        }
    }

    public sealed class Handler(Satsbok satser) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var heftelser = request.Heftelser.Select(h => new Heftelse(
                h.Id.Trim(), h.Type == "legalpant" ? Heftelsestype.Legalpant : Heftelsestype.Pant, h.Prioritet, new Belop(h.Krav), h.Saksoker)).ToList();
            var r = Fordeling.Beregn(request.Dato!.Value, new Belop(request.Salgssum!.Value), new Belop(request.Salgsomkostninger), heftelser, satser);
            return Task.FromResult(new Result(
                r.Linjer.Select(l => new Linje(l.Mottaker, Kr.To(l.Belop), Kr.To(l.Udekket))).ToList(),
                Kr.To(r.Rettsgebyr),
                Kr.To(r.RettsgebyrBegjaering.Belop),
                Kr.To(r.RettsgebyrGjennomfort.Belop),
                Kr.To(r.RettsgebyrBegjaering.Rettsgebyr),
                r.RettsgebyrBegjaering.RettsgebyrFra,
                r.PrisOverstigerKostnadene,
                r.Dekningsprinsippet,
                r.PrisOverstigerKostnadene && r.Dekningsprinsippet));
        }
    }
}
