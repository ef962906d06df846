using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Beregninger;

/// <summary>The public interest calculator: simple interest on the principal, period by period.</summary>
public static class BeregnForsinkelsesrente
{
    public sealed record Query : IRequest<Result>
    {
        public decimal? Hovedstol { get; init; }

        public DateOnly? Fra { get; init; }

        public DateOnly? Til { get; init; }
    }

    public sealed record Periode(DateOnly Fra, DateOnly Til, decimal Sats, int Dager, decimal Renter, bool AvledetSats);

    public sealed record Result(decimal Renter, IReadOnlyList<Periode> Perioder);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Hovedstol).NotNull().WithMessage("Oppgi hovedstolen.")
                .GreaterThanOrEqualTo(0).WithMessage("Hovedstolen kan ikke være negativ.")
                .IHeleOre();
            RuleFor(q => q.Fra).NotNull().WithMessage("Oppgi datoen renten løper fra.");
            RuleFor(q => q.Til).NotNull().WithMessage("Oppgi datoen renten beregnes til.")
                .GreaterThanOrEqualTo(q => q.Fra).When(q => q.Fra is not null).WithMessage("Til-datoen kan ikke være før fra-datoen.");
        }
    }

    public sealed class Handler(Satsbok satser) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var r = Domain.Regler.Forsinkelsesrente.Beregn(new Belop(request.Hovedstol!.Value), request.Fra!.Value, request.Til!.Value, satser);
            return Task.FromResult(new Result(
                Kr.To(r.Renter),
                r.Perioder.Select(p => new Periode(p.Fra, p.Til, p.Sats, p.Dager, Kr.To(p.Renter), p.AvledetSats)).ToList()));
        }
    }
}
