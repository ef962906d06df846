using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Identity;

namespace Namsmannen.Application.Features.Brukere;

/// <summary>A user chooses a new password: after an administrator reset it, before they can do anything else.</summary>
public static class ByttPassord
{
    public sealed record Command : ICommand<Result>
    {
        public string Naverende { get; init; } = string.Empty;

        public string Nytt { get; init; } = string.Empty;

        public string Gjentatt { get; init; } = string.Empty;
    }

    public sealed record Result(string BrukerId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Naverende).NotEmpty().WithMessage("Skriv inn passordet du logget inn med.");
            RuleFor(c => c.Nytt).NotEmpty().WithMessage("Skriv inn et nytt passord.");
            RuleFor(c => c.Gjentatt).Equal(c => c.Nytt).WithMessage("Passordene er ikke like.");
            RuleFor(c => c.Nytt).NotEqual(c => c.Naverende).WithMessage("Velg et annet passord enn det du logget inn med.").When(c => c.Nytt.Length > 0);
        }
    }

    public sealed class Handler(UserManager<Bruker> users, NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            // The user's own account: no administrator needed.
            var konto = await users.FindByIdAsync(bruker.UserId ?? string.Empty) ?? throw new UnauthorizedAccessException("Brukeren er ikke logget inn.");
            Brukerendring.Logg(db, bruker, clock, "BRUKER_PASSORD_BYTTET", konto, "har valgt nytt passord.");
            konto.MaByttePassord = false;
            var resultat = await users.ChangePasswordAsync(konto, request.Naverende, request.Nytt);
            if (!resultat.Succeeded)
            {
                throw new ValidationException(resultat.Errors.Select(e => new FluentValidation.Results.ValidationFailure(
                    e.Code == "PasswordMismatch" ? nameof(Command.Naverende) : nameof(Command.Nytt), e.Description)));
            }

            return new Result(konto.Id);
        }
    }
}
