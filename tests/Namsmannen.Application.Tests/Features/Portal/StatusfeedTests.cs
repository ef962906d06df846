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
        var kreditorbruker = TestUser.Kreditor(kreditor);
        var start = (await fixture.SendAsync(new Hendelser.Query(0, 1000), kreditorbruker)).Neste;

        // A slow transaction writes its event first and commits last.
        await using var sakte = TestPostgres.CreateDbContext(fixture.DatabaseName);
        await using var transaksjon = await sakte.Database.BeginTransactionAsync();
        Feedlinje(sakte, await sakte.Saker.SingleAsync(s => s.Id == sakA), "SAKTE");
        await sakte.SaveChangesAsync();

        await using (var rask = TestPostgres.CreateDbContext(fixture.DatabaseName))
        {
            Feedlinje(rask, await rask.Saker.SingleAsync(s => s.Id == sakB), "RASK");
            await rask.SaveChangesAsync();
        }

        var forste = await fixture.SendAsync(new Hendelser.Query(start, 100), kreditorbruker);
        forste.Hendelser.Select(h => h.Type).ShouldBe(["RASK"], "the slow transaction's event is not visible yet");

        await transaksjon.CommitAsync();
        var andre = await fixture.SendAsync(new Hendelser.Query(forste.Neste, 100), kreditorbruker);

        andre.Hendelser.Select(h => h.Type).ShouldBe(["SAKTE"], "resuming after the last number read still finds the late event");
        andre.Hendelser[0].Sekvens.ShouldBeGreaterThan(forste.Neste);
        (await fixture.SendAsync(new Hendelser.Query(andre.Neste, 100), kreditorbruker)).Hendelser.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_creditor_reads_only_its_own_events()
    {
        var egen = await TestData.KreditorAsync(fixture);
        var annen = await TestData.KreditorAsync(fixture);
        var egenSak = await TestData.SakAsync(fixture, egen);
        var annenSak = await TestData.SakAsync(fixture, annen);
        var kreditorbruker = TestUser.Kreditor(egen);
        var start = (await fixture.SendAsync(new Hendelser.Query(0, 1000), kreditorbruker)).Neste;
        await fixture.QueryAsync(async db =>
        {
            Feedlinje(db, await db.Saker.SingleAsync(s => s.Id == egenSak), "EGEN");
            Feedlinje(db, await db.Saker.SingleAsync(s => s.Id == annenSak), "ANNEN");
            return await db.SaveChangesAsync();
        });

        var hendelser = await fixture.SendAsync(new Hendelser.Query(start, 1000), kreditorbruker);

        hendelser.Hendelser.Select(h => h.Type).ShouldBe(["EGEN"]);
    }

    /// <summary>A feed line of a made-up type, written as the journal writes one, to watch the numbering alone.</summary>
    private static void Feedlinje(Namsmannen.Application.Data.NamsmannenDbContext db, Domain.Saker.Sak sak, string type) =>
        db.KreditorHendelser.Add(new KreditorHendelse
        {
            KreditorId = sak.KreditorId,
            SakId = sak.Id,
            Saksnummer = sak.Saksnummer,
            Referanse = sak.KreditorReferanse,
            Type = type,
            Stadium = sak.Stadium.ToString(),
            Krav = sak.Krav,
            Innbetalt = sak.Innbetalt,
            Dato = new DateOnly(2026, 11, 21),
            Tidspunkt = DatabaseFixture.Start,
        });
}
