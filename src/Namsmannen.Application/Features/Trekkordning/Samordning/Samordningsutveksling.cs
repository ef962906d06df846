using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Satser;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Features.Trekkordning.Samordning;

/// <summary>
/// The exchange with the coordinated trekk (new regime), run by the scheduler each morning after the follow-up:
/// <list type="number">
/// <item>every running coordinated order not yet handed over, or with a newer version than the one handed over, is
/// handed over with its claim and its amounts by from-date (a refusal is kept on the order, with the coordinated
/// trekk's reason, and not sent again);</item>
/// <item>every handed-over order that has stopped (the case is paid or closed) is stopped there;</item>
/// <item>the coverage feed is read from the watermark: each coverage is recorded on its month (reported deducted and
/// received) and booked on the case's ledger, the watermark moving in the same transaction.</item>
/// </list>
/// Which claim a month's trekk pays is the coordinated trekk's decision, by the kravkø; this side books what it says.
/// </summary>
public static class Samordningsutveksling
{
    public sealed record Command : ICommand<Result>;

    /// <param name="IkkeFort">Coverage for a case that is closed or unknown here: not booked, counted for the log.</param>
    public sealed record Result(int Overlevert, int Avvist, int Stoppet, int Dekninger, decimal Belop, int IkkeFort);

    public const int Del = 200;

