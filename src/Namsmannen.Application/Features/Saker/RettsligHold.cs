using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Identity;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Saker;

/// <summary>
/// Sets or lifts a legal hold on a case (issue 20): while it stands the retention job neither deletes its documents
/// nor anonymises it. A supervisor of the case's office or an administrator decides it, with a reason in the audit log.
/// </summary>
public static class RettsligHold
{
    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        /// <summary>True sets the hold; false lifts it.</summary>
        public bool Sett { get; init; }

        public string Grunn { get; init; } = string.Empty;

        public uint? Versjon { get; init; }
    }

    public sealed record Result(string Saksnummer, string? RettsligHold);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Saksnummer).NotEmpty().WithMessage("Oppgi saksnummeret.");
            RuleFor(c => c.Grunn).NotEmpty().WithMessage("Skriv hvorfor.")
                .MaximumLength(Sak.HoldgrunnMaksLengde).WithMessage($"Grunnen kan være høyst {Sak.HoldgrunnMaksLengde} tegn.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            if (!bruker.IsInRole(Roller.Leder) && !bruker.IsInRole(Roller.Admin))
            {
                throw new UnauthorizedAccessException("Bare en leder eller en administrator kan sette eller oppheve rettslig hold.");
            }

            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            var idag = Oslotid.IDag(clock);
            if (request.Sett)
            {
                sak.SettRettsligHold(idag, request.Grunn);
            }
            else
            {
                sak.OpphevRettsligHold(idag, request.Grunn);
            }

            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(sak.Saksnummer, sak.RettsligHold);
        }
    }
}
