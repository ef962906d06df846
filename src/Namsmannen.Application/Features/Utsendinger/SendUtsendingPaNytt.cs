using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utboks;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Utsendinger;

/// <summary>
/// A caseworker sends a message from the error list again (after the register's problem is fixed, or to chase a
/// deletion): it waits for the worker at once with a fresh series of attempts, and the case's audit log says who did it.
/// Another office's message is "not found".
/// </summary>
public static class SendUtsendingPaNytt
{
    public sealed record Command(long Id) : ICommand<Result>;

    public sealed record Result(string Saksnummer, Utsendingsart Art);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var kontor = bruker.KontorEllerLandet();
            var funnet = await db.Utsendinger.Where(u => u.Id == request.Id && (kontor == null || u.Kontor == kontor))
                .Join(db.Saker, u => u.SakId, s => s.Id, (u, s) => new { Utsending = u, s.Saksnummer })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new IkkeFunnetException("Fant ingen utsending med denne id-en.");
            var utsending = funnet.Utsending;
            if (utsending.Status == Utsendingsstatus.Kvittert)
            {
                throw new Domain.DomainException("Meldingen er allerede kvittert av mottakeren.");
            }

            utsending.Status = Utsendingsstatus.Venter;
            utsending.Forsok = 0;
            utsending.NesteForsok = clock.GetUtcNow();
            var brev = utsending.Art == Utsendingsart.Brev
                ? await db.Brev.Where(b => b.Id == utsending.Referanse).Select(b => (Brevart?)b.Art).SingleOrDefaultAsync(cancellationToken)
                : null;
            db.Journal.Noter(utsending.SakId, new Sakshendelse.UtsendingSendtPaNytt(utsending.Register, utsending.Art == Utsendingsart.Sletting, utsending.SisteFeil, brev));
            await db.SaveChangesAsync(cancellationToken);
            return new Result(funnet.Saksnummer, utsending.Art);
        }
    }
}
