using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data.Utbetalinger;
using Namsmannen.Application.Features.Innbetalinger;
using Namsmannen.Application.Features.Utbetalinger;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Utbetalinger;

/// <summary>Issue 17: the distribution runs are made by the scheduler each working morning, and a supervisor approves them.</summary>
public sealed class PlanlagtUtbetalingskjoringTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_scheduler_makes_one_run_per_office_with_payouts_ready_and_a_supervisor_approves_it()
    {
        var kreditorId = await TestData.KreditorAsync(fixture, "Planlagt Inkasso AS");
        var id = await TestData.SakAsync(fixture, kreditorId);
        var saksnummer = await fixture.QueryAsync(db => db.Saker.Where(s => s.Id == id).Select(s => s.Saksnummer).SingleAsync());
        var kid = Saksnummer.TryParse(saksnummer, out var nr) ? Kid.For(nr) : throw new InvalidOperationException(saksnummer);
        var konto = Kontonummer.MedKontrollsiffer("9710" + "012345")!.Verdi;
        var kari = TestUser.Saksbehandler("OSLO", "Kari Saksbehandler", "kari-plan");
        // 11 000 on a claim of 10 950: 50 kr back to the payer, whose account is known; the creditor has given none.
        await fixture.SendAsync(new LesInnbetalingsfil.Command("plan.xml", Camt054Eksempelfil.Lag("MSG-PLAN", DatabaseFixture.Start,
            [new("PLAN-1", 11_000m, Oslotid.IDag(fixture.Clock), kid, "Siri Nordmann", BetalerKonto: konto)])), kari);

        var r = await fixture.SendAsync(new PlanlagteUtbetalingskjoringer.Command());
        var kjoring = r.Kjoringer.ShouldHaveSingleItem();
        (kjoring.Kontor, kjoring.Antall, kjoring.Sum, kjoring.Holdt).ShouldBe(("OSLO", 1, 50m, 1), "the creditor's 10 950 kr are held until it gives an account");
        var rad = await fixture.QueryAsync(db => db.Utbetalingskjoringer.AsNoTracking().SingleAsync(k => k.Nummer == kjoring.Nummer));
        (rad.Status, rad.OpprettetAvNavn).ShouldBe((Kjoringsstatus.TilGodkjenning, PlanlagteUtbetalingskjoringer.Navn));

        // Nothing more is ready: the next morning makes no run.
        (await fixture.SendAsync(new PlanlagteUtbetalingskjoringer.Command())).Kjoringer.ShouldBeEmpty();

        var godkjent = await fixture.SendAsync(new AvgjorUtbetalingskjoring.Command { Nummer = kjoring.Nummer, Godkjenn = true }, TestUser.Leder("OSLO", "Lise Leder", "lise-plan"));
        (godkjent.Status, godkjent.Sum).ShouldBe((Kjoringsstatus.Godkjent, 50m));
    }
}
