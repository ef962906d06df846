using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Features.Leder;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Leder;

/// <summary>Issue 15: the dashboard shows where cases pile up, as days in the stage per stage over the open cases.</summary>
public sealed class TidIStadiumTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Days_in_the_stage_count_from_the_day_the_case_entered_it_and_a_case_without_that_day_from_its_receipt()
    {
        var kreditor = await TestData.KreditorAsync(fixture, "Kreditor for tid i stadiet");
        var skyldner = await TestData.SkyldnerAsync(fixture, "Tove Tidsen", "9990");
        var kari = await TestData.SaksbehandlerAsync(fixture, "FINNMARK", "Kari Stadium");
        var forste = await TestData.SakAsync(fixture, kreditor, skyldnerId: skyldner);
        var andre = await TestData.SakAsync(fixture, kreditor, skyldnerId: skyldner);
        var nummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == forste).Select(s => s.Saksnummer).SingleAsync());
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == forste).Select(s => s.Kontor).SingleAsync())).ShouldBe("FINNMARK");

        fixture.Clock.Advance(TimeSpan.FromDays(10));
        await fixture.SendAsync(new GjorHandling.Command { Saksnummer = nummer, Handling = Handling.GodtaBegjaring }, kari);
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == forste).Select(s => s.StadiumSiden).SingleAsync())).ShouldBe(new DateOnly(2026, 12, 1));
        // A case taken over without the day it entered its stage counts from the day it was received.
        await fixture.SqlAsync($"UPDATE saker SET stadium_siden = NULL WHERE id = '{andre}'");
        fixture.Clock.Advance(TimeSpan.FromDays(4));

        var tall = await fixture.SendAsync(new Ledertall.Query(), TestUser.Leder("FINNMARK"));

        tall.TidIStadium.ShouldBe(
        [
            new Ledertall.StadiumTid(Saksstadium.BegjaringMottatt, 1, 14.0m, 14),
            new Ledertall.StadiumTid(Saksstadium.Godtatt, 1, 4.0m, 4),
        ]);
    }
}
