using FsCheck;
using FsCheck.Fluent;
using Namsmannen.Application.Satser;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Tests.Regler;

public sealed class FordelingTests
{
    private static readonly Satsbok Satser = SatsFil.Les();
    private static readonly DateOnly Dato = new(2026, 11, 21);

    private static readonly Heftelse[] Heftelser =
    [
        new("P3", Heftelsestype.Pant, 3, new Belop(20_000m), false),
        new("S", Heftelsestype.Pant, 2, new Belop(50_000m), true),
        new("P1", Heftelsestype.Pant, 1, new Belop(30_000m), false),
        new("L1", Heftelsestype.Legalpant, 1, new Belop(5_000m), false),
    ];

    [Fact]
    public void The_waterfall_pays_fee_costs_legalpant_then_pledges_in_priority_and_the_rest_goes_unpaid()
    {
        // Fee 1 681 + 2 959 = 4 640. 100 000 − 4 640 − 8 000 − 5 000 − 30 000 − 50 000 = 2 360 to P3.
        var result = Fordeling.Beregn(Dato, new Belop(100_000m), new Belop(8_000m), Heftelser, Satser);

        result.Linjer.Select(l => (l.Mottaker, l.Belop.Kroner, l.Udekket.Kroner)).ShouldBe(
        [
            ("rettsgebyr", 4_640m, 0m),
            ("salgsomkostninger", 8_000m, 0m),
            ("L1", 5_000m, 0m),
            ("P1", 30_000m, 0m),
            ("S", 50_000m, 0m),
            ("P3", 2_360m, 17_640m),
            ("skyldner", 0m, 0m),
        ]);
        result.Linjer.Sum(l => l.Belop.Kroner).ShouldBe(100_000m);
        result.RettsgebyrBegjaering.Belop.Kroner.ShouldBe(1_681m);
        result.RettsgebyrGjennomfort.Belop.Kroner.ShouldBe(2_959m);
        result.PrisOverstigerKostnadene.ShouldBeTrue();
        result.Dekningsprinsippet.ShouldBeTrue();
    }

    [Fact]
    public void A_surplus_goes_to_the_debtor()
    {
        var result = Fordeling.Beregn(Dato, new Belop(150_000m), new Belop(8_000m), Heftelser, Satser);

        result.Linjer[^1].ShouldBe(new FordelingsLinje("skyldner", new Belop(32_360m), Belop.Null));
        result.Linjer.Sum(l => l.Belop.Kroner).ShouldBe(150_000m);
    }

    [Fact]
    public void A_sale_that_leaves_nothing_for_the_saksoker_fails_the_dekningsprinsipp()
    {
        var result = Fordeling.Beregn(Dato, new Belop(40_000m), new Belop(8_000m), Heftelser, Satser);

        result.Linjer.Single(l => l.Mottaker == "P1").ShouldBe(new FordelingsLinje("P1", new Belop(22_360m), new Belop(7_640m)));
        result.TilSaksoker.ShouldBe(Belop.Null);
        result.Dekningsprinsippet.ShouldBeFalse();
        result.PrisOverstigerKostnadene.ShouldBeTrue();
    }

    [Fact]
    public void A_price_not_above_the_costs_means_no_sale()
    {
        Fordeling.Beregn(Dato, new Belop(12_640m), new Belop(8_000m), [], Satser).PrisOverstigerKostnadene.ShouldBeFalse();
        Fordeling.Beregn(Dato, new Belop(12_640.01m), new Belop(8_000m), [], Satser).PrisOverstigerKostnadene.ShouldBeTrue();
    }

    [Fact]
    public void A_distribution_always_sums_to_the_proceeds_and_never_pays_a_lower_priority_first()
    {
        var heftelse =
            from type in Gen.Elements(Heftelsestype.Legalpant, Heftelsestype.Pant)
            from prioritet in Gen.Choose(1, 9)
            from krav in Gen.Choose(0, 50_000_000)
            select (type, prioritet, krav);
        var gen =
            from salgssum in Gen.Choose(0, 200_000_000)
            from kostnader in Gen.Choose(0, 5_000_000)
            from liste in heftelse.ListOf().Select(l => l.Take(8).ToArray())
            from saksoker in Gen.Choose(-1, 7)
            select (salgssum, kostnader, liste, saksoker);

        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var heftelser = c.liste.Select((h, i) => new Heftelse($"H{i}", h.type, h.prioritet, new Belop(h.krav / 100m), i == c.saksoker)).ToList();
            var r = Fordeling.Beregn(Dato, new Belop(c.salgssum / 100m), new Belop(c.kostnader / 100m), heftelser, Satser);
            var sumsExactly = r.Linjer.Sum(l => l.Belop.Kroner) == c.salgssum / 100m;
            var nothingNegative = r.Linjer.All(l => l.Belop >= Belop.Null && l.Udekket >= Belop.Null);
            // Once a line is left uncovered, every line after it (but the debtor's) gets nothing.
            var firstUncovered = r.Linjer.ToList().FindIndex(l => l.Udekket > Belop.Null);
            var orderKept = firstUncovered < 0 || r.Linjer.Skip(firstUncovered + 1).All(l => l.Belop == Belop.Null);
            return sumsExactly && nothingNegative && orderKept;
        }).QuickCheckThrowOnFailure();
    }
}
