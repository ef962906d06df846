using FluentValidation;
using MediatR;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Beregninger;

/// <summary>The public fee calculator.</summary>
public static class BeregnRettsgebyr
{
    public static readonly IReadOnlyDictionary<string, (RettsgebyrSteg Steg, string Navn)> Steg = new Dictionary<string, (RettsgebyrSteg, string)>
    {
        ["utlegg"] = (RettsgebyrSteg.Utlegg, "Begjæring om utlegg"),
        ["tvangssalg_losore_begjaering"] = (RettsgebyrSteg.TvangssalgLosoreBegjaering, "Begjæring om tvangssalg av løsøre"),
        ["tvangssalg_losore_gjennomfort"] = (RettsgebyrSteg.TvangssalgLosoreGjennomfort, "Gjennomført tvangssalg av løsøre"),
        ["tilbakelevering"] = (RettsgebyrSteg.Tilbakelevering, "Begjæring om tilbakelevering"),
        ["tvangssalg_fast_eiendom_begjaering"] = (RettsgebyrSteg.TvangssalgFastEiendomBegjaering, "Begjæring om tvangssalg av fast eiendom"),
        ["tvangssalg_fast_eiendom_gjennomfort"] = (RettsgebyrSteg.TvangssalgFastEiendomGjennomfort, "Gjennomført tvangssalg av fast eiendom"),
        ["klage"] = (RettsgebyrSteg.Klage, "Klage til tingretten"),
    };

    public sealed record Query : IRequest<Result>
    {
        public string Steg { get; init; } = string.Empty;

        public DateOnly? Dato { get; init; }
    }

    public sealed record Result(decimal Rettsgebyr, decimal Multiplikator, decimal Belop, DateOnly RettsgebyrFra, DateOnly MultiplikatorFra, string Kilde);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Steg).Must(s => s is not null && BeregnRettsgebyr.Steg.ContainsKey(s)).WithMessage("Velg et steg: " + string.Join(", ", BeregnRettsgebyr.Steg.Keys) + ".");
            RuleFor(q => q.Dato).NotNull().WithMessage("Oppgi datoen steget skjer.");
        }
    }

    public sealed class Handler(Satsbok satser) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var steg = Steg[request.Steg].Steg;
            var r = Domain.Regler.Rettsgebyr.Beregn(steg, request.Dato!.Value, satser);
            var kilde = satser.Gebyrmultiplikatorer[steg].Finn(request.Dato.Value).Rad!.Kilde;
            return Task.FromResult(new Result(Kr.To(r.Rettsgebyr), r.Multiplikator, Kr.To(r.Belop), r.RettsgebyrFra, r.MultiplikatorFra, kilde));
        }
    }
}
