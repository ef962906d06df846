using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Beregninger;

/// <summary>The public trekk calculator: what a household keeps and what can be taken each month.</summary>
public static class BeregnUtleggstrekk
{
    public const string Enslig = "enslig";
    public const string GiftEllerSamboer = "gift_eller_samboer";

    public sealed record Query : IRequest<Result>, IHusstandInn
    {
        public DateOnly? Dato { get; init; }

        public decimal? NettoInntektPerManed { get; init; }

        public string Sivilstand { get; init; } = Enslig;

        public bool PartnerHarEgenInntekt { get; init; }

        public IReadOnlyList<int> BarnAlder { get; init; } = [];

        public IReadOnlyList<SamvaersBarnInn> Samvaer { get; init; } = [];

        /// <summary>Documented housing costs for the household; null uses the norm.</summary>
        public decimal? Boutgifter { get; init; }

        public string? BoutgifterBegrunnelse { get; init; }

        public decimal SarligeUtgifter { get; init; }
    }

    public sealed record SamvaersBarnInn(int Alder, int Klasse);

    public sealed record Linje(string Post, decimal Belop, string Forklaring);

    public sealed record Result(
        decimal Livsopphold,
        decimal Boutgifter,
        decimal Samvaer,
        decimal SarligeUtgifter,
        decimal Forbeholdt,
        decimal TrekkPerManed,
        DateOnly SatserFra,
        IReadOnlyList<Linje> Linjer,
        IReadOnlyList<string> Advarsler);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Dato).NotNull().WithMessage("Oppgi datoen trekket gjelder fra.");
            RuleFor(q => q.NettoInntektPerManed).NotNull().WithMessage("Oppgi nettoinntekt per måned.")
                .GreaterThanOrEqualTo(0).WithMessage("Nettoinntekten kan ikke være negativ.")
                .IHeleOre();
            Include(new HusstandInnValidator());
            RuleFor(q => q.Boutgifter).GreaterThanOrEqualTo(0).WithMessage("Boutgiftene kan ikke være negative.")
                .IHeleOre();
            RuleFor(q => q.SarligeUtgifter).GreaterThanOrEqualTo(0).WithMessage("Særlige utgifter kan ikke være negative.")
                .IHeleOre();
        }
    }

    /// <summary>The domain's input for a validated query (also used when a caseworker sets a trekk in a case).</summary>
    public static TrekkGrunnlag TilGrunnlag(Query request) =>
            new TrekkGrunnlag(
                request.Dato!.Value,
                new Belop(request.NettoInntektPerManed!.Value),
                HusstandInnValidator.TilHusstand(request),
                request.Boutgifter is { } b ? new Belop(b) : null,
                request.BoutgifterBegrunnelse,
                new Belop(request.SarligeUtgifter));

    public sealed class Handler(Satsbok satser) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var r = Utleggstrekk.Beregn(TilGrunnlag(request), satser);
            return Task.FromResult(new Result(
                Kr.To(r.Livsopphold), Kr.To(r.Boutgifter), Kr.To(r.Samvaer), Kr.To(r.SarligeUtgifter), Kr.To(r.Forbeholdt), Kr.To(r.TrekkPerManed),
                r.SatserFra,
                r.Linjer.Select(l => new Linje(l.Post, Kr.To(l.Belop), l.Forklaring)).ToList(),
                r.Advarsler));
        }
    }
}
