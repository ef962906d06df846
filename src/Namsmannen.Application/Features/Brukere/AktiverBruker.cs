using MediatR;
using Microsoft.AspNetCore.Identity;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Identity;

namespace Namsmannen.Application.Features.Brukere;

/// <summary>An administrator enables a disabled login again; the user logs in with the password they had.</summary>
public static class AktiverBruker
{
    public sealed record Command(string BrukerId) : ICommand<Result>;

    public sealed record Result(string FulltNavn);

    public sealed class Handler(UserManager<Bruker> users, NamsmannenDbContext db, ICurrentUser utforer, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var bruker = await Brukerendring.HentAsync(users, utforer, request.BrukerId);
            if (bruker.Deaktivert is null)
            {
                throw new KonfliktException($"{bruker.FulltNavn} er ikke deaktivert.");
            }

            Brukerendring.Logg(db, utforer, clock, "BRUKER_AKTIVERT", bruker, "aktivert igjen.");
            bruker.Deaktivert = null;
            await Brukerendring.LagreAsync(users, bruker, nameof(Command.BrukerId));
            return new Result(bruker.FulltNavn);
        }
    }
}
