using System.Security.Cryptography;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Identity;

namespace Namsmannen.Application.Features.Brukere;

/// <summary>
/// An administrator resets a login's password (issue 20): a one-time password is made, shown to the administrator once
/// and never stored or logged in clear; the user's sessions end, and at the next login they must choose their own.
/// </summary>
public static class NullstillPassord
{
    public sealed record Command(string BrukerId) : ICommand<Result>;

    /// <param name="Engangspassord">Shown once, to be given to the user by a safe channel.</param>
    public sealed record Result(string FulltNavn, string Engangspassord);

    private const string Tegn = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public sealed class Handler(UserManager<Bruker> users, NamsmannenDbContext db, ICurrentUser utforer, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var bruker = await Brukerendring.HentAsync(users, utforer, request.BrukerId);
            // 16 letters and digits from a CSPRNG (about 93 bits), with the classes the password rules ask for.
            var passord = "Nm-" + RandomNumberGenerator.GetString(Tegn, 16) + "7a";
            Brukerendring.Logg(db, utforer, clock, "BRUKER_PASSORD_NULLSTILT", bruker, "passordet er nullstilt; brukeren må velge et nytt ved neste innlogging.");
            bruker.MaByttePassord = true;
            Brukerendring.Sjekk(await users.RemovePasswordAsync(bruker), nameof(Command.BrukerId));
            Brukerendring.Sjekk(await users.AddPasswordAsync(bruker, passord), nameof(Command.BrukerId));
            Brukerendring.Sjekk(await users.UpdateSecurityStampAsync(bruker), nameof(Command.BrukerId));
            return new Result(bruker.FulltNavn, passord);
        }
    }
}
