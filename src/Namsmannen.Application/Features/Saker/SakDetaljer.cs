using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Satser;

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
        Tvangsgrunnlag Grunnlag,
        DateOnly? VarselSendt,
        TvangskraftVerdict Tvangskraft,
        RenterTilIDag RenterTilDato,
        IReadOnlyList<Handling> TillatteHandlinger,
        IReadOnlyList<Tidslinje> Tidslinje,
        IReadOnlyList<Saksbehandler> Saksbehandlere);

    /// <summary>Interest on the principal from the begjæring to today, or why it cannot be computed.</summary>
    public sealed record RenterTilIDag(DateOnly Fra, DateOnly Til, decimal? Belop, string? Melding);

    public sealed record Tidslinje(DateTimeOffset Tidspunkt, string Hvem, string Type, string Beskrivelse);

    public sealed record Saksbehandler(string Id, string Navn);

    public sealed class Handler(NamsmannenDbContext db, Satsbok satser, TimeProvider clock) : IRequestHandler<Query, Result>
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

            var iDag = Revisjon.IDag(clock);
            RenterTilIDag renter;
            try
            {
                // The claim's renter run to the begjæring; forsinkelsesrente on the principal runs on from there.
                var r = Forsinkelsesrente.Beregn(new Belop(sak.Hovedstol), sak.Mottatt, Max(sak.Mottatt, iDag), satser);
                renter = new RenterTilIDag(sak.Mottatt, iDag, r.Renter.Kroner, null);
            }
            catch (Domain.DomainException ex)
            {
                renter = new RenterTilIDag(sak.Mottatt, iDag, null, ex.Message);
            }

            return new Result(
                sak.Saksnummer, sak.Type, sak.Stadium, sak.ForrigeStadium, sak.Versjon, sak.Mottatt,
                kreditor.Navn, sak.KreditorReferanse,
                skyldner.Type, skyldner.Navn, skyldner.MaskertIdentifikator, $"{skyldner.Adresse}, {skyldner.Postnummer} {skyldner.Poststed}",
                sak.Hovedstol, sak.Renter, sak.Omkostninger, sak.Innbetalt, sak.Utestaende,
                sak.SaksbehandlerId, saksbehandlere.FirstOrDefault(s => s.Id == sak.SaksbehandlerId)?.Navn,
                sak.Grunnlag, sak.VarselSendt, sak.Tvangskraft, renter,
                sak.TillatteHandlinger, tidslinje, saksbehandlere);
        }

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    }
}
