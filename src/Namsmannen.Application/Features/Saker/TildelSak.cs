using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Identity;

namespace Namsmannen.Application.Features.Saker;

/// <summary>Assigns a case to myself or to a colleague who works cases.</summary>
public static class TildelSak
{
    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        /// <summary>The caseworker to assign to; empty means the user themselves.</summary>
        public string? SaksbehandlerId { get; init; }

        public uint? Versjon { get; init; }
    }

    public sealed record Result(string Saksnummer, string SaksbehandlerNavn);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Saksnummer).NotEmpty().WithMessage("Oppgi saksnummeret.");
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var id = string.IsNullOrEmpty(request.SaksbehandlerId) ? bruker.UserId : request.SaksbehandlerId;
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            // A case goes only to someone in its own office (an administrator, who has none, may take any).
            var mottaker = await db.Users
                .Where(u => u.Id == id && (u.Kontor == null || u.Kontor == sak.Kontor))
                .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && (ur.RoleId == Roller.Saksbehandler.ToLowerInvariant() || ur.RoleId == Roller.Leder.ToLowerInvariant())))
                .Select(u => new { u.Id, u.FulltNavn })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.SaksbehandlerId), "Velg en saksbehandler ved sakens kontor.")]);

            sak.TildelTil(mottaker.Id, mottaker.FulltNavn);
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(sak.Saksnummer, mottaker.FulltNavn);
        }
    }
}
