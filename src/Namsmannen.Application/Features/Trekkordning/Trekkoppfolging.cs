using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Trekkordning;
using Npgsql;

namespace Namsmannen.Application.Features.Trekkordning;

/// <summary>
/// The monthly follow-up of every running trekk (issue 17), run each morning by the scheduler and safe to run again:
/// <list type="number">
/// <item>a decided utleggstrekk without an order (decided before orders existed) gets its version 1;</item>
/// <item>an old-regime order past its end date stops, and the creditor is told;</item>
/// <item>every order whose pay day has come gets the month's expectation (what the order says on the pay day, never
/// more than the case owes), a month at a time until today;</item>
/// <item>a month whose remittance is missing or short ten days after the pay day becomes a task for the caseworker and
/// a notice to the creditor, once; for a coordinated trekk the month is judged for the debtor, whose one trekk pays
/// the claims in kravkø order (a claim further back waits while an earlier one is paid).</item>
/// </list>
/// </summary>
public static class Trekkoppfolging
{
    public sealed record Command : ICommand<Result>;

    public sealed record Result(int NyeTrekkpalegg, int Avsluttet, int Perioder, int Mangler);

    /// <summary>Orders and tasks are made through the aggregates this many at a time, each part saved on its own.</summary>
    public const int Del = 500;

