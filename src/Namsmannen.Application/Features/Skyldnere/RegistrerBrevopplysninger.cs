using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Skyldnere;

/// <summary>
/// How letters reach the debtor (issue 18): the målform the debtor has asked for (none: the contact register's, else
/// bokmål), and whether the address is protected (fortrolig adresse: printed on no letter to another party). Written
/// to the audit log of each of the debtor's open cases; letters sent from now on follow it.
/// </summary>
public static class RegistrerBrevopplysninger
{
    public sealed record Command : ICommand<Unit>
    {
        public Guid SkyldnerId { get; init; }

        /// <summary>The debtor's own choice; null to leave it to the contact register.</summary>
        public Malform? Malform { get; init; }

        public bool FortroligAdresse { get; init; }
    }

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            if (request.Malform is { } valgt && !Enum.IsDefined(valgt))
            {
                throw new Domain.DomainException("Velg bokmål, nynorsk eller «ikke oppgitt».", "Malform");
            }

            var skyldner = await SynligSkyldner.HentAsync(db, bruker, request.SkyldnerId, cancellationToken, sporet: true);
            skyldner.SettMalform(request.Malform);
            skyldner.SettFortroligAdresse(request.FortroligAdresse);
            await SynligSkyldner.NoterPaApneSakerAsync(db, skyldner.Id, new Sakshendelse.BrevopplysningerRegistrert(request.Malform, request.FortroligAdresse), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
