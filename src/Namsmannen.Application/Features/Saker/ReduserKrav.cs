using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Saker;

/// <summary>The creditor reduces the claim (registered by the caseworker, or through the creditor's own API later).</summary>
public static class ReduserKrav
{
    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public decimal? Hovedstol { get; init; }

        public decimal? Renter { get; init; }

        public decimal? Omkostninger { get; init; }

        public uint? Versjon { get; init; }
    }

    public sealed record Result(string Saksnummer, decimal Krav, decimal Utestaende, Saksstadium Stadium);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Hovedstol).NotNull().WithMessage("Oppgi ny hovedstol.");
            RuleFor(c => c.Renter).NotNull().WithMessage("Oppgi nye renter.");
            RuleFor(c => c.Omkostninger).NotNull().WithMessage("Oppgi nye omkostninger.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Satsbok satser) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            sak.ReduserKrav(request.Hovedstol!.Value, request.Renter!.Value, request.Omkostninger!.Value, Oslotid.IDag(clock), satser);
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(sak.Saksnummer, sak.Krav, sak.Utestaende, sak.Stadium);
        }
    }
}
