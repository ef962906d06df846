using MediatR;
using Microsoft.AspNetCore.Identity;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Identity;

namespace Namsmannen.Application.Features.Brukere;

/// <summary>
/// An administrator disables a login (issue 20): it can no longer log in, and every session it has ends (a new
/// security stamp, checked on every request within <c>Innlogging:SesjonskontrollSekunder</c>). Nobody disables
/// themselves, and the last active administrator is kept.
/// </summary>
public static class DeaktiverBruker
{
    public sealed record Command(string BrukerId) : ICommand<Result>;

    public sealed record Result(string FulltNavn);

    public sealed class Handler(UserManager<Bruker> users, NamsmannenDbContext db, ICurrentUser utforer, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var bruker = await Brukerendring.HentAsync(users, utforer, request.BrukerId);
            if (bruker.Deaktivert is not null)
            {
                throw new KonfliktException($"{bruker.FulltNavn} er alt deaktivert.");
            }

            if (bruker.Id == utforer.UserId)
            {
                throw new KonfliktException("Du kan ikke deaktivere deg selv. Be en annen administrator om det.");
            }

            await Brukerendring.KrevAdministratorIgjenAsync(db, users, utforer, bruker, "deaktivere", cancellationToken);
            Brukerendring.Logg(db, utforer, clock, "BRUKER_DEAKTIVERT", bruker, "deaktivert; alle innlogginger er avsluttet.");
            bruker.Deaktivert = clock.GetUtcNow();
            Brukerendring.Sjekk(await users.UpdateSecurityStampAsync(bruker), nameof(Command.BrukerId));
            return new Result(bruker.FulltNavn);
        }
    }
}
