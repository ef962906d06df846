using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Features.Trekkordning;

/// <summary>
/// A caseworker has reviewed the office's list of trekk the new livsoppholdssatser change (<see cref="ForberedTrekkomregning"/>)
/// and releases it: each order gets a new version from the first period after the rates apply (ENDRET; a trekk the
/// new rates leave no room for is STOPPET the same day), with the calculation kept, recorded on its case. A trekk
/// changed or stopped since the list was made is left as it is, with the reason on its line.
/// </summary>
public static class FrigiTrekkomregning
{
    public sealed record Command(Guid OmregningId) : ICommand<Result>;

    public sealed record Result(int Endret, int Stoppet, int UtenEndring, DateOnly FraDato);

    public const int Del = 500;

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var kontor = bruker.KontorEllerLandet();
            var omregning = await db.Trekkomregninger.SingleOrDefaultAsync(o => o.Id == request.OmregningId, cancellationToken)
                ?? throw new IkkeFunnetException("Fant ingen slik omregning.");
            // Two caseworkers releasing at once: the second waits here and then finds the lines released.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM trekkomregninger WHERE id = {omregning.Id} FOR UPDATE", cancellationToken);
            var idag = Oslotid.IDag(clock);
            var fra = Satsomregning.FraDato(omregning.SatserFra, idag);
            var grunn = $"Nye livsoppholdssatser fra {omregning.SatserFra.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}.";
            int endret = 0, stoppet = 0, uten = 0;
            var etter = 0L;
            while (await db.TrekkomregningLinjer
                       .Where(l => l.OmregningId == omregning.Id && l.Frigitt == null && l.Id > etter && (kontor == null || l.Kontor == kontor))
                       .OrderBy(l => l.Id).Take(Del).ToListAsync(cancellationToken) is { Count: > 0 } del)
            {
                var saker = await SakOppslag.HentMangeMedIdAsync(db, del.Select(l => l.SakId).Distinct().ToList(), cancellationToken);
                var trekkIder = del.Select(l => l.TrekkId).ToList();
                var paleggene = await db.Trekkpalegg.Where(t => trekkIder.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
                foreach (var linje in del)
                {
                    var palegg = paleggene[linje.TrekkId];
                    var sak = saker[linje.SakId];
                    linje.Frigitt = idag;
                    linje.FrigittAvNavn = bruker.Navn;
                    if (palegg.ErStoppet)
                    {
                        linje.Merknad = "Ikke endret: trekket er stoppet.";
                        uten++;
                        continue;
                    }

                    if (palegg.Gjeldende.BelopPerManed.Kroner != linje.Gammelt)
                    {
                        linje.Merknad = "Ikke endret: trekket er endret etter at listen ble laget. Regn det om i saken.";
                        uten++;
                        continue;
                    }

                    // The amount differs from the one in force (checked above), so there is always a new version.
                    var versjon = Trekkpaleggene.RegnOm(db, sak, palegg, new Belop(linje.Nytt), fra, grunn, idag, linje.Grunnlag, linje.Beregning, omregning.SatserFra, linje.Satsrader)!;
                    linje.Versjon = versjon.Versjon;
                    if (versjon.Status == Trekkstatus.Stoppet)
                    {
                        stoppet++;
                    }
                    else
                    {
                        endret++;
                    }
                }

                etter = del[^1].Id;
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            return new Result(endret, stoppet, uten, fra);
        }
    }
}
