using System.Text.Json;
using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Utlegg;

/// <summary>
/// Utleggstrekk at the utleggsforretning: the trekk calculator decides the monthly amount; the first trekk comes
/// about a month later; the trekk is registered in Løsøreregisteret and joins the debtor's kravkø, and the order to
/// the trekkpliktig (trekkpålegg) is written as its first version.
/// </summary>
public static class TaUtleggstrekk
{
    public static readonly IReadOnlyDictionary<string, Kravklasse> Klasser = Enum.GetValues<Kravklasse>()
        .ToDictionary(k => Common.Kode.Av(k), k => k);

    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public string ArbeidsgiverOrgnr { get; init; } = string.Empty;

        public string Kravklasse { get; init; } = "andre_krav";

        public DateOnly? Start { get; init; }

        public BeregnUtleggstrekk.Query Beregning { get; init; } = new();

        /// <summary>Why the forretning is held without a varsel, or before the varsel's day: a varsel would defeat its purpose (§ 7-10).</summary>
        public string? UtenVarsel { get; init; }

        public uint? Versjon { get; init; }
    }

    public sealed record Result(string Saksnummer, decimal TrekkPerManed, DateOnly Start, DateOnly? SenesteSlutt);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ArbeidsgiverOrgnr).Must(o => Organisasjonsnummer.TryParse(o, out _, out _)).WithMessage("Oppgi et gyldig organisasjonsnummer for arbeidsgiveren eller trygdeutbetaleren.");
            RuleFor(c => c.Kravklasse).Must(k => k is not null && Klasser.ContainsKey(k)).WithMessage("Velg kravets prioritetsklasse.");
            RuleFor(c => c.Start).NotNull().WithMessage("Oppgi når det første trekket skal skje.");
            RuleFor(c => c.Beregning).SetValidator(new BeregnUtleggstrekk.Validator());
            RuleFor(c => c.UtenVarsel).MaximumLength(500).WithMessage("Begrunnelsen kan ha høyst 500 tegn.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Satsbok satser, Trekkordning.Samordningskonto samordning) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var idag = Oslotid.IDag(clock);
            var beregning = Utleggstrekk.Beregn(BeregnUtleggstrekk.TilGrunnlag(request.Beregning), satser);
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            var klasse = Klasser[request.Kravklasse];
            var senesteSlutt = Utleggstrekk.SenesteSlutt(idag, klasse == Kravklasse.SkattOgAvgifter);
            sak.TaUtleggstrekk(idag, request.Start!.Value, beregning, new Domain.Penger.Belop(request.Beregning.NettoInntektPerManed ?? 0), request.ArbeidsgiverOrgnr, request.UtenVarsel);
            // The decision keeps its basis: what the caseworker entered, the calculation line by line, and its warnings.
            var trekk = sak.VedtaTrekk(request.ArbeidsgiverOrgnr, beregning, JsonSerializer.Serialize(request.Beregning), idag, request.Start!.Value, senesteSlutt, klasse);
            // Issue 17: the order to the trekkpliktig, version 1, which the employer reads from its feed.
            await Trekkordning.Trekkpaleggene.VedtaAsync(db, sak, trekk, samordning, cancellationToken);
            sak.Registrer(Registerutfall.Utleggstrekk, idag);
            sak.Registrer(Registerutfall.Betalingsanmerkning, idag);
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(sak.Saksnummer, beregning.TrekkPerManed.Kroner, request.Start.Value, senesteSlutt);
        }
    }
}
