using FluentValidation;
using MediatR;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Beregninger;

/// <summary>
/// The public calculator for a bank deposit: how much the debtor keeps as two months of the household's livsopphold
/// (dekningsloven § 2-6). Takes the same household fields as the trekk calculator.
/// </summary>
public static class BeregnBeslagsfrittInnskudd
{
    public sealed record Query : IRequest<Result>, IHusstandInn
    {
        public DateOnly? Dato { get; init; }

        public string Sivilstand { get; init; } = BeregnUtleggstrekk.Enslig;

        public bool PartnerHarEgenInntekt { get; init; }

        public IReadOnlyList<int> BarnAlder { get; init; } = [];

        public IReadOnlyList<BeregnUtleggstrekk.SamvaersBarnInn> Samvaer { get; init; } = [];
    }

    public sealed record Result(decimal Beslagsfritt, decimal LivsoppholdPerManed, DateOnly SatserFra, IReadOnlyList<BeregnUtleggstrekk.Linje> Linjer, IReadOnlyList<string> Advarsler);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Dato).NotNull().WithMessage("Oppgi datoen for utleggsforretningen.");
            Include(new HusstandInnValidator());
        }
    }

    public sealed class Handler(Satsbok satser) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var r = BeslagsfrittInnskudd.Beregn(request.Dato!.Value, HusstandInnValidator.TilHusstand(request), satser);
            return Task.FromResult(new Result(
                Kr.To(r.Beslagsfritt), Kr.To(r.LivsoppholdPerManed), r.SatserFra,
                r.Linjer.Select(l => new BeregnUtleggstrekk.Linje(l.Post, Kr.To(l.Belop), l.Forklaring)).ToList(),
                r.Advarsler));
        }
    }
}
