using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Application.Tests.Infrastructure;

namespace Namsmannen.Application.Tests.Features.Portal;

public sealed class StatusfeedTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_event_committed_late_is_numbered_after_what_a_client_has_already_read_so_it_is_never_skipped()
    {
        var kreditor = await TestData.KreditorAsync(fixture);
        var sakA = await TestData.SakAsync(fixture, kreditor);
        var sakB = await TestData.SakAsync(fixture, kreditor);
        fixture.User.KreditorId = kreditor;

        // A slow transaction writes its event first and commits last.
        await using var sakte = TestPostgres.CreateDbContext(fixture.DatabaseName);
        await using var transaksjon = await sakte.Database.BeginTransactionAsync();
        Statusfeed.Legg(sakte, await sakte.Saker.SingleAsync(s => s.Id == sakA), "SAKTE", new DateOnly(2026, 11, 21), fixture.Clock);
        await sakte.SaveChangesAsync();

        await using (var rask = TestPostgres.CreateDbContext(fixture.DatabaseName))
        {
            Statusfeed.Legg(rask, await rask.Saker.SingleAsync(s => s.Id == sakB), "RASK", new DateOnly(2026, 11, 21), fixture.Clock);
            await rask.SaveChangesAsync();
        }

        var forste = await fixture.SendAsync(new Hendelser.Query(0, 100));
        forste.Hendelser.Select(h => h.Type).ShouldBe(["RASK"], "the slow transaction's event is not visible yet");

        await transaksjon.CommitAsync();
        var andre = await fixture.SendAsync(new Hendelser.Query(forste.Neste, 100));

        andre.Hendelser.Select(h => h.Type).ShouldBe(["SAKTE"], "resuming after the last number read still finds the late event");
        andre.Hendelser[0].Sekvens.ShouldBeGreaterThan(forste.Neste);
        (await fixture.SendAsync(new Hendelser.Query(andre.Neste, 100))).Hendelser.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_creditor_reads_only_its_own_events()
    {
        var egen = await TestData.KreditorAsync(fixture);
        var annen = await TestData.KreditorAsync(fixture);
        var egenSak = await TestData.SakAsync(fixture, egen);
        var annenSak = await TestData.SakAsync(fixture, annen);
        await fixture.QueryAsync(async db =>
        {
            Statusfeed.Legg(db, await db.Saker.SingleAsync(s => s.Id == egenSak), "EGEN", new DateOnly(2026, 11, 21), fixture.Clock);
            Statusfeed.Legg(db, await db.Saker.SingleAsync(s => s.Id == annenSak), "ANNEN", new DateOnly(2026, 11, 21), fixture.Clock);
            return await db.SaveChangesAsync();
        });
        fixture.User.KreditorId = egen;

        var hendelser = await fixture.SendAsync(new Hendelser.Query(0, 1000));

        hendelser.Hendelser.Select(h => h.Type).ShouldBe(["EGEN"]);
    }
}
