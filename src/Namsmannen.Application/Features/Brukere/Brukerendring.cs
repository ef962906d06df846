using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Administrasjon;
using Namsmannen.Application.Identity;

namespace Namsmannen.Application.Features.Brukere;

/// <summary>
/// What every change an administrator makes to a login shares (issue 20): the account is looked up or it is a 404,
/// the change is audit-logged with who did it in the same transaction, and the last active administrator is kept.
/// </summary>
internal static class Brukerendring
{
    /// <summary>One administrator change at a time may count the administrators left (two disabling each other at once).</summary>
    private const long AdministratorLas = 0x4E4D_4144_4D49_4E;

    /// <summary>The login an administrator changes, or a 404; anyone but an administrator is refused.</summary>
    public static async Task<Bruker> HentAsync(UserManager<Bruker> users, ICurrentUser utforer, string id)
    {
        Administratorer.Krev(utforer, "endre brukere");
        return await users.FindByIdAsync(id) ?? throw new IkkeFunnetException("Brukeren finnes ikke.");
    }

    /// <summary>Refuses a change that would leave no active administrator, or take the acting administrator's own.</summary>
    public static async Task KrevAdministratorIgjenAsync(NamsmannenDbContext db, UserManager<Bruker> users, ICurrentUser utforer, Bruker bruker, string hva, CancellationToken cancellationToken)
    {
        if (!await users.IsInRoleAsync(bruker, Roller.Admin))
        {
            return;
        }

        if (bruker.Id == utforer.UserId)
        {
            throw new KonfliktException($"Du kan ikke {hva} deg selv. Be en annen administrator om det.");
        }

        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({AdministratorLas})", cancellationToken);
        var aktive = (await users.GetUsersInRoleAsync(Roller.Admin)).Count(a => a.Deaktivert is null && a.Id != bruker.Id);
        if (aktive == 0)
        {
            throw new KonfliktException($"{bruker.FulltNavn} er den siste aktive administratoren. Gi en annen bruker rollen først.");
        }
    }

    public static void Logg(NamsmannenDbContext db, ICurrentUser utforer, TimeProvider clock, string type, Bruker bruker, string beskrivelse) =>
        Administrasjonslogg.Skriv(db, utforer, clock, type, $"bruker:{bruker.Id}", $"{bruker.FulltNavn} ({bruker.Email}): {beskrivelse}");

    /// <summary>Saves the user, or refuses with Identity's own reasons by the field they concern.</summary>
    public static async Task LagreAsync(UserManager<Bruker> users, Bruker bruker, string felt = "BrukerId")
    {
        Sjekk(await users.UpdateAsync(bruker), felt);
    }

    public static void Sjekk(IdentityResult resultat, string felt)
    {
        if (!resultat.Succeeded)
        {
            throw new ValidationException(resultat.Errors.Select(e => new FluentValidation.Results.ValidationFailure(felt, e.Description)));
        }
    }
}
