using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Application.Features.Innbetalinger;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Skyldnere;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Tests.Features.Innbetalinger;

/// <summary>
/// Issue 16's acceptance: a KID payment of exactly the balance on a date, interest to that date included, closes the case
/// in the same transaction and stops its trekk; one øre less leaves it open with 0,01 kr owing.
/// </summary>
public sealed class FullBetalingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly Satsbok Satser = Application.Satser.SatsFil.Les();
    private static readonly DateOnly Betalt = new(2026, 6, 30);
    private static readonly TestUser Kari = TestUser.Saksbehandler("OSLO", "Kari Nordmann");

    /// <summary>A case received 15.01.2026, accepted, and in utleggstrekk from 20.02.2026.</summary>
    private async Task<(Guid Id, string Saksnummer, Guid SkyldnerId)> SakITrekkAsync()
    {
        using var _ = fixture.StillKlokken(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));
        var id = await TestData.SakAsync(fixture);
        var sak = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => new { s.Saksnummer, s.SkyldnerId }).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = sak.Saksnummer, Handling = Handling.GodtaBegjaring }, Kari);
        await fixture.SendAsync(new TaUtleggstrekk.Command
        {
            UtenVarsel = TestData.UtenVarsel,
            Saksnummer = sak.Saksnummer,
            ArbeidsgiverOrgnr = TestData.Organisasjonsnummer().Verdi,
            Start = new DateOnly(2026, 2, 20),
            Beregning = new BeregnUtleggstrekk.Query { Dato = new DateOnly(2026, 1, 15), NettoInntektPerManed = 22_000m, Sivilstand = BeregnUtleggstrekk.Enslig },
        }, Kari);
        return (id, sak.Saksnummer, sak.SkyldnerId);
    }

    private async Task<Belop> SaldoAsync(Guid id) =>
        (await fixture.QueryAsync(db => db.Saker.AsNoTracking().Include(s => s.Poster).SingleAsync(s => s.Id == id))).Konto.SaldoPa(Betalt, Satser).Saldo.Sum;

    [Fact]
    public async Task Exactly_the_balance_with_interest_closes_the_case_and_stops_its_trekk_and_one_ore_less_leaves_one_ore_owing()
    {
        var hel = await SakITrekkAsync();
        var nesten = await SakITrekkAsync();
        var saldo = await SaldoAsync(hel.Id);
        // 10 000 kr at 12,00 % (the rate file's H1 2026) from 15.01 to 30.06 (166 days) = 545,75 kr, on top of the 10 950 kr claim.
        saldo.ShouldBe(new Belop(11_495.75m));
        (await SaldoAsync(nesten.Id)).ShouldBe(saldo);
        string KidFor(string saksnummer) => Saksnummer.TryParse(saksnummer, out var nr) ? Kid.For(nr) : throw new ArgumentException(saksnummer);

        await fixture.SendAsync(new LesInnbetalingsfil.Command("full.xml", Camt054Eksempelfil.Lag("MSG-FULL", DateTimeOffset.UnixEpoch,
        [
            new("FULL-1", saldo.Kroner, Betalt, KidFor(hel.Saksnummer), "Ola Nordmann"),
            new("FULL-2", saldo.Kroner - 0.01m, Betalt, KidFor(nesten.Saksnummer), "Ola Nordmann"),
        ])), Kari);

        var etter = await fixture.QueryAsync(db => db.Saker.AsNoTracking().Where(s => s.Id == hel.Id || s.Id == nesten.Id).ToDictionaryAsync(s => s.Id, s => new { s.Stadium, s.Utestaende, s.Overbetalt }));
        (etter[hel.Id].Stadium, etter[hel.Id].Utestaende, etter[hel.Id].Overbetalt).ShouldBe((Saksstadium.Avsluttet, Belop.Null, Belop.Null));
        (etter[nesten.Id].Stadium, etter[nesten.Id].Utestaende).ShouldBe((Saksstadium.Utleggstrekk, new Belop(0.01m)));
        // The trekk stops with the case: it is no longer in the debtor's kravkø, whose remaining case owes 0,01 kr.
        (await fixture.SendAsync(new SkyldnerOversikt.Query(hel.SkyldnerId), Kari)).Trekk.ShouldBeNull();
        (await fixture.SendAsync(new SkyldnerOversikt.Query(nesten.SkyldnerId), Kari)).Kravko.Select(k => (k.Saksnummer, k.Utestaende)).ShouldBe([(nesten.Saksnummer, 0.01m)]);
        (await fixture.QueryAsync(db => db.Registreringer.Where(r => r.SakId == hel.Id).Select(r => r.SlettemeldingSendt).ToListAsync())).ShouldAllBe(d => d == new DateOnly(2026, 11, 21), "the registers are told the same day");
        (await fixture.QueryAsync(db => db.Registreringer.CountAsync(r => r.SakId == nesten.Id && r.SlettemeldingSendt != null))).ShouldBe(0);
        var hendelser = await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.SakId == hel.Id).OrderBy(h => h.Id).Select(h => h.Type).ToListAsync());
        hendelser.ShouldContain("REGISTRER_FULL_BETALING");
    }
}
