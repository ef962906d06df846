using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Identity;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Brukere;

/// <summary>An administrator creates a login for a caseworker, supervisor, administrator or creditor portal user.</summary>
public static partial class OpprettBruker
{
    public sealed record Command : ICommand<Result>, ITilknytning
    {
        public string Epost { get; init; } = string.Empty;

        public string FulltNavn { get; init; } = string.Empty;

        public string Rolle { get; init; } = string.Empty;

        public Guid? KreditorId { get; init; }

        /// <summary>The office (<c>Kontorinndeling</c> code) of a caseworker or supervisor.</summary>
        public string? Kontor { get; init; }

        public string Passord { get; init; } = string.Empty;
    }

    public sealed record Result(string BrukerId, string Epost);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(NamsmannenDbContext db)
        {
            RuleFor(c => c.Epost).NotEmpty().WithMessage("Skriv inn e-postadressen.")
                .EmailAddress().WithMessage("E-postadressen er ikke gyldig.")
                .MaximumLength(256).WithMessage("E-postadressen kan ha høyst 256 tegn.");
            RuleFor(c => c.FulltNavn).NotEmpty().WithMessage("Skriv inn fullt navn.")
                .MaximumLength(200).WithMessage("Navnet kan ha høyst 200 tegn.");
            Include(new TilknytningValidator(db));
            RuleFor(c => c.Passord).NotEmpty().WithMessage("Skriv inn et passord.");
        }
    }

    public sealed partial class Handler(UserManager<Bruker> users, NamsmannenDbContext db, Common.ICurrentUser utforer, TimeProvider clock, Microsoft.Extensions.Logging.ILogger<Handler> logger) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var bruker = new Bruker
            {
                UserName = request.Epost.Trim(),
                Email = request.Epost.Trim(),
                EmailConfirmed = true,
                FulltNavn = request.FulltNavn.Trim(),
                KreditorId = request.KreditorId,
                Kontor = string.IsNullOrEmpty(request.Kontor) ? null : request.Kontor,
            };

            Brukerendring.Logg(db, utforer, clock, "BRUKER_OPPRETTET", bruker, $"opprettet med rollen {Roller.Visningsnavn(request.Rolle)}{(bruker.Kontor is null ? string.Empty : $", kontor {bruker.Kontor}")}.");
            var created = await users.CreateAsync(bruker, request.Passord);
            if (!created.Succeeded)
            {
                throw new ValidationException(created.Errors.Select(e => new ValidationFailure(
                    e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Command.Passord) : nameof(Command.Epost),
                    e.Description)));
            }

            var role = await users.AddToRoleAsync(bruker, request.Rolle);
            if (!role.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", role.Errors.Select(e => e.Description)));
            }

            // Who made which account, with which role: in the log, the account's address masked (issue 12, M7).
            LogOpprettet(logger, bruker.Id, request.Rolle, request.Kontor, utforer.Navn, utforer.UserId);
            return new Result(bruker.Id, bruker.Email);
        }

        [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "User {BrukerId} created with role {Rolle} (office {Kontor}) by {Utforer} ({UtforerId})")]
        private static partial void LogOpprettet(Microsoft.Extensions.Logging.ILogger logger, string brukerId, string rolle, string? kontor, string utforer, string? utforerId);
    }
}

/// <summary>Which role a login has, and the creditor or office it belongs to: the same rules when it is made and when it is changed.</summary>
public interface ITilknytning
{
    string Rolle { get; }

    Guid? KreditorId { get; }

    string? Kontor { get; }
}

public sealed class TilknytningValidator : AbstractValidator<ITilknytning>
{
    public TilknytningValidator(NamsmannenDbContext db)
    {
        RuleFor(c => c.Rolle).Must(r => Roller.Alle.Contains(r)).WithMessage("Velg en rolle.");
        RuleFor(c => c.KreditorId).NotNull().When(c => c.Rolle == Roller.Kreditor)
            .WithMessage("Velg hvilken kreditor brukeren hører til.");
        RuleFor(c => c.KreditorId).Null().When(c => c.Rolle != Roller.Kreditor)
            .WithMessage("Bare kreditorbrukere kan knyttes til en kreditor.");
        RuleFor(c => c.KreditorId)
            .MustAsync(async (id, ct) => await db.Kreditorer.AnyAsync(k => k.Id == id, ct))
            .When(c => c.KreditorId is not null)
            .WithMessage("Kreditoren finnes ikke.");
        // A caseworker or supervisor sees one office's cases, so they must belong to one; nobody else does.
        RuleFor(c => c.Kontor).Must(k => Kontorinndeling.FraKode(k) is not null).When(c => c.Rolle is Roller.Saksbehandler or Roller.Leder)
            .WithMessage("Velg kontoret saksbehandleren eller lederen hører til.");
        RuleFor(c => c.Kontor).Empty().When(c => c.Rolle is not (Roller.Saksbehandler or Roller.Leder))
            .WithMessage("Bare saksbehandlere og ledere hører til et kontor.");
    }
}
