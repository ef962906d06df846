using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Utbetalinger;
using Namsmannen.Application.Identity;
using Namsmannen.Domain;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Features.Utlegg;

/// <summary>
/// Four eyes on payouts: a supervisor (or, by <see cref="Fordelingsgodkjenning"/>, an administrator) who did not
/// register the sale approves the distribution. The saksøker's line is booked against the claim and the case closes;
/// each line with money becomes a payout for the next distribution run (issue 16).
/// </summary>
public static class GodkjennFordeling
{
    public sealed record Command : ICommand<Result>
    {
        public string Saksnummer { get; init; } = string.Empty;

        public uint? Versjon { get; init; }
    }

    public sealed record Result(string Saksnummer, Saksstadium Stadium, decimal TilSaksoker);

    public sealed class Handler(NamsmannenDbContext db, ICurrentUser bruker, TimeProvider clock, Satsbok satser) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            Fordelingsgodkjenning.KontrollerRolle(bruker);
            var sak = await SakOppslag.HentAsync(db, bruker, request.Saksnummer, request.Versjon, cancellationToken);
            var forslag = await Fordelingsgodkjenning.VenterAsync(db, bruker, sak, cancellationToken);
            sak.GodkjennFordeling(forslag, bruker.UserId ?? string.Empty, bruker.Navn, clock.GetUtcNow(), Oslotid.IDag(clock), satser);
            var kreditor = await db.Kreditorer.Where(k => k.Id == sak.KreditorId).Select(k => k.Navn).SingleAsync(cancellationToken);
            var skyldner = await db.Skyldnere.Where(s => s.Id == sak.SkyldnerId).Select(s => s.Navn).SingleAsync(cancellationToken);
            Utbetalingsposter.ForFordeling(db, sak, forslag, kreditor, skyldner, clock.GetUtcNow());
            await Revisjon.LagreAsync(db, bruker, sak, request.Versjon, cancellationToken);
            return new Result(sak.Saksnummer, sak.Stadium, forslag.TilSaksoker.Kroner);
        }
    }
}
