using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Application.Features.Portal;

namespace Namsmannen.Application.Features.Begjaringer;

/// <summary>
/// One begjæring from the portal form, with its attachments. It goes through the same reader and the same ingest as
/// the API, so a field is refused with the same message; the attachments are stored in the same transaction.
/// </summary>
public static class SendBegjaring
{
    public sealed record Command(Begjaringsrad Begjaring, IReadOnlyList<Fil> Vedlegg) : ICommand<Result>;

    public sealed record Result(string Saksnummer);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Vedlegg).GyldigeVedlegg();
    }

    public sealed class Handler(BegjaringMottak mottak, Data.NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            var (_, kvitteringer, _) = await mottak.MottaAsync(kreditorId, Innsending.Skjema, [request.Begjaring], cancellationToken);
            var kvittering = kvitteringer[0];
            switch (kvittering.Status)
            {
                case Kvittering.Avvist:
                    throw new ValidationException(kvittering.Feil.Select(f => new ValidationFailure(Felt.Egenskap(f.Felt), f.Melding)));
                case Kvittering.Duplikat:
                    throw new ValidationException([new ValidationFailure(nameof(Begjaringsrad.Referanse), $"Dere har allerede en sak med referansen «{kvittering.Referanse}»: sak {kvittering.Saksnummer}. Bruk en ny referanse.")]);
            }

            var sakId = await db.Saker.Where(s => s.Saksnummer == kvittering.Saksnummer).Select(s => s.Id).SingleAsync(cancellationToken);
            Vedleggsregler.Lagre(db, sakId, request.Vedlegg, bruker, clock);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(kvittering.Saksnummer!);
        }
    }
}
