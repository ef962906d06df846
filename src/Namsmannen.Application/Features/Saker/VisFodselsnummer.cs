using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Parter;

namespace Namsmannen.Application.Features.Saker;

/// <summary>Shows the debtor's whole fødselsnummer on the case page. Every view is written to the audit log.</summary>
public static class VisFodselsnummer
{
    public sealed record Command(string Saksnummer) : ICommand<string>;

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker) : IRequestHandler<Command, string>
    {
        public async Task<string> Handle(Command request, CancellationToken cancellationToken)
        {
            var treff = await db.Saker.AsNoTracking().Synlige(bruker)
                .Where(s => s.Saksnummer == request.Saksnummer.Trim())
                .Join(db.Skyldnere, s => s.SkyldnerId, d => d.Id, (s, d) => new { s.Id, d.Type, d.Identifikator })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new IkkeFunnetException($"Fant ingen sak med saksnummer {request.Saksnummer}.");
            if (treff.Type != Skyldnertype.Person)
            {
                return treff.Identifikator;
            }

            // Personopplysningsloven / GDPR art. 32: innsyn i fullt fødselsnummer logges
            db.Journal.Noter(treff.Id, new Domain.Saker.Sakshendelse.FodselsnummerVist());
            await db.SaveChangesAsync(cancellationToken);
            return treff.Identifikator;
        }
    }
}
