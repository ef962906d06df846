using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Trekkordning;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Tests.Features.Trekkordning;

/// <summary>
/// Issue 17: the trekkpålegg as a versioned document the employer polls, the months of a running trekk followed up
/// one by one, and the stop the day the debt is paid.
/// </summary>
public sealed class TrekkordningTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly TestUser Kari = TestUser.Saksbehandler("OSLO", "Kari Nordmann");

    private static DateTimeOffset Kl9(DateOnly dag) => new(dag.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    /// <summary>A case decided into utleggstrekk on <paramref name="vedtatt"/> with the first trekk a month later; netto income sets the amount.</summary>
    private async Task<(Guid SakId, string Saksnummer, Guid KreditorId, Guid TrekkId, string Orgnr)> TrekkAsync(DateOnly vedtatt, decimal netto, string? orgnr = null)
    {
        using var _ = fixture.StillKlokken(Kl9(vedtatt));
        var kreditorId = await TestData.KreditorAsync(fixture);
        var id = await TestData.SakAsync(fixture, kreditorId);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        orgnr ??= TestData.Organisasjonsnummer().Verdi;
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring }, Kari);
        await fixture.SendAsync(new TaUtleggstrekk.Command
        {
            UtenVarsel = TestData.UtenVarsel,
            Saksnummer = saksnummer,
            ArbeidsgiverOrgnr = orgnr,
            Start = Domain.Regler.Utleggstrekk.TidligsteStart(vedtatt),
            Beregning = new BeregnUtleggstrekk.Query { Dato = vedtatt, NettoInntektPerManed = netto, Sivilstand = BeregnUtleggstrekk.Enslig },
        }, Kari);
        var trekkId = await fixture.QueryAsync(db => db.Trekkpalegg.Where(t => t.SakId == id).Select(t => t.Id).SingleAsync());
        return (id, saksnummer, kreditorId, trekkId, orgnr);
    }

    private async Task<Trekkoppfolging.Result> FolgOppAsync(DateOnly dag)
    {
        using var _ = fixture.StillKlokken(Kl9(dag));
        return await fixture.SendAsync(new Trekkoppfolging.Command());
    }

    private async Task InnbetalingAsync(string saksnummer, Guid kreditorId, decimal belop, DateOnly dag, Trekkmaned periode)
    {
        using var _ = fixture.StillKlokken(Kl9(dag));
        await fixture.SendAsync(new RegistrerBetaling.Command { Saksnummer = saksnummer, Belop = belop, Dato = dag, Trekkperiode = periode.ToString() }, TestUser.Kreditor(kreditorId));
    }

    private async Task<IReadOnlyList<Trekkpaleggfeed.Versjon>> FeedAsync(string orgnr, DateOnly dag)
    {
        using var _ = fixture.StillKlokken(Kl9(dag));
        return (await fixture.SendAsync(new Trekkpaleggfeed.Query(0, 1000), TestUser.Arbeidsgiver(orgnr))).Versjoner;
    }

    [Fact]
    public async Task Old_regime_trekk_over_24_months_with_one_remittance_missing_gives_one_task_one_notice_and_ends_on_its_end_date()
    {
        // Decided 20.01.2025 (old rules: paid to the creditor, at most two years): pay days from 20.02.2025 to 20.01.2027.
        var vedtatt = new DateOnly(2025, 1, 20);
        var (sakId, saksnummer, kreditorId, trekkId, orgnr) = await TrekkAsync(vedtatt, 16_124m);
        var palegg = await fixture.QueryAsync(db => db.Trekkpalegg.AsNoTracking().SingleAsync(t => t.Id == trekkId));
        palegg.Regime.ShouldBe(Trekkregime.Direkte);
        var belop = palegg.Gjeldende.BelopPerManed.Kroner;
        belop.ShouldBe(400m, "16 124 − livsopphold 10 724 − boutgiftsnorm 5 000");
        palegg.Gjeldende.TilDato.ShouldBe(new DateOnly(2027, 1, 20));

        var mangler = new Trekkmaned(2025, 9);
        var maneder = new List<Trekkmaned>();
        var avsluttet = 0;
        for (var m = new Trekkmaned(2025, 2); m <= new Trekkmaned(2027, 1); m = m.Neste)
        {
            var lonnsdag = m.Lonnsdag(Trekkmaned.StandardLonnsdag);
            await FolgOppAsync(lonnsdag);
            if (m != mangler)
            {
                await InnbetalingAsync(saksnummer, kreditorId, belop, lonnsdag.AddDays(3), m);
            }

            // Past the follow-up day, before the next pay day.
            avsluttet += (await FolgOppAsync(m.Oppfolgingsdag(Trekkmaned.StandardLonnsdag).AddDays(1))).Avsluttet;
            maneder.Add(m);
        }

        avsluttet += (await FolgOppAsync(new DateOnly(2027, 2, 25))).Avsluttet;
        avsluttet.ShouldBe(1, "ended once, after its end date");
        maneder.Count.ShouldBe(24);

        var perioder = await fixture.QueryAsync(db => db.Trekkperioder.AsNoTracking().Where(p => p.TrekkId == trekkId).OrderBy(p => p.Periode).ToListAsync());
        perioder.Select(p => p.Periode.Trim()).ShouldBe(maneder.Select(m => m.ToString()));
        perioder.ShouldAllBe(p => p.Forventet == belop);
        perioder.Single(p => p.Mottatt == 0m).Periode.ShouldBe("2025-09");
        perioder.Single(p => p.MangelMeldt != null).Periode.ShouldBe("2025-09");

        var oppgaver = await fixture.QueryAsync(db => db.Frister.AsNoTracking().Where(f => f.SakId == sakId && f.Type == Fristtype.Trekkinnbetaling).ToListAsync());
        oppgaver.Count.ShouldBe(1);
        oppgaver[0].Beskrivelse.ShouldContain("2025-09");
        var feed = await fixture.QueryAsync(db => db.KreditorHendelser.AsNoTracking().Where(h => h.SakId == sakId).OrderBy(h => h.Id).Select(h => new { h.Type, h.Dato }).ToListAsync());
        feed.Count(h => h.Type == "TREKK_MANGLER").ShouldBe(1);
        feed.Last().ShouldBe(new { Type = "TREKKPALEGG_STOPPET", Dato = new DateOnly(2027, 1, 20) }, "the creditor is told the trekk ended");

        // The ledger holds exactly what was received: 23 remittances.
        var innbetalt = await fixture.QueryAsync(db => db.Betalinger.Where(b => b.SakId == sakId).SumAsync(b => b.Belop));
        innbetalt.ShouldBe(23 * belop);
        perioder.Sum(p => p.Mottatt).ShouldBe(innbetalt);
        var versjoner = await FeedAsync(orgnr, new DateOnly(2027, 2, 25));
        versjoner.Select(v => (v.Nummer, v.Status)).ShouldBe([(1, Trekkstatus.Aktiv), (2, Trekkstatus.Stoppet)]);
        versjoner[1].TilDato.ShouldBe(new DateOnly(2027, 1, 20));
    }

    [Fact]
    public async Task A_debt_paid_by_the_seventh_remittance_stops_the_trekk_the_same_day_and_expects_no_eighth_month()
    {
        var vedtatt = new DateOnly(2025, 1, 20);
        var (sakId, saksnummer, kreditorId, trekkId, orgnr) = await TrekkAsync(vedtatt, 17_424m);
        var belop = (await fixture.QueryAsync(db => db.Trekkpalegg.AsNoTracking().SingleAsync(t => t.Id == trekkId))).Gjeldende.BelopPerManed.Kroner;
        belop.ShouldBe(1_700m);

        var m = new Trekkmaned(2025, 2);
        for (var n = 1; n <= 7; n++, m = m.Neste)
        {
            var lonnsdag = m.Lonnsdag(Trekkmaned.StandardLonnsdag);
            await FolgOppAsync(lonnsdag);
            var dag = lonnsdag.AddDays(3);
            var sak = await fixture.QueryAsync(db => db.Saker.AsNoTracking().Include(s => s.Poster).SingleAsync(s => s.Id == sakId));
            // The seventh pays what is left with interest to the day; the employer remits only that.
            var rest = sak.Konto.SaldoPa(dag, Application.Satser.SatsFil.Les()).Saldo.Sum.Kroner;
            await InnbetalingAsync(saksnummer, kreditorId, n < 7 ? belop : rest, dag, m);
            if (n == 7)
            {
                rest.ShouldBeLessThanOrEqualTo(belop, "the claim is paid by the seventh remittance");
                var versjoner = await FeedAsync(orgnr, dag);
                versjoner[^1].Status.ShouldBe(Trekkstatus.Stoppet);
                versjoner[^1].TilDato.ShouldBe(dag, "stopped the day the ledger shows the claim covered");
                versjoner[^1].Dato.ShouldBe(dag);
            }
        }

        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == sakId).Select(s => s.Stadium).SingleAsync())).ShouldBe(Saksstadium.Avsluttet);
        await FolgOppAsync(m.Lonnsdag(Trekkmaned.StandardLonnsdag).AddDays(15));
        var perioder = await fixture.QueryAsync(db => db.Trekkperioder.AsNoTracking().Where(p => p.TrekkId == trekkId).Select(p => p.Periode).ToListAsync());
        perioder.Count.ShouldBe(7);
        perioder.ShouldNotContain(m.ToString());
        (await fixture.QueryAsync(db => db.Frister.CountAsync(f => f.SakId == sakId && f.Type == Fristtype.Trekkinnbetaling))).ShouldBe(0);
        (await fixture.QueryAsync(db => db.Registreringer.Where(r => r.SakId == sakId).AllAsync(r => r.SlettemeldingSendt != null))).ShouldBeTrue("the register deletion follows the same day");
    }

    [Fact]
    public async Task An_employer_sees_only_its_own_orders_and_another_employers_trekk_is_not_found()
    {
        var idag = new DateOnly(2026, 11, 23);
        var (sakA, _, _, trekkA, orgnrA) = await TrekkAsync(idag, 25_000m);
        var (_, _, _, trekkB, orgnrB) = await TrekkAsync(idag, 25_000m);

        var feedA = await FeedAsync(orgnrA, idag);
        feedA.Select(v => v.TrekkId).ShouldBe([trekkA]);
        feedA[0].Regime.ShouldBe(Trekkregime.Samordnet);
        feedA[0].BetalTil.Konto.ShouldBe(Samordningskonto.Simulator.Kontonummer);
        feedA[0].BetalTil.Kid.ShouldNotBeNull();
        feedA[0].Sekvens.ShouldBeGreaterThan(0);
        (await FeedAsync(orgnrB, idag)).Select(v => v.TrekkId).ShouldBe([trekkB]);
        var etter = await fixture.SendAsync(new Trekkpaleggfeed.Query(feedA[0].Sekvens, 10), TestUser.Arbeidsgiver(orgnrA));
        etter.Versjoner.ShouldBeEmpty();
        etter.Neste.ShouldBe(feedA[0].Sekvens);

        await Should.ThrowAsync<IkkeFunnetException>(() => fixture.SendAsync(new EttTrekkpalegg.Query(trekkB), TestUser.Arbeidsgiver(orgnrA)));
        await Should.ThrowAsync<IkkeFunnetException>(() => fixture.SendAsync(new MeldTrekkavvik.Command { TrekkId = trekkB, Avvik = "FOR_LAV_INNTEKT" }, TestUser.Arbeidsgiver(orgnrA)));
        (await fixture.SendAsync(new EttTrekkpalegg.Query(trekkA), TestUser.Arbeidsgiver(orgnrA))).Nummer.ShouldBe(1);

        using (fixture.StillKlokken(Kl9(idag)))
        {
            var avvik = await fixture.SendAsync(new MeldTrekkavvik.Command { TrekkId = trekkA, Avvik = "ARBEIDSFORHOLD_OPPHORT", Periode = "2026-12", Beskrivelse = "Sluttet 30.11." }, TestUser.Arbeidsgiver(orgnrA));
            avvik.Frist.ShouldBe(new DateOnly(2026, 11, 30), "five working days");
        }

        var oppgave = await fixture.QueryAsync(db => db.Frister.AsNoTracking().SingleAsync(f => f.SakId == sakA && f.Type == Fristtype.Trekkavvik));
        oppgave.Beskrivelse.ShouldBe($"Arbeidsforholdet er avsluttet (2026-12), meldt av {orgnrA}. Sluttet 30.11.");
        (await fixture.QueryAsync(db => db.SaksHendelser.CountAsync(h => h.SakId == sakA && h.Type == "TREKKAVVIK_MELDT"))).ShouldBe(1);
    }
}
