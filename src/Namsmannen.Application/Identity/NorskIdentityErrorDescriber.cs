using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Namsmannen.Application.Identity;

/// <summary>ASP.NET Core Identity's messages in Norwegian bokmål.</summary>
public sealed class NorskIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = string.Create(CultureInfo.InvariantCulture, $"Passordet må ha minst {length} tegn.") };

    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = "Passordet må inneholde minst ett siffer." };

    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = "Passordet må inneholde minst én liten bokstav." };

    public override IdentityError PasswordRequiresUpper() =>
        new() { Code = nameof(PasswordRequiresUpper), Description = "Passordet må inneholde minst én stor bokstav." };

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Passordet må inneholde minst ett spesialtegn." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Brukernavnet {userName} er allerede i bruk." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"E-postadressen {email} er allerede i bruk." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = $"E-postadressen {email} er ugyldig." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"Brukernavnet {userName} er ugyldig." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Noen andre har endret brukeren. Last siden på nytt." };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "En ukjent feil oppstod." };
}
