using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Domain;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Satser;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Features.Trekkordning;

/// <summary>
/// New livsoppholdssatser (issue 17): once per rate row, up to <see cref="Satsomregning.DagerForberedelse"/> days
/// before it applies, every running trekk calculated with older rates is calculated again from its stored basis with
/// the new ones. Those whose amount changes are listed for their office to review and release
/// (<see cref="FrigiTrekkomregning"/>); nothing reaches an employer before that. Run by the scheduler each morning.
/// </summary>
public static class ForberedTrekkomregning
{
    public sealed record Command : ICommand<Result>;

    /// <param name="SatserFra">The rate row the recalculation is for; null when there is none to prepare.</param>
    /// <param name="Ny">Whether this run made it (false: it was made before).</param>
    public sealed record Result(DateOnly? SatserFra, bool Ny, int Vurdert, int Endret, int UtenGrunnlag);

    /// <summary>The running orders are read this many at a time.</summary>
    public const int Del = 2000;

    public sealed class Handler(NamsmannenDbContext db, TimeProvider clock, Satsbok satser) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var idag = Oslotid.IDag(clock);
            if (Satsomregning.SatserFra(satser.Livsopphold, idag) is not { } satserFra)
            {
                return new Result(null, false, 0, 0, 0);
            }

            if (await db.Trekkomregninger.AnyAsync(o => o.SatserFra == satserFra, cancellationToken))
            {
                return new Result(satserFra, false, 0, 0, 0);
            }

            var omregning = new Trekkomregning { Id = Guid.NewGuid(), SatserFra = satserFra, Opprettet = clock.GetUtcNow() };
            db.Trekkomregninger.Add(omregning);
            // A second instance making the same run at the same moment fails on the unique rate date, and changes nothing.
            await db.SaveChangesAsync(cancellationToken);

            var endret = 0;
            var etter = Guid.Empty;
            while (await NesteAsync(etter, cancellationToken) is { Count: > 0 } del)
            {
                foreach (var trekk in del)
                {
                    switch (Beregn(trekk, satserFra))
                    {
                        case null:
                            omregning.UtenGrunnlag++;
                            break;
                        case { } ny when ny.Resultat is { } r:
                            omregning.Vurdert++;
                            if (r.TrekkPerManed != trekk.Belop)
                            {
                                db.TrekkomregningLinjer.Add(new TrekkomregningLinje
                                {
                                    OmregningId = omregning.Id,
                                    TrekkId = trekk.Id,
                                    SakId = trekk.SakId,
                                    Kontor = trekk.Kontor,
                                    Saksnummer = trekk.Saksnummer,
                                    Gammelt = trekk.Belop.Kroner,
                                    Nytt = r.TrekkPerManed.Kroner,
                                    Grunnlag = JsonSerializer.Serialize(ny.Grunnlag),
                                    Beregning = Domain.Saker.Trekkvedtak.BeregningJson(r),
                                    Satsrader = [.. r.Satsrader],
                                });
                                endret++;
                            }

                            break;
                        default:
                            // Already calculated with these rates or newer.
                            break;
                    }
                }

                etter = del[^1].Id;
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                db.Attach(omregning);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Result(satserFra, true, omregning.Vurdert, endret, omregning.UtenGrunnlag);
        }

        /// <summary>The next running orders with their governing amount and the basis of their newest calculation.</summary>
        private Task<List<Lopende>> NesteAsync(Guid etter, CancellationToken cancellationToken) =>
            db.Trekkpalegg.AsNoTracking().IgnoreAutoIncludes()
                .Where(t => t.Stoppet == null && t.Id.CompareTo(etter) > 0)
                .OrderBy(t => t.Id).Take(Del)
                .Join(db.Saker, t => t.SakId, s => s.Id, (t, s) => new Lopende
                {
                    Id = t.Id,
                    SakId = t.SakId,
                    Kontor = s.Kontor,
                    Saksnummer = s.Saksnummer,
                    Belop = db.Trekkversjoner.Where(v => v.TrekkId == t.Id).OrderByDescending(v => v.Versjon).Select(v => v.BelopPerManed).First(),
                    Grunnlag = db.Trekkberegninger.Where(b => b.TrekkId == t.Id).OrderByDescending(b => b.Versjon).Select(b => b.Grunnlag).FirstOrDefault()
                        ?? db.Trekk.Where(u => u.Id == t.Id).Select(u => u.Grunnlag).First(),
                })
                .ToListAsync(cancellationToken);

        /// <summary>The trekk calculated again with the rates from <paramref name="satserFra"/>; a result without a calculation when its basis already has them; null without a usable basis.</summary>
        private (BeregnUtleggstrekk.Query Grunnlag, TrekkResultat? Resultat)? Beregn(Lopende trekk, DateOnly satserFra)
        {
            if (Trekkoversikt.Les(trekk.Grunnlag) is not { Dato: { } dato } grunnlag)
            {
                return null;
            }

            if (!Satsomregning.Berores(dato, satserFra))
            {
                return (grunnlag, null);
            }

            var ny = grunnlag with { Dato = satserFra };
            try
            {
                return (ny, Utleggstrekk.Beregn(BeregnUtleggstrekk.TilGrunnlag(ny), satser));
            }
            catch (DomainException)
            {
                // A basis the calculator no longer accepts (a rate table missing for the date): a caseworker must look at it.
                return null;
            }
        }
    }

    private sealed class Lopende
    {
        public Guid Id { get; init; }

        public Guid SakId { get; init; }

        public string Kontor { get; init; } = string.Empty;

        public string Saksnummer { get; init; } = string.Empty;

        public Belop Belop { get; init; }

        public string Grunnlag { get; init; } = "{}";
    }
}
