using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Portal;

/// <summary>The creditor withdraws its begjæring (domain.md § 2: at any point). The case closes and every pending step stops.</summary>
public static class TrekkBegjaring
{
    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public string? Begrunnelse { get; init; }

        public uint? Versjon { get; init; }
    }

    public sealed record Result(string Saksnummer, Saksstadium Stadium);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Saksnummer).NotEmpty().WithMessage("Oppgi saksnummeret.");
            RuleFor(c => c.Begrunnelse).MaximumLength(500).WithMessage("Begrunnelsen kan ha høyst 500 tegn.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            sak.GjorHandling(Handling.TrekkTilbake, Oslotid.IDag(clock), $"Trukket av kreditor. {request.Begrunnelse?.Trim()}".Trim());
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(sak.Saksnummer, sak.Stadium);
        }
    }
}
