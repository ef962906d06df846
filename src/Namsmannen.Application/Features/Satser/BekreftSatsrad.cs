using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Administrasjon;
using Namsmannen.Application.Identity;
using Namsmannen.Application.Satser;

namespace Namsmannen.Application.Features.Satser;

/// <summary>
/// A second administrator confirms a proposed rate row (issue 20, four eyes): from then on every rule uses it from its
/// date. A row for a date that already has one supersedes it; the old row stays, so decisions made with it can still
/// say which row they used. A derived row the data file brought in is confirmed the same way, by any administrator.
/// </summary>
public static class BekreftSatsrad
{
    public sealed record Command(long Id) : ICommand<Result>;

    public sealed record Result(long Id, long? Erstattet);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Satsregister register) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var rad = await Satsradlas.HentAsync(db, request.Id, cancellationToken);
            Administratorer.Krev(bruker, "bekrefte eller avvise satser");
            var avledetFraFil = rad.Status == Satsradstatus.Gjeldende && rad.Avledet && rad.BehandletAvNavn is null && rad.ForeslattAv is null;
            if (rad.Status != Satsradstatus.Foreslatt && !avledetFraFil)
            {
                throw new KonfliktException($"{Satsradtekst.Beskriv(rad)} er ikke et forslag som venter på bekreftelse.");
            }

            if (rad.ForeslattAv is not null && rad.ForeslattAv == bruker.UserId)
            {
                throw new KonfliktException("Du foreslo denne raden selv. En annen administrator må bekrefte den (fire øyne).");
            }

            long? erstattet = null;
            if (!avledetFraFil)
            {
                // The row in force for the date, if any, is superseded before the new one takes its place (one in force per date).
                var gammel = await db.Satsrader.FromSql($"SELECT * FROM satsrader WHERE tabell = {rad.Tabell} AND fra = {rad.Fra} AND status = 'Gjeldende' AND erstattet_av IS NULL FOR UPDATE")
                    .SingleOrDefaultAsync(cancellationToken);
                if (gammel is not null)
                {
                    gammel.ErstattetAv = rad.Id;
                    erstattet = gammel.Id;
                    Administrasjonslogg.Skriv(db, bruker, clock, "SATSRAD_ERSTATTET", $"satsrad:{gammel.Id}", $"{Satsradtekst.Beskriv(gammel)} er erstattet av rad {rad.Id}.");
                    await db.SaveChangesAsync(cancellationToken);
                }

                rad.Status = Satsradstatus.Gjeldende;
            }

            rad.BehandletAv = bruker.UserId;
            rad.BehandletAvNavn = bruker.Navn;
            rad.Behandlet = clock.GetUtcNow();
            Administrasjonslogg.Skriv(db, bruker, clock, "SATSRAD_BEKREFTET", $"satsrad:{rad.Id}", $"{Satsradtekst.Beskriv(rad)} er bekreftet{(rad.ForeslattAvNavn.Length > 0 ? $" (foreslått av {rad.ForeslattAvNavn})" : string.Empty)}.");
            await db.SaveChangesAsync(cancellationToken);
            register.Glem();
            return new Result(rad.Id, erstattet);
        }
    }
}

/// <summary>
/// A proposed rate row is rejected by a second administrator, or withdrawn by the one who proposed it. It stays in the
/// table and the log, never in force.
/// </summary>
public static class AvvisSatsrad
{
    public sealed record Command(long Id) : ICommand<Result>;

    public sealed record Result(long Id, bool Trukket);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var rad = await Satsradlas.HentAsync(db, request.Id, cancellationToken);
            Administratorer.Krev(bruker, "bekrefte eller avvise satser");
            if (rad.Status != Satsradstatus.Foreslatt)
            {
                throw new KonfliktException($"{Satsradtekst.Beskriv(rad)} er ikke et forslag som venter. En rad som gjelder, erstattes med en ny rad for samme dato.");
            }

            var trukket = rad.ForeslattAv == bruker.UserId;
            rad.Status = Satsradstatus.Avvist;
            rad.BehandletAv = bruker.UserId;
            rad.BehandletAvNavn = bruker.Navn;
            rad.Behandlet = clock.GetUtcNow();
            Administrasjonslogg.Skriv(db, bruker, clock, trukket ? "SATSRAD_TRUKKET" : "SATSRAD_AVVIST", $"satsrad:{rad.Id}", $"{Satsradtekst.Beskriv(rad)} er {(trukket ? "trukket" : "avvist")}.");
            await db.SaveChangesAsync(cancellationToken);
            return new Result(rad.Id, trukket);
        }
    }
}

/// <summary>Loads a rate row locked for the decision, so two administrators deciding at once are taken one after the other.</summary>
internal static class Satsradlas
{
    public static async Task<Satsrad> HentAsync(NamsmannenDbContext db, long id, CancellationToken cancellationToken) =>
        await db.Satsrader.FromSql($"SELECT * FROM satsrader WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken)
            ?? throw new IkkeFunnetException($"Satsraden {id} finnes ikke.");
}
