using Namsmannen.Application.Satser;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Tests.Regler;

public sealed class TilbakeleveringTests
{
    [Fact]
    public void The_debt_is_written_down_by_the_value_less_fee_and_costs()
    {
        // Fee 1,25 × 1 345 = 1 681,25 → 1 681. 120 000 − 1 681 − 3 000 = 115 319; 150 000 − 115 319 = 34 681 still owed.
        var result = Tilbakelevering.Beregn(new DateOnly(2026, 11, 21), new Belop(120_000m), new Belop(150_000m), new Belop(3_000m), new DateOnly(2026, 11, 23), SatsFil.Les());

        result.Rettsgebyr.Kroner.ShouldBe(1_681m);
        result.Nedskrivning.Kroner.ShouldBe(115_319m);
        result.GjenstaendeKrav.Kroner.ShouldBe(34_681m);
        result.OverskuddTilSkyldner.ShouldBe(Belop.Null);
        result.Klagefrist.ShouldBe(new DateOnly(2026, 12, 23));
    }

    [Fact]
    public void A_value_above_the_claim_leaves_a_surplus_for_the_debtor()
    {
        var result = Tilbakelevering.Beregn(new DateOnly(2026, 11, 21), new Belop(200_000m), new Belop(150_000m), new Belop(3_000m), new DateOnly(2026, 11, 23), SatsFil.Les());

        result.GjenstaendeKrav.ShouldBe(Belop.Null);
        result.OverskuddTilSkyldner.Kroner.ShouldBe(45_319m);
    }

    [Fact]
    public void The_valuation_can_be_challenged_only_for_a_deviation_above_20_000()
    {
        Tilbakelevering.KanKlagePaVerdsettelsen(new Belop(120_000m), new Belop(140_000m)).ShouldBeFalse();
        Tilbakelevering.KanKlagePaVerdsettelsen(new Belop(120_000m), new Belop(140_000.01m)).ShouldBeTrue();
        Tilbakelevering.KanKlagePaVerdsettelsen(new Belop(120_000m), new Belop(99_999.99m)).ShouldBeTrue();
    }
}
