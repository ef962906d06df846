using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Utlegg;

/// <summary>
/// Tilbakelevering to the salgspanthaver: the namsmann's valuation writes the debt down by the value less rettsgebyr
/// and costs; what remains is still owed. The debtor may complain within a month of the letter.
/// </summary>
public static class GjennomforTilbakelevering
{
    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public decimal? Verdi { get; init; }

        public decimal Omkostninger { get; init; }

        public uint? Versjon { get; init; }
    }

    public sealed record Result(string Saksnummer, decimal Verdi, decimal Rettsgebyr, decimal Nedskrivning, decimal GjenstaendeKrav, decimal OverskuddTilSkyldner, DateOnly Klagefrist);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Verdi).NotNull().WithMessage("Oppgi verdien namsmannen har satt.")
                .GreaterThanOrEqualTo(0).WithMessage("Verdien kan ikke være negativ.")
                .IHeleOre();
            RuleFor(c => c.Omkostninger).GreaterThanOrEqualTo(0).WithMessage("Omkostningene kan ikke være negative.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Satsbok satser) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var idag = Oslotid.IDag(clock);
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            // domain.md § 4: the fee uses the R of the day the begjæring was received, not of today
            var r = Domain.Regler.Tilbakelevering.Beregn(sak.Mottatt, new Belop(request.Verdi!.Value), sak.Konto.SaldoPa(idag, satser).Saldo.Sum, new Belop(request.Omkostninger), brevOmTilbakelevering: idag, satser);
            sak.GjennomforTilbakelevering(r, idag, satser);
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(sak.Saksnummer, r.Verdi.Kroner, r.Rettsgebyr.Kroner, r.Nedskrivning.Kroner, r.GjenstaendeKrav.Kroner, r.OverskuddTilSkyldner.Kroner, r.Klagefrist);
        }
    }
}
