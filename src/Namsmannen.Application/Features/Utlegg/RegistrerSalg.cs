using FluentValidation;
using MediatR;
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
/// The tvangssalg is done: price and costs are registered and the domain rules propose the fordeling. The saksøker's
/// claim is what is still owed on the case, at its own priority among the other heftelser. Payout waits for a
/// supervisor's approval.
/// </summary>
public static class RegistrerSalg
{
    public const string Saksoker = "Saksøker";

    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public decimal? Salgssum { get; init; }

        public decimal Salgsomkostninger { get; init; }

        public int SaksokerPrioritet { get; init; } = 1;

        public IReadOnlyList<AnnenHeftelse> AndreHeftelser { get; init; } = [];

        public uint? Versjon { get; init; }
    }

    public sealed record AnnenHeftelse(string Navn, string Type, int Prioritet, decimal Krav);

    public sealed record Result(string Saksnummer, Guid FordelingId, IReadOnlyList<FordelingsLinje> Linjer);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Salgssum).NotNull().WithMessage("Oppgi salgssummen.")
                .GreaterThan(0).WithMessage("Salgssummen må være større enn 0 kr.")
                .IHeleOre();
            RuleFor(c => c.Salgsomkostninger).GreaterThanOrEqualTo(0).WithMessage("Salgsomkostningene kan ikke være negative.")
                .IHeleOre();
            RuleFor(c => c.SaksokerPrioritet).GreaterThanOrEqualTo(1).WithMessage("Prioriteten må være 1 eller høyere.");
            RuleForEach(c => c.AndreHeftelser).ChildRules(h =>
            {
                h.RuleFor(x => x.Navn).NotEmpty().WithMessage("Oppgi panthaveren.").MaximumLength(90).WithMessage("Navnet kan ha høyst 90 tegn.")
                    .NotEqual(Saksoker).WithMessage("Navnet er reservert for saksøkeren.");
                h.RuleFor(x => x.Type).Must(t => t is "legalpant" or "pant").WithMessage("Typen må være legalpant eller pant.");
                h.RuleFor(x => x.Prioritet).GreaterThanOrEqualTo(1).WithMessage("Prioriteten må være 1 eller høyere.");
                h.RuleFor(x => x.Krav).GreaterThanOrEqualTo(0).WithMessage("Kravet kan ikke være negativt.");
            });
            RuleFor(c => c.AndreHeftelser).Must(h => h.Select(x => x.Navn.Trim()).Distinct().Count() == h.Count).WithMessage("To heftelser har samme panthaver.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Satsbok satser) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var idag = Oslotid.IDag(clock);
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            var heftelser = request.AndreHeftelser
                .Select(h => new Heftelse(h.Navn.Trim(), h.Type == "legalpant" ? Heftelsestype.Legalpant : Heftelsestype.Pant, h.Prioritet, new Belop(h.Krav), false))
                .Append(new Heftelse(Saksoker, Heftelsestype.Pant, request.SaksokerPrioritet, sak.Konto.SaldoPa(Oslotid.IDag(clock), satser).Saldo.Sum, true))
                .ToList();
            // domain.md § 4: begjæringsgebyret med R for dagen tvangssalget ble begjært, salgsgebyret med R for salgsdagen
            var begjart = await TvangssalgBegjartAsync(db, sak, cancellationToken);
            var fordeling = Fordeling.Beregn(begjart, idag, new Belop(request.Salgssum!.Value), new Belop(request.Salgsomkostninger), heftelser, satser);
            var forslag = sak.RegistrerSalg(idag, fordeling, new Belop(request.Salgsomkostninger), bruker.UserId ?? string.Empty, bruker.Navn, Saksoker);
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(sak.Saksnummer, forslag.Id, fordeling.Linjer);
        }
    }

    /// <summary>
    /// The day tvangssalg was requested: the day a begjæring of tvangssalg was received, or for an utlegg case the day the
    /// creditor's request for tvangssalg was registered (its audit line).
    /// </summary>
    public static async Task<DateOnly> TvangssalgBegjartAsync(NamsmannenDbContext db, Sak sak, CancellationToken cancellationToken) =>
        TvangssalgBegjart(sak, await Revisjon.DatoForAsync(db, sak.Id, Handling.BegjarTvangssalg, cancellationToken));

    /// <summary>The same, given the Oslo day of the case's <c>BEGJAR_TVANGSSALG</c> audit line (null when it has none).</summary>
    public static DateOnly TvangssalgBegjart(Sak sak, DateOnly? registrert) =>
        sak.Type == Begjaringstype.Tvangssalg ? sak.Mottatt : registrert ?? sak.Mottatt;
}
