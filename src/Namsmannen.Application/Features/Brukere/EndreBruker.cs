using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Identity;

namespace Namsmannen.Application.Features.Brukere;

/// <summary>
/// An administrator changes a login's role, office or creditor (issue 20). The user's sessions end, so the new role
/// applies from their next login. Nobody removes their own administrator role, and the last one is kept.
/// </summary>
public static class EndreBruker
{
    public sealed record Command : ICommand<Result>, ITilknytning
    {
        public string BrukerId { get; init; } = string.Empty;

        public string Rolle { get; init; } = string.Empty;

        public Guid? KreditorId { get; init; }

        public string? Kontor { get; init; }
    }

    public sealed record Result(bool Endret);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(NamsmannenDbContext db) => Include(new TilknytningValidator(db));
    }

    public sealed class Handler(UserManager<Bruker> users, NamsmannenDbContext db, ICurrentUser utforer, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var bruker = await Brukerendring.HentAsync(users, utforer, request.BrukerId);
            var roller = await users.GetRolesAsync(bruker);
            var kontor = string.IsNullOrEmpty(request.Kontor) ? null : request.Kontor;
            if (roller.SequenceEqual([request.Rolle]) && bruker.Kontor == kontor && bruker.KreditorId == request.KreditorId)
            {
                return new Result(false);
            }

            if (request.Rolle != Roller.Admin)
            {
                await Brukerendring.KrevAdministratorIgjenAsync(db, users, utforer, bruker, "ta administratorrollen fra", cancellationToken);
            }

            Brukerendring.Logg(db, utforer, clock, "BRUKER_ENDRET", bruker,
                $"rolle {string.Join(", ", roller.Select(Roller.Visningsnavn))} → {Roller.Visningsnavn(request.Rolle)}, kontor {bruker.Kontor ?? "–"} → {kontor ?? "–"}, kreditor {(bruker.KreditorId?.ToString() ?? "–")} → {(request.KreditorId?.ToString() ?? "–")}.");
            bruker.Kontor = kontor;
            bruker.KreditorId = request.KreditorId;
            Brukerendring.Sjekk(await users.RemoveFromRolesAsync(bruker, roller), nameof(Command.Rolle));
            Brukerendring.Sjekk(await users.AddToRoleAsync(bruker, request.Rolle), nameof(Command.Rolle));
            // A new security stamp ends every session: the old role is not kept in a cookie.
            Brukerendring.Sjekk(await users.UpdateSecurityStampAsync(bruker), nameof(Command.Rolle));
            return new Result(true);
        }
    }
}
