using FluentValidation;
using MediatR;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Application.Features.Beregninger;

/// <summary>Public checks of a fødselsnummer, an organisasjonsnummer, and of tvangskraft.</summary>
public static class KontrollerFodselsnummer
{
    public sealed record Query(string? Nummer) : IRequest<Result>;

    public sealed record Result(bool Gyldig, string? Type, string? Melding);

    public sealed class Handler : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query request, CancellationToken cancellationToken) =>
            Task.FromResult(Fodselsnummer.TryParse(request.Nummer, out var fnr, out var feil)
                ? new Result(true, Type(fnr.Type), null)
                : new Result(false, null, feil));

        private static string Type(FodselsnummerType type) => type switch
        {
            FodselsnummerType.DNummer => "d_nummer",
            FodselsnummerType.SyntetiskNav => "syntetisk_nav",
            FodselsnummerType.SyntetiskSkatteetaten => "syntetisk_skatteetaten",
            _ => "fodselsnummer",
        };
    }
}

public static class KontrollerOrganisasjonsnummer
{
    public sealed record Query(string? Nummer) : IRequest<Result>;

    public sealed record Result(bool Gyldig, string? Melding);

    public sealed class Handler : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query request, CancellationToken cancellationToken) =>
            Task.FromResult(Organisasjonsnummer.TryParse(request.Nummer, out _, out var feil) ? new Result(true, null) : new Result(false, feil));
    }
}

public static class KontrollerTvangskraft
{
    public static readonly IReadOnlyDictionary<string, (Grunnlagstype Type, string Navn)> Typer = new Dictionary<string, (Grunnlagstype, string)>
    {
        ["dom"] = (Grunnlagstype.Dom, "Dom (§ 4-1)"),
        ["kjennelse"] = (Grunnlagstype.Kjennelse, "Kjennelse (§ 4-1)"),
        ["rettsforlik"] = (Grunnlagstype.Rettsforlik, "Rettsforlik (§ 4-1)"),
        ["forlik_i_forliksradet"] = (Grunnlagstype.ForlikIForliksradet, "Forlik i forliksrådet (§ 4-1)"),
        ["voldgiftsdom"] = (Grunnlagstype.Voldgiftsdom, "Voldgiftsdom (§ 4-1)"),
        ["vedtatt_forelegg"] = (Grunnlagstype.VedtattForelegg, "Vedtatt forelegg (§ 4-1)"),
        ["eksigibelt_gjeldsbrev"] = (Grunnlagstype.EksigibeltGjeldsbrev, "Eksigibelt gjeldsbrev (§ 7-2 a)"),
        ["annen_lov"] = (Grunnlagstype.KravTvangskraftigEtterAnnenLov, "Tvangskraftig etter annen lov (§ 7-2 e)"),
        ["skriftstykke"] = (Grunnlagstype.Skriftstykke, "Skriftstykke (§ 7-2 f)"),
        ["utleggspant"] = (Grunnlagstype.Utleggspant, "Utleggspant"),
        ["legalpant"] = (Grunnlagstype.Legalpant, "Legalpant"),
        ["avtalepant"] = (Grunnlagstype.Avtalepant, "Avtalepant"),
        ["salgspant"] = (Grunnlagstype.Salgspant, "Salgspant"),
    };

    public sealed record Query : IRequest<Result>
    {
        public DateOnly? Dato { get; init; }

        public GrunnlagInn? Grunnlag { get; init; }

        public DateOnly? VarselSendt { get; init; }

        /// <summary>The claim's due date; used when the grunnlag does not carry its own.</summary>
        public DateOnly? Forfall { get; init; }
    }

    public sealed record GrunnlagInn(string? Type, DateOnly? Forkynt, DateOnly? Oppfyllelsesfrist, DateOnly? Forfall);

    public sealed record GrunnUt(string Kode, string Melding);

    public sealed record Result(bool Tvangskraftig, IReadOnlyList<GrunnUt> Grunner, DateOnly? TidligsteBegjaring, DateOnly? SenesteBegjaring, DateOnly? Foreldes);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Dato).NotNull().WithMessage("Oppgi datoen begjæringen sendes.");
            RuleFor(q => q.Grunnlag).NotNull().WithMessage("Oppgi tvangsgrunnlaget.");
            RuleFor(q => q.Grunnlag!.Type).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Oppgi typen tvangsgrunnlag. Gyldige: " + string.Join(", ", Typer.Keys) + ".")
                .Must(t => Typer.ContainsKey(t!)).WithMessage("Ukjent type tvangsgrunnlag. Gyldige: " + string.Join(", ", Typer.Keys) + ".")
                .When(q => q.Grunnlag is not null, ApplyConditionTo.AllValidators);
        }
    }

    public sealed class Handler : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var g = request.Grunnlag!;
            var grunnlag = new Tvangsgrunnlag(Typer[g.Type!].Type, g.Forkynt, g.Oppfyllelsesfrist, g.Forfall ?? request.Forfall);
            var v = Tvangskraft.Vurder(request.Dato!.Value, [grunnlag], request.VarselSendt);
            return Task.FromResult(new Result(v.Tvangskraftig, v.Grunner.Select(x => new GrunnUt(x.Kode, x.Melding)).ToList(), v.TidligsteBegjaring, v.SenesteBegjaring, v.Foreldes));
        }
    }
}
