using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Application.Features.Trekkordning;
using Namsmannen.Application.Features.Trekkordning.Samordning;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Application.Tests.Features.Trekkordning;

/// <summary>Issue 17: the coordinated trekk (new regime) through its local simulator: handed over, coverage by the kravkø, booked on the ledger.</summary>
public sealed class SamordnetTrekkTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private readonly Trekkbygger bygger = new(fixture);

    [Fact]
    public async Task A_coordinated_trekk_is_handed_over_and_its_coverage_pays_the_kravko_in_order_and_is_booked_on_the_ledger()
    {
        var simulator = new SamordnetTrekkSimulator(fixture.ConnectionString, fixture.Clock, TimeSpan.Zero);
        await using var app = fixture.Tjenester(s => s.AddSingleton<ISamordnetTrekk>(simulator));
        var skyldnerId = await TestData.SkyldnerAsync(fixture, "Samordnet Skyldner", "0150");
        // One debtor, two claims of 10 950: other claims (class 5) decided first, a fine (class 3) the day after.
        var andre = await bygger.TrekkAsync(app, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23), 20_000m, skyldnerId, Kravklasse.AndreKrav);
        var bot = await bygger.TrekkAsync(app, new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 24), 20_000m, skyldnerId, Kravklasse.Boter);

        // After the pay days of January, February and March 2027 (the 20th): 3 × 4 276 = 12 828.
        var r = await bygger.PaAsync(app, new DateOnly(2027, 3, 25), new Samordningsutveksling.Command());
        (r.Overlevert, r.Avvist, r.Dekninger, r.Belop, r.IkkeFort).ShouldBe((2, 0, 4, 12_828m, 0));
        var overleveringer = await fixture.QueryAsync(db => db.SamordnetOverleveringer.AsNoTracking().Where(o => o.Saksnummer == andre.Saksnummer || o.Saksnummer == bot.Saksnummer).ToListAsync());
        overleveringer.ShouldAllBe(o => o.Referanse!.StartsWith("SIM-") && o.Avvist == null);

        // The fine comes first in the queue: it takes January and February whole and 2 398 of March; the rest of March pays the other claim.
        var betalinger = await fixture.QueryAsync(db => db.Betalinger.AsNoTracking().Join(db.Saker, b => b.SakId, s => s.Id, (b, s) => new { s.Saksnummer, b.Belop, b.Betalt })
            .Where(x => x.Saksnummer == andre.Saksnummer || x.Saksnummer == bot.Saksnummer).OrderBy(x => x.Betalt).ThenBy(x => x.Saksnummer == andre.Saksnummer).ToListAsync());
        betalinger.Select(b => (b.Saksnummer, b.Belop, b.Betalt)).ShouldBe(
        [
            (bot.Saksnummer, new Belop(4_276m), new DateOnly(2027, 1, 23)),
            (bot.Saksnummer, new Belop(4_276m), new DateOnly(2027, 2, 22)),
            (bot.Saksnummer, new Belop(2_398m), new DateOnly(2027, 3, 22)),
            (andre.Saksnummer, new Belop(1_878m), new DateOnly(2027, 3, 22)),
        ]);
        var januar = await fixture.QueryAsync(db => db.Trekkperioder.AsNoTracking().SingleAsync(p => p.TrekkId == bot.TrekkId && p.Periode == "2027-01"));
        (januar.Mottatt, januar.RapportertTrukket).ShouldBe((4_276m, (decimal?)4_276m));
        var sak = await fixture.QueryAsync(db => db.Saker.AsNoTracking().Include(s => s.Poster).SingleAsync(s => s.Saksnummer == bot.Saksnummer));
        sak.Poster.Where(p => p.Type == Domain.Penger.Posttype.Betaling).Sum(p => p.Belop.Kroner).ShouldBe(-10_950m, "the ledger holds what the coordinated trekk covered");

        // The fine is paid: its case closed that day and its order stopped; the next morning the stop is sent, and
        // nothing is read twice.
        (await fixture.QueryAsync(db => db.Trekkpalegg.AsNoTracking().SingleAsync(t => t.Id == bot.TrekkId))).Stoppet.ShouldBe(new DateOnly(2027, 3, 25));
        (await bygger.PaAsync(app, new DateOnly(2027, 3, 26), new Samordningsutveksling.Command())).ShouldBe(new Samordningsutveksling.Result(0, 0, 1, 0, 0m, 0));
        (await fixture.QueryAsync(db => db.SamordnetOverleveringer.AsNoTracking().SingleAsync(o => o.TrekkId == bot.TrekkId))).StoppSendt.ShouldBe(new DateOnly(2027, 3, 25));
        (await bygger.PaAsync(app, new DateOnly(2027, 3, 27), new Samordningsutveksling.Command())).ShouldBe(new Samordningsutveksling.Result(0, 0, 0, 0, 0m, 0));

        // A documented change to the claim left in the queue: 19 000 a month from April gives 3 276. The new version is
        // handed over again, and April's trekk is the new amount, all to that claim.
        await bygger.PaAsync(app, new DateOnly(2027, 3, 29), new EndreTrekk.Command
        {
            Saksnummer = andre.Saksnummer,
            Fra = new DateOnly(2027, 4, 1),
            Begrunnelse = "Ny arbeidskontrakt.",
            Beregning = new BeregnUtleggstrekk.Query { Dato = new DateOnly(2027, 4, 1), NettoInntektPerManed = 19_000m, Sivilstand = BeregnUtleggstrekk.Enslig },
        }, Trekkbygger.Kari);
        var april = await bygger.PaAsync(app, new DateOnly(2027, 4, 26), new Samordningsutveksling.Command());
        (april.Overlevert, april.Dekninger, april.Belop).ShouldBe((1, 1, 3_276m));

        // Malformed input is refused with the coordinated trekk's reason.
        var avvist = await Should.ThrowAsync<SamordnetTrekkAvvist>(() => simulator.OverleverAsync(
            new Trekkoverlevering(andre.Saksnummer, "12345678901", andre.Orgnr, 5, 100m, [new Trekkstoerrelse(new DateOnly(2027, 4, 1), 10m)], new DateOnly(2027, 3, 1)), default));
        avvist.Message.ShouldBe("Samordnet trekk (simulator) avviste meldingen: skyldner må være et gyldig fødsels- eller d-nummer.");
    }
}
