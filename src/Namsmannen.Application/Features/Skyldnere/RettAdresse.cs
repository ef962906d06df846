using FluentValidation;
using MediatR;
using Namsmannen.Application.Adresser;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Skyldnere;

/// <summary>
/// A caseworker corrects the debtor's address after checking it in Folkeregisteret, as the case page asks when Posten's
/// register does not know the address or a creditor gave another (issue 12, M2). The new address must be one Posten's
/// register knows. Written to the audit log of each of the debtor's open cases, from and to; letters sent from now on go
/// there; the cases stay with their office.
/// </summary>
public static class RettAdresse
{
    public sealed record Command : ICommand<Unit>
    {
        public Guid SkyldnerId { get; init; }

        public string? Adresse { get; init; }

        public string? Postnummer { get; init; }

        public string? Poststed { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(Postnummerregister postnummerregister)
        {
            RuleFor(c => c.Adresse).NotEmpty().WithMessage("Oppgi gateadressen eller postboksen.").MaximumLength(200).WithMessage("Adressen kan være høyst 200 tegn.");
            RuleFor(c => c.Postnummer).NotEmpty().WithMessage("Oppgi postnummeret.");
            RuleFor(c => c.Poststed).NotEmpty().WithMessage("Oppgi poststedet.").MaximumLength(100).WithMessage("Poststedet kan være høyst 100 tegn.");
            this.PostenKjenner(postnummerregister, c => c.Postnummer, c => c.Poststed);
        }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var skyldner = await SynligSkyldner.HentAsync(db, bruker, request.SkyldnerId, cancellationToken, sporet: true);
            var fra = skyldner.Postadresse;
            skyldner.RettAdresse(request.Adresse!, request.Postnummer!, request.Poststed!);
            if (skyldner.Postadresse != fra)
            {
                await SynligSkyldner.NoterPaApneSakerAsync(db, skyldner.Id, new Sakshendelse.AdresseRettet(fra, skyldner.Postadresse), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }

            return Unit.Value;
        }
    }
}
