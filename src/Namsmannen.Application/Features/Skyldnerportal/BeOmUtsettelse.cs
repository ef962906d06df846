using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Skyldnerportal;

/// <summary>
/// The debtor asks for utsettelse from «Min sak» (issue 19). Namsmannen cannot grant it; only the creditor can (seed 002),
/// so the request is put on the creditor's status feed (UTSETTELSE_ONSKET) and in the case's audit log.
/// </summary>
public static class BeOmUtsettelse
{
    public sealed record Command : ICommand<Unit>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public DateOnly? OnsketTil { get; init; }

        public string Begrunnelse { get; init; } = string.Empty;

        public uint? Versjon { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Begrunnelse).NotEmpty().WithMessage("Skriv kort hvorfor du ber om utsettelse.")
                .MaximumLength(Sak.SkyldnertekstMaksLengde).WithMessage($"Høyst {Sak.SkyldnertekstMaksLengde} tegn.");
            RuleFor(c => c.OnsketTil).GreaterThan(_ => Oslotid.IDag(clock)).WithMessage("Datoen du ønsker utsettelse til, må være etter i dag.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            sak.BeOmUtsettelse(Oslotid.IDag(clock), request.OnsketTil, request.Begrunnelse);
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return Unit.Value;
        }
    }
}