    public sealed class Handler(NamsmannenDbContext db, TimeProvider clock, Samordningskonto samordning) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var idag = Oslotid.IDag(clock);
            db.Journal.Aktor = new Aktor(null, "Trekkoppfølgingen");
            // A month's expectations are one statement over every running order (a million takes minutes, not 30 s).
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            var nye = await OpprettManglendeAsync(cancellationToken);
            var avsluttet = await AvsluttUtlopteAsync(idag, cancellationToken);
            var perioder = await ForventAsync(db, idag, cancellationToken);
            var mangler = await MeldManglerAsync(idag, cancellationToken);
            return new Result(nye, avsluttet, perioder, mangler);
        }

        private Task<int> OpprettManglendeAsync(CancellationToken cancellationToken) => IDelerAsync(
            ct => db.Trekk.Where(t => !db.Trekkpalegg.Any(p => p.Id == t.Id))
                .Where(t => db.Saker.Any(s => s.Id == t.SakId && s.Stadium == Saksstadium.Utleggstrekk))
                .OrderBy(t => t.Id).Take(Del).ToListAsync(ct),
            t => t.SakId,
            async (t, sak, ct) =>
            {
                // One past its end date is stopped by the next step, in the same run.
                await Trekkpaleggene.VedtaAsync(db, sak, t, samordning, ct);
                return true;
            },
            cancellationToken);

        private Task<int> AvsluttUtlopteAsync(DateOnly idag, CancellationToken cancellationToken) => IDelerAsync(
            // innkrevingsloven: trekk fra før 2026 løper høyst 2 år (5 for skatt); de slutter på sluttdatoen
            ct => db.Trekkpalegg.Where(t => t.Stoppet == null && t.Regime == Trekkregime.Direkte)
                .Where(t => db.Trekkversjoner.Where(v => v.TrekkId == t.Id).OrderByDescending(v => v.Versjon).Select(v => v.TilDato).First() < idag)
                .OrderBy(t => t.Id).Take(Del).ToListAsync(ct),
            palegg => palegg.SakId,
            (palegg, sak, _) =>
            {
                sak.RegistrerTrekkversjon(palegg, palegg.Stopp(palegg.Gjeldende.TilDato!.Value, "Trekket har nådd sluttdatoen (høyst to år etter de gamle reglene). Kreditor er varslet.")!);
                return Task.FromResult(true);
            },
            cancellationToken);

        private Task<int> MeldManglerAsync(DateOnly idag, CancellationToken cancellationToken)
        {
            // The part's orders, looked up by id (DbSet.Local would detect changes on every lookup).
            var paleggene = new Dictionary<Guid, Trekkpalegg>();
            // What each debtor's coordinated trekk brought in for a month, across the debtor's orders.
            var skyldnerMottatt = new Dictionary<(Guid Skyldner, string Periode), decimal>();
            return IDelerAsync(
            // Issue 17: a missing or short remittance ten days after the pay day is followed up, once per month.
            async ct =>
            {
                var del = await db.Trekkperioder.Where(p => p.MangelMeldt == null && p.Oppfolgingsdag < idag && p.Mottatt < p.Forventet)
                    .OrderBy(p => p.Oppfolgingsdag).ThenBy(p => p.TrekkId).Take(Del).ToListAsync(ct);
                var trekkIder = del.Select(p => p.TrekkId).Distinct().ToList();
                paleggene = await db.Trekkpalegg.Where(t => trekkIder.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
                var skyldnere = paleggene.Values.Where(t => t.Regime == Trekkregime.Samordnet).Select(t => t.SkyldnerId).Distinct().ToList();
                var perioder = del.Select(p => p.Periode).Distinct().ToList();
                skyldnerMottatt = (await db.Trekkperioder.Where(p => perioder.Contains(p.Periode))
                        .Join(db.Trekkpalegg.Where(t => t.Regime == Trekkregime.Samordnet && skyldnere.Contains(t.SkyldnerId)), p => p.TrekkId, t => t.Id, (p, t) => new { t.SkyldnerId, p.Periode, p.Mottatt })
                        .GroupBy(x => new { x.SkyldnerId, x.Periode }).Select(g => new { g.Key.SkyldnerId, g.Key.Periode, Mottatt = g.Sum(x => x.Mottatt) })
                        .ToListAsync(ct))
                    .ToDictionary(x => (x.SkyldnerId, x.Periode), x => x.Mottatt);
                return del;
            },
            periode => periode.SakId,
            (periode, sak, _) =>
            {
                periode.MangelMeldt = idag;
                if (sak.ErLukket)
                {
                    // Paid by other means after the pay day: the remittance would only be paid back.
                    return Task.FromResult(false);
                }

                var palegg = paleggene[periode.TrekkId];
                if (palegg.Regime == Trekkregime.Samordnet && skyldnerMottatt.GetValueOrDefault((palegg.SkyldnerId, periode.Periode)) >= periode.Forventet)
                {
                    // innkrevingsloven: one coordinated trekk pays the debtor's kravkø one claim at a time; a claim further
                    // back gets nothing while an earlier one is paid, and nothing is missing when the debtor's trekk came in.
                    return Task.FromResult(false);
                }

                sak.MeldManglendeTrekkinnbetaling(palegg, Trekkmaned.Parse(periode.Periode), new Belop(periode.Forventet), new Belop(periode.Mottatt), idag);
                return Task.FromResult(true);
            },
            cancellationToken);
        }

        /// <summary>
        /// Takes what <paramref name="neste"/> finds, <see cref="Del"/> at a time, until it finds nothing more; each part
        /// is handled through its cases (loaded together) and saved on its own. Every part must leave its rows out of
        /// the next one. Returns how many rows <paramref name="behandle"/> acted on.
        /// </summary>
        private async Task<int> IDelerAsync<T>(Func<CancellationToken, Task<List<T>>> neste, Func<T, Guid> sakId, Func<T, Sak, CancellationToken, Task<bool>> behandle, CancellationToken cancellationToken)
        {
            var antall = 0;
            while (await neste(cancellationToken) is { Count: > 0 } del)
            {
                var saker = await SakOppslag.HentMangeMedIdAsync(db, del.Select(sakId).Distinct().ToList(), cancellationToken);
                foreach (var rad in del)
                {
                    antall += await behandle(rad, saker[sakId(rad)], cancellationToken) ? 1 : 0;
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            return antall;
        }
    }

    /// <summary>
    /// Writes the expectation of every running order whose pay day has come, month by month up to today, in one
    /// statement per month: the governing version on the pay day (the newest one in force from before it, unless it
    /// ended before it), never more than the case owes. Orders move on to the next month whether or not anything was
    /// expected (before the start, after the end). Returns the months written.
    /// </summary>
    public static async Task<int> ForventAsync(NamsmannenDbContext db, DateOnly idag, CancellationToken cancellationToken)
    {
        var antall = 0;
        var forste = await db.Trekkpalegg.Where(t => t.Stoppet == null).MinAsync(t => (DateOnly?)t.ForventesFra, cancellationToken);
        var dager = Enumerable.Range(1, 31).ToArray();
        for (var maned = forste is { } f ? Trekkmaned.For(f) : Trekkmaned.For(idag).Neste; maned <= Trekkmaned.For(idag); maned = maned.Neste)
        {
            var lonnsdager = dager.Select(maned.Lonnsdag).ToArray();
            antall += await db.Database.ExecuteSqlRawAsync(
                ForventSql,
                [
                    new NpgsqlParameter<DateOnly>("maned", maned.Forste),
                    new NpgsqlParameter<string>("periode", maned.ToString()),
                    new NpgsqlParameter<DateOnly>("idag", idag),
                    new NpgsqlParameter<int>("oppfolging", Trekkmaned.DagerTilOppfolging),
                    new NpgsqlParameter<int[]>("dager", dager),
                    new NpgsqlParameter<DateOnly[]>("lonnsdager", lonnsdager),
                ],
                cancellationToken);
        }

        return antall;
    }

    /// <summary>The month's expectations and the move to the next month, as one statement (the same rule as <see cref="Trekkpalegg.Forventet"/>).</summary>
    private const string ForventSql =
        """
        WITH dag AS (
            SELECT * FROM unnest(@dager, @lonnsdager) AS d(dag, lonnsdag)
        ), forfalt AS (
            UPDATE trekkpalegg t SET forventes_fra = (@maned + interval '1 month')::date
              FROM dag
             WHERE t.stoppet IS NULL AND t.forventes_fra = @maned AND dag.dag = t.lonnsdag AND dag.lonnsdag <= @idag
            RETURNING t.id, t.sak_id, dag.lonnsdag
        ), gjeldende AS (
            SELECT DISTINCT ON (f.id) f.id, f.sak_id, f.lonnsdag, v.belop_per_maned, v.til_dato
              FROM forfalt f
              JOIN trekkpalegg_versjoner v ON v.trekk_id = f.id AND v.status <> 'Stoppet' AND v.fra_dato <= f.lonnsdag
             ORDER BY f.id, v.versjon DESC
        )
        INSERT INTO trekkperioder (trekk_id, periode, sak_id, forventet, mottatt, lonnsdag, oppfolgingsdag)
        SELECT g.id, @periode, g.sak_id, least(g.belop_per_maned, s.hovedstol + s.renter + s.omkostninger + s.tillegg - s.innbetalt), 0,
               g.lonnsdag, g.lonnsdag + @oppfolging
          FROM gjeldende g
          JOIN saker s ON s.id = g.sak_id
         WHERE (g.til_dato IS NULL OR g.lonnsdag <= g.til_dato)
           AND s.hovedstol + s.renter + s.omkostninger + s.tillegg - s.innbetalt > 0
        ON CONFLICT (trekk_id, periode) DO NOTHING
        """;
}
