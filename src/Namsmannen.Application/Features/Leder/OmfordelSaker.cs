using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Identity;

namespace Namsmannen.Application.Features.Leder;

/// <summary>
/// A supervisor moves open cases from an overloaded caseworker (or from the unassigned pile) to a colleague in the same
/// office: the oldest first, since they are furthest past the target. Each case moves through the aggregate, and the
/// journal writes an audit line for each, in the command's transaction; all of them move or none.
/// </summary>
public static class OmfordelSaker
{
    public const int Maks = 5_000;

    public sealed record Command : ICommand<Result>
    {
        /// <summary>The caseworker to take cases from; <see cref="Arbeidsliste.IkkeTildelt"/> for the unassigned ones.</summary>
        public string FraSaksbehandlerId { get; init; } = string.Empty;

        public string TilSaksbehandlerId { get; init; } = string.Empty;

        public int? Antall { get; init; }

        /// <summary>An administrator's office; a supervisor moves cases in their own.</summary>
        public string? Kontor { get; init; }

        /// <summary>
        /// The supervisor has seen how many cases will move and confirms it. Without it nothing moves, and the answer is
        /// a field error that says how many would.
        /// </summary>
        public bool Bekreftet { get; init; }
    }

    public sealed record Result(int Flyttet, string Fra, string Til);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.FraSaksbehandlerId).NotEmpty().WithMessage("Velg hvem sakene skal flyttes fra.");
            RuleFor(c => c.TilSaksbehandlerId).NotEmpty().WithMessage("Velg hvem sakene skal flyttes til.")
                .NotEqual(c => c.FraSaksbehandlerId).WithMessage("Velg en annen saksbehandler enn den sakene flyttes fra.");
            RuleFor(c => c.Antall).NotNull().WithMessage("Skriv hvor mange saker som skal flyttes.")
                .InclusiveBetween(1, Maks).WithMessage($"Antallet må være fra 1 til {Maks:N0}.".Replace(",", " ", StringComparison.Ordinal));
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Command, Result>
    {
        // The oldest first, locked so two supervisors moving at once never move the same case twice; loaded in the same
        // statement (xmin is the case's version, which SELECT * leaves out).
        private const string Valg = """
            SELECT *, xmin FROM saker
             WHERE kontor = {0} AND avsluttet IS NULL
               AND (CASE WHEN {1} = 'ingen' THEN saksbehandler_id IS NULL ELSE saksbehandler_id = {1} END)
             ORDER BY mottatt, saksnummer
             LIMIT {2}
               FOR UPDATE
            """;

        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var (kontorer, _, _) = Ledertall.Omfang(bruker, request.Kontor);
            if (kontorer.Count != 1)
            {
                throw Feil(nameof(Command.Kontor), "Velg kontoret sakene hører til.");
            }

            var kontor = kontorer[0];
            var til = await SaksbehandlerAsync(request.TilSaksbehandlerId, kontor, cancellationToken)
                ?? throw Feil(nameof(Command.TilSaksbehandlerId), "Velg en saksbehandler ved kontoret.");
            var fra = request.FraSaksbehandlerId == Arbeidsliste.IkkeTildelt
                ? "ikke tildelt"
                : (await db.Users.Where(u => u.Id == request.FraSaksbehandlerId).Select(u => u.FulltNavn).SingleOrDefaultAsync(cancellationToken)
                    ?? throw Feil(nameof(Command.FraSaksbehandlerId), "Velg en saksbehandler fra listen."));

            var saker = await db.Saker.FromSqlRaw(Valg, kontor, request.FraSaksbehandlerId, request.Antall!.Value).ToListAsync(cancellationToken);
            var flyttet = saker.Count;
            if (flyttet == 0)
            {
                throw Feil(nameof(Command.FraSaksbehandlerId), $"{(fra == "ikke tildelt" ? "Det er ingen åpne saker uten saksbehandler" : $"{fra} har ingen åpne saker")} å flytte.");
            }

            if (!request.Bekreftet)
            {
                // issue 15: a bulk move says how many cases it will move, and moves nothing until confirmed
                var farre = flyttet < request.Antall ? $" Du ba om {request.Antall}, men det er bare {flyttet} åpne saker å flytte." : string.Empty;
                throw Feil(nameof(Command.Bekreftet), $"{flyttet} {(flyttet == 1 ? "sak" : "saker")} blir flyttet fra {fra} til {til.FulltNavn}.{farre} Kryss av for å bekrefte flyttingen.");
            }

            foreach (var sak in saker)
            {
                sak.Omfordel(til.Id, til.FulltNavn, fra == "ikke tildelt" ? null : fra);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Result(flyttet, fra, til.FulltNavn);
        }

        private async Task<Bruker?> SaksbehandlerAsync(string id, string kontor, CancellationToken cancellationToken)
        {
            var rolle = Roller.Saksbehandler.ToLowerInvariant();
            return await db.Users.AsNoTracking()
                .Where(u => u.Id == id && u.Kontor == kontor && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == rolle))
                .SingleOrDefaultAsync(cancellationToken);
        }

        private static ValidationException Feil(string felt, string melding) => new([new ValidationFailure(felt, melding)]);
    }
}
