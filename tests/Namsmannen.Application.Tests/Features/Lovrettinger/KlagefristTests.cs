using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Lovrettinger;

/// <summary>Issue 11: klagefrister in Oslo's calendar, and the real limits for utleggspant; interest to the last known rate.</summary>
public sealed class KlagefristTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<string> SakAsync(DateTimeOffset mottatt)
    {
        fixture.Clock.AdjustTime(mottatt);
        var id = await TestData.SakAsync(fixture);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.GodtaBegjaring });
        return saksnummer;
    }

    [Fact]
    public async Task The_klagefrist_runs_from_the_Oslo_day_of_the_decision_not_the_UTC_day()
    {
        // Intet til utlegg decided at 23:30 UTC on 30.11.2026, which is 00:30 on 01.12 in Oslo. A month from 01.12 is
        // 01.01.2027, a holiday, then a weekend: the frist is Monday 04.01.2027. Counted from the UTC day it was 30.12.
        var saksnummer = await SakAsync(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        fixture.Clock.AdjustTime(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero));
        await fixture.SendAsync(new HoldUtleggsforretning.Command { UtenVarsel = TestData.UtenVarsel, Saksnummer = saksnummer, Utfall = HoldUtleggsforretning.Intet });

        fixture.Clock.AdjustTime(new DateTimeOffset(2026, 12, 31, 9, 0, 0, TimeSpan.Zero));
        var klage = await fixture.SendAsync(new RegistrerKlage.Command { Saksnummer = saksnummer, Gjelder = Klagegjelder.IntetTilUtlegg, Mottatt = new DateOnly(2026, 12, 31), Innhold = "Bilen er ikke min." });

        (klage.IRettTid, klage.Frist).ShouldBe((true, (DateOnly?)new DateOnly(2027, 1, 4)));
    }

    [Fact]
    public async Task A_klage_on_utleggspant_that_comes_after_tvangssalg_was_requested_is_late()
    {
        var saksnummer = await SakAsync(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        await fixture.SendAsync(new HoldUtleggsforretning.Command
        {
            UtenVarsel = TestData.UtenVarsel,
            Saksnummer = saksnummer,
            Utfall = HoldUtleggsforretning.Pant,
            Formuesgoder = [new("kjoretoy", "Volvo V70 2015", 85_000m, TaUtleggspant: true)],
        });
        fixture.Clock.AdjustTime(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero));
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = saksnummer, Handling = Handling.BegjarTvangssalg });

        // Before the correction a klage on utleggspant was always in time.
        fixture.Clock.AdjustTime(new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero));
        var klage = await fixture.SendAsync(new RegistrerKlage.Command { Saksnummer = saksnummer, Gjelder = Klagegjelder.Utleggspant, Mottatt = new DateOnly(2026, 11, 17), Innhold = "Bilen trengs." });

        (klage.IRettTid, klage.Frist, klage.Regel).ShouldBe((false, (DateOnly?)new DateOnly(2026, 11, 16), "Til tvangssalg er begjært."));
    }

    [Fact]
    public async Task Interest_to_today_runs_to_the_last_half_year_with_a_rate_and_says_which_rate_is_missing()
    {
        // Received 01.05.2026; no forsinkelsesrente after 30.06.2026. 10 000 × 12,00 % × 61/365 = 200,547… → 200,55.
        // Before the correction the page said only that interest could not be computed.
        var saksnummer = await SakAsync(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        fixture.Clock.AdjustTime(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

        var side = await fixture.SendAsync(new SakDetaljer.Query(saksnummer));

        side.RenterTilDato.ShouldBe(new SakDetaljer.RenterTilIDag(new DateOnly(2026, 5, 1), new DateOnly(2026, 11, 21), 200.55m,
            "Forsinkelsesrenten for 2. halvår 2026 (fra 01.07.2026) er ikke fastsatt i satstabellen. Rentene er beregnet til og med 30.06.2026.", new DateOnly(2026, 7, 1)));

        // A case received after the last known rate has no period to show: the page shows the notice alone.
        var senere = await SakAsync(new DateTimeOffset(2026, 8, 3, 9, 0, 0, TimeSpan.Zero));
        fixture.Clock.AdjustTime(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
        (await fixture.SendAsync(new SakDetaljer.Query(senere))).RenterTilDato.ShouldBe(new SakDetaljer.RenterTilIDag(new DateOnly(2026, 8, 3), new DateOnly(2026, 11, 21), 0m,
            "Forsinkelsesrenten for 2. halvår 2026 (fra 01.07.2026) er ikke fastsatt i satstabellen. Renter for perioden kan ikke beregnes ennå.", new DateOnly(2026, 8, 3)));
    }
}
