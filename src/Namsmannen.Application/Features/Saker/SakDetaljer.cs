using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Saker;

/// <summary>Everything the case page shows: parties (identity masked), claim, stage, allowed actions and the timeline.</summary>
public static class SakDetaljer
{
    public sealed record Query(string Saksnummer) : IRequest<Result>;

    public sealed record Result(
        string Saksnummer,
        Begjaringstype Type,
        Saksstadium Stadium,
        Saksstadium? ForrigeStadium,
        uint Versjon,
        DateOnly Mottatt,
        string KreditorNavn,
        string KreditorReferanse,
        Skyldnertype SkyldnerType,
        string SkyldnerNavn,
        string SkyldnerIdMaskert,
        string SkyldnerAdresse,
        decimal Hovedstol,
        decimal Renter,
        decimal Omkostninger,
        decimal Innbetalt,
        decimal Utestaende,
        string? SaksbehandlerId,
        string? SaksbehandlerNavn,
        IReadOnlyList<Handling> TillatteHandlinger,
        IReadOnlyList<Tidslinje> Tidslinje,
        IReadOnlyList<Saksbehandler> Saksbehandlere);

    public sealed record Tidslinje(DateTimeOffset Tidspunkt, string Hvem, string Type, string Beskrivelse);

    public sealed record Saksbehandler(string Id, string Navn);

    public sealed class Handler(NamsmannenDbContext db) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var sak = await db.Saker.AsNoTracking().SingleOrDefaultAsync(s => s.Saksnummer == request.Saksnummer.Trim(), cancellationToken)
                ?? throw new IkkeFunnetException($"Fant ingen sak med saksnummer {request.Saksnummer}.");
            var skyldner = await db.Skyldnere.AsNoTracking().SingleAsync(d => d.Id == sak.SkyldnerId, cancellationToken);
            var kreditor = await db.Kreditorer.AsNoTracking().SingleAsync(k => k.Id == sak.KreditorId, cancellationToken);
            var tidslinje = await db.SaksHendelser.AsNoTracking().Where(h => h.SakId == sak.Id).OrderBy(h => h.Id)
                .Select(h => new Tidslinje(h.Tidspunkt, h.UtfortAvNavn, h.Type, h.Beskrivelse)).ToListAsync(cancellationToken);
            var saksbehandlerRoller = new[] { Identity.Roller.Saksbehandler.ToLowerInvariant(), Identity.Roller.Leder.ToLowerInvariant() };
            var saksbehandlere = await db.Users.AsNoTracking()
                .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && saksbehandlerRoller.Contains(ur.RoleId)))
                .OrderBy(u => u.FulltNavn).Select(u => new Saksbehandler(u.Id, u.FulltNavn)).ToListAsync(cancellationToken);

            return new Result(
                sak.Saksnummer, sak.Type, sak.Stadium, sak.ForrigeStadium, sak.Versjon, sak.Mottatt,
                kreditor.Navn, sak.KreditorReferanse,
                skyldner.Type, skyldner.Navn, skyldner.MaskertIdentifikator, $"{skyldner.Adresse}, {skyldner.Postnummer} {skyldner.Poststed}",
                sak.Hovedstol, sak.Renter, sak.Omkostninger, sak.Innbetalt, sak.Utestaende,
                sak.SaksbehandlerId, saksbehandlere.FirstOrDefault(s => s.Id == sak.SaksbehandlerId)?.Navn,
                sak.TillatteHandlinger, tidslinje, saksbehandlere);
        }
    }
}
