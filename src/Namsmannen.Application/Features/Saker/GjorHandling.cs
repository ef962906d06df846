using FluentValidation;
using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Saker;

/// <summary>
/// A caseworker carries out an action that needs nothing but (sometimes) a reason: accept, reject, dismiss, suspend,
/// resume, decide a complaint, register a withdrawal, close. Actions that carry data (varsel, utleggsforretning,
/// payment, sale) have their own commands.
/// </summary>
public static class GjorHandling
{
    /// <summary>The actions without a form of their own (<see cref="Handlingsbeskrivelse.EgetSkjema"/>).</summary>
    public static readonly IReadOnlySet<Handling> Enkle = Handlinger.Alle.Where(b => !b.EgetSkjema).Select(b => b.Handling).ToHashSet();

    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public Handling Handling { get; init; }

        public string? Begrunnelse { get; init; }

        /// <summary>The version of the case the user saw (PostgreSQL xmin); a newer version means someone else acted first.</summary>
        public uint? Versjon { get; init; }
    }

    public sealed record Result(string Saksnummer, Saksstadium Stadium);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Saksnummer).NotEmpty().WithMessage("Oppgi saksnummeret.");
            RuleFor(c => c.Handling).Must(h => Enkle.Contains(h)).WithMessage("Denne handlingen registreres i sitt eget skjema.");
            RuleFor(c => c.Begrunnelse).MaximumLength(800).WithMessage("Begrunnelsen kan ha høyst 800 tegn.");
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            if (request.Handling == Handling.GodtaBegjaring && sak.SaksbehandlerId is null)
            {
                TaVedGodkjenning(sak);
            }

            sak.GjorHandling(request.Handling, Oslotid.IDag(clock), request.Begrunnelse);
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(sak.Saksnummer, sak.Stadium);
        }

        /// <summary>
        /// An accepted case without a caseworker would be in nobody's list (only new begjæringer are in «Nye uten
        /// saksbehandler»): the caseworker or supervisor of its office who accepts it takes it. An administrator, who
        /// belongs to no office, assigns it first.
        /// </summary>
        private void TaVedGodkjenning(Sak sak)
        {
            if (bruker.UserId is { } meg && bruker.Kontor == sak.Kontor)
            {
                sak.TildelTil(meg, bruker.Navn);
            }
            else if (bruker.IsInRole(Identity.Roller.Admin))
            {
                throw new Domain.DomainException("Saken har ingen saksbehandler. Tildel den til en saksbehandler ved kontoret før den godtas, så den ikke blir liggende utenfor alle lister.");
            }
        }
    }
}
