using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data.Innbetalinger;
using Namsmannen.Application.Features.Innbetalinger;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Innbetalinger;

/// <summary>Issue 16: one line of the bank's file that its case cannot take never stops the rest of the file.</summary>
public sealed class AvvistLinjeTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static string KidFor(string saksnummer) => Saksnummer.TryParse(saksnummer, out var nr) ? Kid.For(nr) : throw new ArgumentException(saksnummer);

    private async Task<(Guid Id, string Saksnummer)> SakAsync()
    {
        // Received ten days ago, so a payment can be valued between then and today.
        using var _ = fixture.StillKlokken(fixture.Clock.GetUtcNow().AddDays(-10));
        var id = await TestData.SakAsync(fixture);
        return (id, await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync()));
    }

    [Fact]
    public async Task A_line_valued_before_the_cases_last_booking_waits_in_suspense_with_why_and_the_rest_of_the_file_is_booked()
    {
        var (sakId, saksnummer) = await SakAsync();
        var (andreId, andre) = await SakAsync();
        var dag = Oslotid.IDag(fixture.Clock);
        var kari = TestUser.Saksbehandler("OSLO");
        // The creditor has reported a payment valued today; the bank's line is valued three days ago.
        await fixture.SendAsync(new RegistrerBetaling.Command { Saksnummer = saksnummer, Belop = 100m }, kari);

        var resultat = await fixture.SendAsync(new LesInnbetalingsfil.Command("sen.xml", Camt054Eksempelfil.Lag("MSG-SEN", DateTimeOffset.UnixEpoch,
        [
            new("SEN-1", 200m, dag.AddDays(-3), KidFor(saksnummer), "Ola Nordmann"),
            new("SEN-2", 300m, dag, KidFor(andre), "Kari Nordmann"),
        ])), kari);

        resultat.Linjer.Select(l => (l.Referanse, l.Utfall)).ShouldBe([("SEN-1", LesInnbetalingsfil.Utfall.Uavklart), ("SEN-2", LesInnbetalingsfil.Utfall.Bokfort)]);
        resultat.Linjer[0].Merknad.ShouldBe($"Kunne ikke føres på sak {saksnummer}: Datoen kan ikke være før siste postering på saken ({dag:dd.MM.yyyy}).");
        (await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == sakId || s.Id == andreId).OrderBy(s => s.Id == andreId).Select(s => s.Innbetalt).ToListAsync())).ShouldBe([new Belop(100m), new Belop(300m)]);
        var ventende = await fixture.QueryAsync(db => db.Innbetalinger.Where(i => i.Referanse == "SEN-1").Select(i => new { i.Status, i.SakId }).SingleAsync());
        (ventende.Status, ventende.SakId).ShouldBe((Innbetalingsstatus.Uavklart, (Guid?)null));
        (await fixture.QueryAsync(db => db.Utbetalinger.CountAsync(u => u.SakId == sakId))).ShouldBe(0, "nothing is owed out of money not booked");
    }
}
