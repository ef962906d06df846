using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;

namespace Namsmannen.Application.Features.Trekkordning;

/// <summary>A caseworker marks a trekk task (a deviation, a missing remittance) as handled, saying what was done.</summary>
public static class LukkTrekkoppgave
{
    public sealed record Command : ICommand<Unit>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public long FristId { get; init; }

        public string? Merknad { get; init; }

        public uint? Versjon { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Merknad).NotEmpty().WithMessage("Skriv hva som er gjort med oppgaven.")
                .MaximumLength(500).WithMessage("Merknaden kan ha høyst 500 tegn.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            sak.LukkTrekkoppgave(request.FristId, request.Merknad!, Oslotid.IDag(clock));
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return Unit.Value;
        }
    }
}
