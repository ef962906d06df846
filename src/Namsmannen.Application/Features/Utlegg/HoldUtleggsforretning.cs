using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Utlegg;

/// <summary>
/// The utleggsforretning: the assets found, each with its beslagsfrihet vurdering, then utleggspant in the chosen ones
/// or intet til utlegg. Creates the register entries with their deletion dates. (Utleggstrekk has its own command.)
/// </summary>
public static class HoldUtleggsforretning
{
    public const string Pant = "pant";
    public const string Intet = "intet";

    public static readonly IReadOnlyDictionary<string, Formuesgodetype> Typer = Enum.GetValues<Formuesgodetype>()
        .ToDictionary(t => Common.Kode.Av(t), t => t);

    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public string Utfall { get; init; } = Pant;

        public IReadOnlyList<Gode> Formuesgoder { get; init; } = [];

        /// <summary>Other begjæringer against the same debtor handled in this same utleggsforretning (samordning).</summary>
        public IReadOnlyList<string> Samordnes { get; init; } = [];

        /// <summary>Why the forretning is held without a varsel, or before the varsel's day: a varsel would defeat its purpose (§ 7-10).</summary>
        public string? UtenVarsel { get; init; }

        public uint? Versjon { get; init; }
    }

    public sealed record Gode(
        string Type,
        string Beskrivelse,
        decimal Verdi,
        bool NodvendigForArbeid = false,
        bool SykdomDokumentert = false,
        bool SvaertHoyVerdi = false,
        bool TaUtleggspant = false,
        string? OverstyrBegrunnelse = null);

    public sealed record Result(string Saksnummer, Saksstadium Stadium, IReadOnlyList<Vurdert> Vurderinger, IReadOnlyList<Registeroppforing> Registreringer, IReadOnlyList<string> Samordnet);

    public sealed record Vurdert(string Beskrivelse, Beslagsutfall Utfall, decimal BeslagsfrittBelop, string Begrunnelse, bool Utleggspant);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Utfall).Must(u => u is Pant or Intet).WithMessage("Velg utleggspant eller intet til utlegg.");
            RuleFor(c => c.Formuesgoder).Must(f => f.Count <= 30).WithMessage("Registrer høyst 30 formuesgoder om gangen.");
            RuleFor(c => c.Formuesgoder).Must(f => f.Any(g => g.TaUtleggspant)).When(c => c.Utfall == Pant)
                .WithMessage("Velg minst ett formuesgode å ta utleggspant i, eller konkluder med intet til utlegg.");
            RuleFor(c => c.Formuesgoder).Must(f => !f.Any(g => g.TaUtleggspant)).When(c => c.Utfall == Intet)
                .WithMessage("Intet til utlegg kan ikke kombineres med utleggspant.");
            RuleForEach(c => c.Formuesgoder).ChildRules(g =>
            {
                g.RuleFor(x => x.Type).Must(t => t is not null && Typer.ContainsKey(t)).WithMessage("Velg hva slags formuesgode det er.");
                g.RuleFor(x => x.Beskrivelse).NotEmpty().WithMessage("Beskriv formuesgodet.").MaximumLength(300).WithMessage("Beskrivelsen kan ha høyst 300 tegn.");
                g.RuleFor(x => x.Verdi).GreaterThanOrEqualTo(0).WithMessage("Verdien kan ikke være negativ.")
                    .IHeleOre("Oppgi verdien i hele øre (høyst to desimaler).");
                g.RuleFor(x => x.OverstyrBegrunnelse).MaximumLength(500).WithMessage("Begrunnelsen kan ha høyst 500 tegn.");
            });
            RuleFor(c => c.UtenVarsel).MaximumLength(500).WithMessage("Begrunnelsen kan ha høyst 500 tegn.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Satsbok satser) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var idag = Oslotid.IDag(clock);
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            var saker = new List<Sak> { sak };
            foreach (var nummer in request.Samordnes.Where(n => n != sak.Saksnummer).Distinct())
            {
                var annen = await SakOppslag.HentAsync(db, bruker, nummer, null, cancellationToken);
                sak.KontrollerSamordning(annen, request.Utfall == Pant ? Handling.TaUtleggspant : Handling.KonkluderIntetTilUtlegg);
                saker.Add(annen);
            }

            // dekningsloven § 2-6 (domain.md § 6): the bank-deposit rule uses the household namsmannen has registered, never the single rate
            var husstand = (await db.Skyldnere.AsNoTracking().Where(d => d.Id == sak.SkyldnerId).Select(d => d.Husstand).SingleAsync(cancellationToken))?.TilHusstand();
            var vurdert = new List<(Gode Gode, Beslagsvurdering Vurdering)>();
            var feil = new List<ValidationFailure>();
            foreach (var (g, i) in request.Formuesgoder.Select((g, i) => (g, i)))
            {
                if (Typer[g.Type] == Formuesgodetype.Bankinnskudd && husstand is null)
                {
                    feil.Add(new ValidationFailure($"Formuesgoder[{i}].Type", Beslagsfrihet.HusstandUkjent));
                    continue;
                }

                var vurdering = Beslagsfrihet.Vurder(new Beslagsgrunnlag(Typer[g.Type], new Belop(g.Verdi), g.NodvendigForArbeid, g.SykdomDokumentert, g.SvaertHoyVerdi), idag, husstand, satser);
                if (Sak.UtleggspantKreverBegrunnelse(g.Beskrivelse, vurdering, g.TaUtleggspant, g.OverstyrBegrunnelse) is { } melding)
                {
                    feil.Add(new ValidationFailure($"Formuesgoder[{i}].OverstyrBegrunnelse", melding));
                    continue;
                }

                vurdert.Add((g, vurdering));
            }

            if (feil.Count > 0)
            {
                throw new ValidationException(feil);
            }

            var registreringer = new List<Registeroppforing>();
            foreach (var s in saker)
            {
                registreringer.AddRange(Gjennomfor(s, request.Utfall, vurdert, idag, saker.Count > 1 ? saker.Select(x => x.Saksnummer).ToList() : [], request.UtenVarsel));
            }

            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            var vurderinger = vurdert.Select(v => new Vurdert(v.Gode.Beskrivelse.Trim(), v.Vurdering.Utfall, v.Vurdering.BeslagsfrittBelop.Kroner, v.Vurdering.Begrunnelse, v.Gode.TaUtleggspant)).ToList();
            return new Result(sak.Saksnummer, sak.Stadium, vurderinger, registreringer, saker.Skip(1).Select(s => s.Saksnummer).ToList());
        }

        /// <summary>Records the outcome, the findings, the pledges and the register entries for one case of the forretning.</summary>
        private List<Registeroppforing> Gjennomfor(Sak sak, string utfall, List<(Gode Gode, Beslagsvurdering Vurdering)> vurdert, DateOnly idag, IReadOnlyList<string> samordnet, string? utenVarsel)
        {
            var samordning = samordnet.Count > 1 ? $" Samordnet forretning for sakene {string.Join(", ", samordnet)}." : string.Empty;
            sak.HoldUtleggsforretning(utfall == Pant ? Handling.TaUtleggspant : Handling.KonkluderIntetTilUtlegg, idag,
                (utfall == Pant ? $"Utleggspant i {string.Join(", ", vurdert.Where(v => v.Gode.TaUtleggspant).Select(v => v.Gode.Beskrivelse.Trim()))}." : "Ingenting som kan tas utlegg i.") + samordning, utenVarsel);

            var tidligere = sak.Registreringer.Count;
            foreach (var (g, vurdering) in vurdert)
            {
                sak.RegistrerFormuesgode(Typer[g.Type], g.Beskrivelse, new Belop(g.Verdi), vurdering, g.TaUtleggspant, g.OverstyrBegrunnelse, idag);
            }

            if (utfall == Intet)
            {
                sak.Registrer(Registerutfall.IntetTilUtlegg, idag);
            }

            sak.Registrer(Registerutfall.Betalingsanmerkning, idag);
            return sak.Registreringer.Skip(tidligere).Select(r => r.Oppforing).ToList();
        }
    }
}