    public sealed class Handler(NamsmannenDbContext db, TimeProvider clock, Satsbok satser, ISamordnetTrekk samordnet) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            // The coordinated trekk acts in its own name; its coverage is booked across offices.
            var bruker = new Systembruker(samordnet.Navn, Landet: true);
            db.Journal.Aktor = new Aktor(null, samordnet.Navn);
            var (overlevert, avvist) = await OverleverAsync(cancellationToken);
            var stoppet = await StoppAsync(cancellationToken);
            var (dekninger, belop, ikkeFort) = await LesDekningAsync(bruker, cancellationToken);
            return new Result(overlevert, avvist, stoppet, dekninger, belop, ikkeFort);
        }

        private async Task<(int Overlevert, int Avvist)> OverleverAsync(CancellationToken cancellationToken)
        {
            int overlevert = 0, avvist = 0;
            var etter = Guid.Empty;
            while (await db.Trekkpalegg
                       .Where(t => t.Regime == Trekkregime.Samordnet && t.Stoppet == null && t.Id.CompareTo(etter) > 0)
                       .Where(t => !db.SamordnetOverleveringer.Any(o => o.TrekkId == t.Id && (o.Avvist != null || o.Versjon >= t.Versjoner.Max(v => v.Versjon))))
                       .OrderBy(t => t.Id).Take(Del).ToListAsync(cancellationToken) is { Count: > 0 } del)
            {
                etter = del[^1].Id;
                var sakIder = del.Select(t => t.SakId).ToList();
                var saker = await db.Saker.AsNoTracking().Where(s => sakIder.Contains(s.Id))
                    .Join(db.Skyldnere, s => s.SkyldnerId, k => k.Id, (s, k) => new { s.Id, s.Saksnummer, s.Hovedstol, s.Renter, s.Omkostninger, s.Tillegg, s.Innbetalt, Skyldner = k.Identifikator })
                    .ToDictionaryAsync(s => s.Id, cancellationToken);
                var trekkIder = del.Select(t => t.Id).ToList();
                var vedtak = await db.Trekk.AsNoTracking().Where(t => trekkIder.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
                var tidligere = await db.SamordnetOverleveringer.Where(o => trekkIder.Contains(o.TrekkId)).ToDictionaryAsync(o => o.TrekkId, cancellationToken);
                foreach (var palegg in del)
                {
                    var sak = saker[palegg.SakId];
                    var trekk = vedtak[palegg.Id];
                    var rad = tidligere.GetValueOrDefault(palegg.Id) ?? db.SamordnetOverleveringer.Add(new SamordnetOverlevering { TrekkId = palegg.Id, Saksnummer = sak.Saksnummer }).Entity;
                    rad.Forsokt = clock.GetUtcNow();
                    rad.Versjon = palegg.Gjeldende.Versjon;
                    try
                    {
                        var kvittering = await samordnet.OverleverAsync(
                            new Trekkoverlevering(
                                sak.Saksnummer, sak.Skyldner, palegg.Orgnr,
                                (int)trekk.Kravklasse,
                                sak.Hovedstol + sak.Renter + sak.Omkostninger + sak.Tillegg - sak.Innbetalt,
                                palegg.Versjoner.Where(v => v.Status != Trekkstatus.Stoppet).Select(v => new Trekkstoerrelse(v.FraDato, v.BelopPerManed.Kroner)).ToList(),
                                trekk.Vedtatt),
                            cancellationToken);
                        rad.Referanse = kvittering.Referanse;
                        overlevert++;
                    }
                    catch (SamordnetTrekkAvvist feil)
                    {
                        rad.Avvist = feil.Message.Length > 500 ? feil.Message[..500] : feil.Message;
                        avvist++;
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            return (overlevert, avvist);
        }

        private async Task<int> StoppAsync(CancellationToken cancellationToken)
        {
            var antall = 0;
            var stoppede = await db.SamordnetOverleveringer
                .Where(o => o.Referanse != null && o.StoppSendt == null)
                .Join(db.Trekkpalegg.Where(t => t.Stoppet != null), o => o.TrekkId, t => t.Id, (o, t) => new { Overlevering = o, Stoppet = t.Stoppet!.Value })
                .ToListAsync(cancellationToken);
            foreach (var s in stoppede)
            {
                await samordnet.StoppAsync(s.Overlevering.Saksnummer, s.Stoppet, cancellationToken);
                s.Overlevering.StoppSendt = s.Stoppet;
                antall++;
            }

            await db.SaveChangesAsync(cancellationToken);
            return antall;
        }

        private async Task<(int Antall, decimal Belop, int IkkeFort)> LesDekningAsync(ICurrentUser bruker, CancellationToken cancellationToken)
        {
            int antall = 0, ikkeFort = 0;
            var sum = 0m;
            var vannmerke = await db.SamordningVannmerker.SingleOrDefaultAsync(cancellationToken) ?? db.SamordningVannmerker.Add(new SamordningVannmerke()).Entity;
            while ((await samordnet.HentDekningAsync(vannmerke.Sekvensnummer, Del, cancellationToken)) is { Dekninger.Count: > 0 } side)
            {
                var nummer = side.Dekninger.Select(d => d.Saksnummer).Distinct().ToList();
                var ider = await db.Saker.Where(s => nummer.Contains(s.Saksnummer)).Select(s => new { s.Saksnummer, s.Id }).ToDictionaryAsync(s => s.Saksnummer, s => s.Id, cancellationToken);
                var saker = await SakOppslag.HentMangeMedIdAsync(db, ider.Values.ToList(), cancellationToken);
                foreach (var d in side.Dekninger)
                {
                    if (!ider.TryGetValue(d.Saksnummer, out var id) || saker[id].ErLukket || !Trekkmaned.TryParse(d.Periode, out var periode))
                    {
                        ikkeFort++;
                        continue;
                    }

                    var sak = saker[id];
                    var belop = new Belop(d.Beloep);
                    try
                    {
                        await Trekkinnbetalinger.RegistrerAsync(db, sak, periode, belop, d.Innbetalt, d.Beloep, cancellationToken);
                    }
                    catch (DomainException)
                    {
                        // A month the order does not cover here (it started later): the money is booked all the same.
                    }

                    // The coordinated trekk pays the creditor; what is booked here is the claim's coverage.
                    RegistrerBetaling.Bokfor(db, sak, belop, Min(d.Innbetalt, Oslotid.IDag(clock)), satser, clock, bruker);
                    antall++;
                    sum += d.Beloep;
                }

                vannmerke.Sekvensnummer = side.Neste;
                await db.SaveChangesAsync(cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return (antall, sum, ikkeFort);
        }

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    }
}
