using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Trekkordning;
using Namsmannen.Application.Features.Trekkordning.Samordning;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Satser;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Tests.Features.Trekkordning;

/// <summary>Issue 17: new livsoppholdssatser on 1 July recalculate every running trekk; a caseworker releases the changes.</summary>
public sealed class TrekkomregningTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly TestUser Kari = TestUser.Saksbehandler("OSLO", "Kari Nordmann");

    private static readonly DateOnly JuliRad = new(2027, 7, 1);

    private readonly Trekkbygger bygger = new(fixture);

    /// <summary>The rate book of the app with one more livsopphold row from 1 July 2027 (a made-up row, for the test only).</summary>
    private static Satsbok MedJuliRad(Satsbok satser) => satser with
    {
        Livsopphold = new Satstabell<Livsoppholdssats>(
            satser.Livsopphold.Navn,
            [.. satser.Livsopphold.Rader, new SatsRad<Livsoppholdssats>(JuliRad, new Livsoppholdssats(11_000m, 9_300m, 18_600m, 3_500m, 4_650m, 5_870m, 6_750m), "Testrad")],
            satser.Livsopphold.Fornyelse,
            satser.Livsopphold.TillatUtdatert),
    };

    [Fact]
    public async Task A_new_livsopphold_row_on_1_July_gives_the_affected_trekk_a_new_version_from_August_after_release_and_leaves_the_others()
    {
        await using var nyeSatser = fixture.Tjenester(s => s.AddSingleton(MedJuliRad(fixture.Services.GetRequiredService<Satsbok>())));
        // A: calculated with the 2024 rates (enslig 10 724): 20 000 − 10 724 − boutgiftsnorm 5 000 = 4 276 a month.
        var a = await bygger.TrekkAsync(nyeSatser, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23), 20_000m);
        // B: calculated for a day from 1 July 2027, so with the new row already (11 000): 20 000 − 11 000 − 5 000 = 4 000.
        var b = await bygger.TrekkAsync(nyeSatser, new DateOnly(2026, 11, 24), new DateOnly(2027, 7, 1), 20_000m);
        var belop = await fixture.QueryAsync(db => db.Trekkversjoner.Where(v => v.TrekkId == a.TrekkId || v.TrekkId == b.TrekkId)
            .OrderBy(v => v.Dato).Select(v => v.BelopPerManed).ToListAsync());
        belop.Select(x => x.Kroner).ShouldBe([4_276m, 4_000m]);

        // 50 days before the row applies it is too early: the row in force (2024) is the one checked, and both trekk already have it.
        (await bygger.PaAsync(nyeSatser, new DateOnly(2027, 5, 12), new ForberedTrekkomregning.Command()))
            .ShouldBe(new ForberedTrekkomregning.Result(new DateOnly(2024, 7, 1), true, 0, 0, 0));
        // 10 days before: the recalculation for the new row is prepared, once.
        var forberedt = await bygger.PaAsync(nyeSatser, new DateOnly(2027, 6, 21), new ForberedTrekkomregning.Command());
        forberedt.ShouldBe(new ForberedTrekkomregning.Result(JuliRad, true, 1, 1, 0), "A is calculated again and changes; B already has the new rates");
        (await bygger.PaAsync(nyeSatser, new DateOnly(2027, 6, 22), new ForberedTrekkomregning.Command())).Ny.ShouldBeFalse("one recalculation per rate row");

        // Nothing reaches the employer before the list is released.
        (await fixture.QueryAsync(db => db.Trekkversjoner.CountAsync(v => v.TrekkId == a.TrekkId))).ShouldBe(1);
        var liste = await bygger.PaAsync(nyeSatser, new DateOnly(2027, 6, 22), new Trekkomregninger.Query(), Kari);
        liste.Valgt!.SatserFra.ShouldBe(JuliRad);
        liste.Valgt.FraDato.ShouldBe(new DateOnly(2027, 8, 1));
        liste.Venter.ShouldBe([new Trekkomregninger.Linje(a.Saksnummer, 4_276m, 4_000m, null, null, null, null)]);
        var annetKontor = await bygger.PaAsync(nyeSatser, new DateOnly(2027, 6, 22), new Trekkomregninger.Query(), TestUser.Saksbehandler("BERGEN", "Per Hansen"));
        annetKontor.Venter.ShouldBeEmpty("another office sees only its own cases");

        var frigitt = await bygger.PaAsync(nyeSatser, new DateOnly(2027, 6, 25), new FrigiTrekkomregning.Command(liste.Valgt.Id), Kari);
        frigitt.ShouldBe(new FrigiTrekkomregning.Result(1, 0, 0, new DateOnly(2027, 8, 1)));

        var versjonerA = await fixture.QueryAsync(db => db.Trekkversjoner.AsNoTracking().Where(v => v.TrekkId == a.TrekkId).OrderBy(v => v.Versjon).ToListAsync());
        versjonerA.Select(v => (v.Versjon, v.Status, v.BelopPerManed.Kroner, v.FraDato)).ShouldBe(
            [(1, Trekkstatus.Aktiv, 4_276m, new DateOnly(2026, 12, 23)), (2, Trekkstatus.Endret, 4_000m, new DateOnly(2027, 8, 1))]);
        versjonerA[1].Grunn.ShouldBe("Nye livsoppholdssatser fra 01.07.2027.");
        (await fixture.QueryAsync(db => db.Trekkversjoner.CountAsync(v => v.TrekkId == b.TrekkId))).ShouldBe(1, "B already has the new rates");
        var beregning = await fixture.QueryAsync(db => db.Trekkberegninger.AsNoTracking().SingleAsync(x => x.TrekkId == a.TrekkId));
        (beregning.Versjon, beregning.SatserFra).ShouldBe((2, JuliRad));
        beregning.Beregning.ShouldContain("11000");
        // Issue 20: the version names the rows it used; the made-up July row has no row in the database, the housing norm has.
        beregning.Satsrader.ShouldBe([fixture.Services.GetRequiredService<Satsbok>().Boutgiftsnorm.Finn(JuliRad).Rad!.Id]);

        // The employer reads the new version; July is deducted by the old amount, August by the new.
        var feed = await bygger.PaAsync(nyeSatser, new DateOnly(2027, 6, 25), new Trekkpaleggfeed.Query(0, 100), TestUser.Arbeidsgiver(a.Orgnr));
        feed.Versjoner.Select(v => (v.Nummer, v.Status, v.BelopPerManed.Kroner)).ShouldBe([(1, Trekkstatus.Aktiv, 4_276m), (2, Trekkstatus.Endret, 4_000m)]);
        await bygger.PaAsync(nyeSatser, new DateOnly(2027, 8, 21), new Trekkoppfolging.Command());
        var perioder = await fixture.QueryAsync(db => db.Trekkperioder.AsNoTracking().Where(p => p.TrekkId == a.TrekkId && (p.Periode == "2027-07" || p.Periode == "2027-08"))
            .OrderBy(p => p.Periode).Select(p => p.Forventet).ToListAsync());
        perioder.ShouldBe([4_276m, 4_000m]);

        // Released once: a second release finds nothing.
        (await bygger.PaAsync(nyeSatser, new DateOnly(2027, 6, 26), new FrigiTrekkomregning.Command(liste.Valgt.Id), Kari)).Endret.ShouldBe(0);
    }

    [Fact]
    public async Task A_documented_change_makes_a_new_version_with_its_calculation_kept_and_no_room_for_trekk_stops_it()
    {
        var a = await bygger.TrekkAsync(fixture.Services, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23), 20_000m);
        var endring = new EndreTrekk.Command
        {
            Saksnummer = a.Saksnummer,
            Fra = new DateOnly(2027, 1, 1),
            Begrunnelse = "Lønnsslipp for november: lavere inntekt.",
            Beregning = new BeregnUtleggstrekk.Query { Dato = new DateOnly(2027, 1, 1), NettoInntektPerManed = 18_000m, Sivilstand = BeregnUtleggstrekk.Enslig },
        };

        var tilbake = await Should.ThrowAsync<FluentValidation.ValidationException>(() => bygger.PaAsync(fixture.Services, new DateOnly(2027, 1, 2), endring, Kari));
        tilbake.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ShouldBe([("Fra", "En endring kan ikke gjelde fra en dag som har vært.")]);

        var endret = await bygger.PaAsync(fixture.Services, new DateOnly(2026, 12, 10), endring, Kari);
        endret.ShouldBe(new EndreTrekk.Result(2_276m, 4_276m, 2, false), "18 000 − 10 724 − 5 000");
        var beregning = await fixture.QueryAsync(db => db.Trekkberegninger.AsNoTracking().SingleAsync(x => x.TrekkId == a.TrekkId));
        beregning.Versjon.ShouldBe(2);
        beregning.Grunnlag.ShouldContain("\"NettoInntektPerManed\": 18000", Case.Sensitive, "jsonb as PostgreSQL writes it");
        beregning.Beregning.ShouldContain("{\"post\": \"Livsopphold, skyldner\", \"belop\": 10724", Case.Sensitive, "the calculation line by line, kept for the letter");
        var satser = fixture.Services.GetRequiredService<Satsbok>();
        beregning.Satsrader.ShouldBe([satser.Livsopphold.Finn(new DateOnly(2027, 1, 1)).Rad!.Id, satser.Boutgiftsnorm.Finn(new DateOnly(2027, 1, 1)).Rad!.Id], "issue 20: the rows the version used");
        var tidslinje = await fixture.QueryAsync(db => db.SaksHendelser.Where(h => h.Type == "TREKKPALEGG_ENDRET").Select(h => h.Beskrivelse).ToListAsync());
        tidslinje.ShouldContain($"Trekkpålegg versjon 2: nytt trekk {new Domain.Penger.Belop(2_276m)} per måned fra 01.01.2027. Lønnsslipp for november: lavere inntekt.");

        var stopp = await bygger.PaAsync(fixture.Services, new DateOnly(2026, 12, 15), endring with { Beregning = endring.Beregning with { NettoInntektPerManed = 15_000m } }, Kari);
        stopp.ShouldBe(new EndreTrekk.Result(0m, 2_276m, 3, true));
        var siste = await fixture.QueryAsync(db => db.Trekkversjoner.AsNoTracking().Where(v => v.TrekkId == a.TrekkId).OrderByDescending(v => v.Versjon).FirstAsync());
        (siste.Status, siste.TilDato).ShouldBe((Trekkstatus.Stoppet, (DateOnly?)new DateOnly(2026, 12, 15)));

        // Each version after the first is a trekkpålegg to the employer and a letter to the debtor (issue 19).
        var brev = await fixture.QueryAsync(db => db.Brev.AsNoTracking().Join(db.Saker.Where(s => s.Saksnummer == a.Saksnummer), b => b.SakId, s => s.Id, (b, s) => b).ToListAsync());
        brev.Where(b => b.Grunnlag.TrekkId == a.TrekkId).OrderBy(b => b.Grunnlag.Trekkversjon).ThenBy(b => b.Mottaker).Select(b => (b.Art, b.Mottaker, b.Grunnlag.Trekkversjon)).ShouldBe(
        [
            (Domain.Saker.Brevart.Trekkpalegg, Domain.Saker.Brevmottaker.Arbeidsgiver, (int?)1),
            (Domain.Saker.Brevart.EndretUtleggstrekk, Domain.Saker.Brevmottaker.Skyldner, (int?)2),
            (Domain.Saker.Brevart.Trekkpalegg, Domain.Saker.Brevmottaker.Arbeidsgiver, (int?)2),
            (Domain.Saker.Brevart.EndretUtleggstrekk, Domain.Saker.Brevmottaker.Skyldner, (int?)3),
            (Domain.Saker.Brevart.Trekkpalegg, Domain.Saker.Brevmottaker.Arbeidsgiver, (int?)3),
        ]);
    }
}
