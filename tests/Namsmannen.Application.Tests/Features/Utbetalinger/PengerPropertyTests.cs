using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data.Innbetalinger;
using Namsmannen.Application.Features.Innbetalinger;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Application.Features.Utbetalinger;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Satser;
using TestData = Namsmannen.Application.Tests.Infrastructure.TestData;

namespace Namsmannen.Application.Tests.Features.Utbetalinger;

/// <summary>
/// Issue 16's properties on real PostgreSQL: whatever bank files arrive (KID payments, overpayments, unknown and wrong
/// KIDs, payments to closed cases), whatever the office clears and however its runs are decided, every krone received is
/// distributed, in suspense or owed back, to the øre; each case's stored entries sum to its balance and no component
/// goes negative.
/// </summary>
public sealed class PengerPropertyTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly Satsbok Satser = Application.Satser.SatsFil.Les();
    private static readonly TestUser Kari = TestUser.Saksbehandler("OSLO", "Kari Saksbehandler", "kari-prop");
    private static readonly TestUser Lise = TestUser.Leder("OSLO", "Lise Leder", "lise-prop");
    private static readonly TestUser Per = TestUser.Leder("OSLO", "Per Leder", "per-prop");

    /// <summary>One credit: øre, where its KID points (0 none, 1 and 2 the two cases, 3 a valid KID of no case), whether the bank gave the payer's account, and whether the office sends it back if it lands in suspense.</summary>
    private sealed record Linje(int Ore, int Hvor, bool MedKonto, bool Tilbake);

    [Property(MaxTest = 30)]
    public Property Received_is_distributed_plus_suspense_plus_owed_back_to_the_ore_and_each_ledger_sums_to_its_balance()
    {
        var linje = from ore in Gen.Choose(1, 1_500_000) from hvor in Gen.Choose(0, 3) from konto in Gen.Elements(true, false) from tilbake in Gen.Elements(true, false) select new Linje(ore, hvor, konto, tilbake);
        var gen = from linjer in linje.NonEmptyListOf().Select(l => l.Take(7).ToArray())
                  from kjoring in Gen.Choose(0, 2)
                  select (linjer, kjoring);
        return Prop.ForAll(gen.ToArbitrary(), c => Task.Run(() => KjorAsync(c.linjer, c.kjoring)).GetAwaiter().GetResult());
    }

    private async Task KjorAsync(Linje[] linjer, int kjoring)
    {
        var kreditorId = await TestData.KreditorAsync(fixture, "Egenskap Inkasso AS");
        await fixture.SendAsync(new SettUtbetalingskonto.Command { Kontonummer = Kontonummer.MedKontrollsiffer("1503123456")!.Verdi }, TestUser.Kreditor(kreditorId));
        var saker = new[] { await TestData.SakAsync(fixture, kreditorId), await TestData.SakAsync(fixture, kreditorId) };
        var saksnumre = await fixture.QueryAsync(db => db.Saker.Where(s => saker.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Saksnummer));
        var for0 = await fixture.QueryAsync(db => Utbetalingsoversikt.RapportAsync(db, "OSLO", CancellationToken.None));
        var dag = Oslotid.IDag(fixture.Clock);
        var id = Guid.NewGuid().ToString("N")[..10];
        string? KidFor(int hvor) => hvor switch
        {
            1 or 2 => Saksnummer.TryParse(saksnumre[saker[hvor - 1]], out var nr) ? Kid.For(nr) : null,
            3 => "12345678903",
            _ => null,
        };
        var poster = linjer.Select((l, i) => new Camt054Eksempelfil.Post($"P-{id}-{i}", l.Ore / 100m, dag, KidFor(l.Hvor), $"Betaler {i}", BetalerKonto: l.MedKonto ? Kontonummer.MedKontrollsiffer("9710054321")!.Verdi : null)).ToList();

        await fixture.SendAsync(new LesInnbetalingsfil.Command($"{id}.xml", Camt054Eksempelfil.Lag(id, DateTimeOffset.UnixEpoch, poster)), Kari);
        foreach (var (l, i) in linjer.Select((l, i) => (l, i)).Where(x => x.l.Tilbake))
        {
            var referanse = $"P-{id}-{i}";
            if (await fixture.QueryAsync(db => db.Innbetalinger.AnyAsync(b => b.Referanse == referanse && b.Status == Innbetalingsstatus.Uavklart)))
            {
                await fixture.SendAsync(new AvklarInnbetaling.Command { Referanse = referanse, Begrunnelse = "Ingen sak." }, Kari);
            }
        }

        if (kjoring > 0)
        {
            try
            {
                var laget = await fixture.SendAsync(new OpprettUtbetalingskjoring.Command(), Lise);
                await fixture.SendAsync(new AvgjorUtbetalingskjoring.Command { Nummer = laget.Nummer, Godkjenn = kjoring == 1, Begrunnelse = kjoring == 1 ? null : "Kontroll." }, Per);
            }
            catch (DomainException feil) when (feil.Message.StartsWith("Ingen", StringComparison.Ordinal))
            {
                // Nothing ready to pay: nothing to decide.
            }
        }

        var rapport = await fixture.QueryAsync(db => Utbetalingsoversikt.RapportAsync(db, "OSLO", CancellationToken.None));
        rapport.Differanse.ShouldBe(0m);
        (rapport.Mottatt - for0.Mottatt).ShouldBe(linjer.Sum(l => l.Ore) / 100m, "every credit in the file is received once");
        var perInnbetaling = await fixture.QueryAsync(db => (from b in db.Innbetalinger
                                                             where b.Referanse.StartsWith($"P-{id}-") && b.Status != Innbetalingsstatus.Uavklart
                                                             select new { b.Belop, Ut = db.Utbetalinger.Where(u => u.InnbetalingId == b.Id).Sum(u => u.Belop) }).ToListAsync());
        perInnbetaling.ShouldAllBe(b => b.Belop == b.Ut, "a payment no longer in suspense is paid out whole, to the creditor and back to the payer");
        foreach (var sakId in saker)
        {
            var sak = await fixture.QueryAsync(db => db.Saker.AsNoTracking().Include(s => s.Poster).SingleAsync(s => s.Id == sakId));
            sak.Konto.Bokfort.Kroner.ShouldBe(sak.Utestaende, "the stored entries sum to the case's balance");
            var saldo = sak.Konto.SaldoPa(dag, Satser).Saldo;
            new[] { saldo.Hovedstol, saldo.Renter, saldo.Omkostninger, saldo.Rettsgebyr }.ShouldAllBe(b => b >= Belop.Null);
            (sak.Stadium == Saksstadium.Avsluttet).ShouldBe(sak.Utestaende == 0m, "a case is closed exactly when all it owes is paid");
        }
    }
}
