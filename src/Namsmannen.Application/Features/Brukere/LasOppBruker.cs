using MediatR;
using Microsoft.AspNetCore.Identity;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Identity;

namespace Namsmannen.Application.Features.Brukere;

/// <summary>An administrator unlocks a login locked after too many failed attempts.</summary>
public static class LasOppBruker
{
    public sealed record Command(string BrukerId) : ICommand<Result>;

    public sealed record Result(string FulltNavn);

    public sealed class Handler(UserManager<Bruker> users, NamsmannenDbContext db, ICurrentUser utforer, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var bruker = await Brukerendring.HentAsync(users, utforer, request.BrukerId);
            if (bruker.LockoutEnd is not { } slutt || slutt <= clock.GetUtcNow())
            {
                throw new KonfliktException($"{bruker.FulltNavn} er ikke låst.");
            }

            Brukerendring.Logg(db, utforer, clock, "BRUKER_LAST_OPP", bruker, "låst opp.");
            Brukerendring.Sjekk(await users.SetLockoutEndDateAsync(bruker, null), nameof(Command.BrukerId));
            Brukerendring.Sjekk(await users.ResetAccessFailedCountAsync(bruker), nameof(Command.BrukerId));
            return new Result(bruker.FulltNavn);
        }
    }
}
