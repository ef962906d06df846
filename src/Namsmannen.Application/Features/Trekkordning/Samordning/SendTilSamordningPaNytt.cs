using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain;

namespace Namsmannen.Application.Features.Trekkordning.Samordning;

/// <summary>
/// The coordinated trekk refused a case's trekk (the reason is on the case page); once the caseworker has corrected
/// what it named, the trekk is handed over again on the next morning's exchange. The refusal and the request are in
/// the case's audit log.
/// </summary>
public static class SendTilSamordningPaNytt
{
    public sealed record Command : ICommand<Unit>
    {
        public string Saksnummer { get; init; } = string.Empty;

        /// <summary>What was corrected.</summary>
        public string? Merknad { get; init; }

        public uint? Versjon { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Merknad).NotEmpty().WithMessage("Skriv hva som er rettet før trekket sendes på nytt.")
                .MaximumLength(300).WithMessage("Merknaden kan ha høyst 300 tegn.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            var overlevering = await db.SamordnetOverleveringer
                .Where(o => o.Avvist != null && db.Trekkpalegg.Any(t => t.Id == o.TrekkId && t.SakId == sak.Id && t.Stoppet == null))
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new DomainException("Trekket i saken er ikke avvist av samordnet trekk.");
            // Picked up by the next exchange as never handed over (docs/architecture.md, "The coordinated trekk").
            overlevering.Avvist = null;
            overlevering.Versjon = 0;
            db.Journal.Noter(sak.Id, new Domain.Saker.Sakshendelse.SamordningPaNytt(overlevering.TrekkId, request.Merknad!.Trim()));
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return Unit.Value;
        }
    }
}
