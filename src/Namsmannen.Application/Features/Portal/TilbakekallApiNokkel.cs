using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;

namespace Namsmannen.Application.Features.Portal;

/// <summary>Revokes a key at once: the next request with it gets 401. Another organisation's key is "not found".</summary>
public static partial class TilbakekallApiNokkel
{
    public sealed record Command(Guid Id) : ICommand<Result>;

    public sealed record Result(string Navn, string Prefiks);

    public sealed partial class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, ILogger<Handler> logger) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var kreditorId = bruker.Kreditor();
            var nokkel = await db.ApiNokler.SingleOrDefaultAsync(k => k.Id == request.Id && k.KreditorId == kreditorId, cancellationToken)
                ?? throw new IkkeFunnetException("Fant ikke API-nøkkelen.");
            if (nokkel.Tilbakekalt is null)
            {
                nokkel.Tilbakekalt = clock.GetUtcNow();
                nokkel.TilbakekaltAvNavn = bruker.Navn;
                await db.SaveChangesAsync(cancellationToken);
                LogTilbakekalt(logger, nokkel.Prefiks, kreditorId, bruker.Navn);
            }

            return new Result(nokkel.Navn, nokkel.Prefiks);
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "API key {Prefiks} of creditor {KreditorId} revoked by {Bruker}")]
        private static partial void LogTilbakekalt(ILogger logger, string prefiks, Guid kreditorId, string bruker);
    }
}
