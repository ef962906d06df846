using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Utlegg;

/// <summary>
/// The supervisor does not approve the proposed fordeling and sends it back with the reason: the case returns to
/// tvangssalg, where the sale is registered again. The proposal is kept, marked as sent back.
/// </summary>
public static class SendFordelingTilbake
{
    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public string Begrunnelse { get; init; } = string.Empty;

        public uint? Versjon { get; init; }
    }

    public sealed record Result(string Saksnummer, Saksstadium Stadium);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Begrunnelse).NotEmpty().WithMessage("Skriv hva som må rettes i fordelingen.").MaximumLength(800).WithMessage("Høyst 800 tegn.");
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            Fordelingsgodkjenning.KontrollerRolle(bruker);
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            var forslag = await Fordelingsgodkjenning.VenterAsync(db, bruker, sak, cancellationToken);
            sak.SendFordelingTilbake(forslag, bruker.UserId ?? string.Empty, bruker.Navn, clock.GetUtcNow(), Oslotid.IDag(clock), request.Begrunnelse);
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(sak.Saksnummer, sak.Stadium);
        }
    }
}
