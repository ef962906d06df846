using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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

    [Property(MaxTest = 100)]
    public Property A_distribution_always_sums_to_the_proceeds_and_never_pays_a_lower_priority_first()
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

        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var heftelser = c.liste.Select((h, i) => new Heftelse($"H{i}", h.type, h.prioritet, new Belop(h.krav / 100m), i == c.saksoker)).ToList();
            var r = Fordeling.Beregn(Dato, new Belop(c.salgssum / 100m), new Belop(c.kostnader / 100m), heftelser, Satser);
            var sumsExactly = r.Linjer.Sum(l => l.Belop.Kroner) == c.salgssum / 100m;
            var nothingNegative = r.Linjer.All(l => l.Belop >= Belop.Null && l.Udekket >= Belop.Null);
            // Once a rank (costs, then each legalpant and pant priority) is left uncovered, every later rank gets nothing;
            // the lines of one rank share pro rata (panteloven § 1-13).
            var rang = heftelser.ToDictionary(h => h.Id, h => (h.Type == Heftelsestype.Legalpant ? 0 : 1, h.Prioritet));
            var rekker = r.Linjer.Take(r.Linjer.Count - 1).Select((l, i) => (Linje: l, Rang: rang.TryGetValue(l.Mottaker, out var x) ? x : (-1, i))).ToList();
            var firstUncovered = rekker.FindIndex(l => l.Linje.Udekket > Belop.Null);
            var orderKept = firstUncovered < 0 || rekker.Skip(firstUncovered).Where(l => l.Rang != rekker[firstUncovered].Rang).All(l => l.Linje.Belop == Belop.Null);
            var debtorOnlyAfterAll = firstUncovered < 0 || r.Linjer[^1].Belop == Belop.Null;
            return sumsExactly && nothingNegative && orderKept && debtorOnlyAfterAll;
        });
    }
}

public sealed class ForholdsmessigFordelingTests
{
    private static readonly Satsbok Satser = SatsFil.Les();
    private static readonly DateOnly Dato = new(2026, 11, 21);

    [Fact]
    public void Pledges_of_equal_priority_share_what_is_left_pro_rata_to_the_ore()
    {
        // Fee 1 681 + 2 959 = 4 640. 100 000 − 4 640 − 8 000 − 5 000 (legalpant) = 82 360 for A (30 000) and B (60 000),
        // both priority 1: A 82 360 × 30/90 = 27 453,333… → 27 453,33; B 54 906,666… → 54 906,66, and the one øre left
        // goes to the larger remainder (B): 54 906,67. Before the correction A was paid in full by its name: 30 000 and 52 360.
        var heftelser = new[]
        {
            new Heftelse("B", Heftelsestype.Pant, 1, new Belop(60_000m), false),
            new Heftelse("A", Heftelsestype.Pant, 1, new Belop(30_000m), true),
            new Heftelse("L", Heftelsestype.Legalpant, 1, new Belop(5_000m), false),
        };

        var r = Fordeling.Beregn(Dato, new Belop(100_000m), new Belop(8_000m), heftelser, Satser);

        r.Linjer.Select(l => (l.Mottaker, l.Belop.Kroner, l.Udekket.Kroner)).ShouldBe(
        [
            ("rettsgebyr", 4_640m, 0m),
            ("salgsomkostninger", 8_000m, 0m),
            ("L", 5_000m, 0m),
            ("B", 54_906.67m, 5_093.33m),
            ("A", 27_453.33m, 2_546.67m),
            ("skyldner", 0m, 0m),
        ]);
        r.Linjer.Sum(l => l.Belop.Kroner).ShouldBe(100_000m);
        r.TilSaksoker.ShouldBe(new Belop(27_453.33m));
    }

    [Fact]
    public void An_ore_left_among_equal_claims_never_follows_the_name()
    {
        // 10 000 among three equal claims: 3 333,33 each and one øre over, which goes to the first in the order given.
        var forst = Fordeling.ForholdsmessigDeling(new Belop(10_000m), [new Belop(5_000m), new Belop(5_000m), new Belop(5_000m)]);
        forst.Select(b => b.Kroner).ShouldBe([3_333.34m, 3_333.33m, 3_333.33m]);

        var heftelser = new[] { "Z", "A", "M" }.Select(n => new Heftelse(n, Heftelsestype.Pant, 1, new Belop(5_000m), false)).ToList();
        var r = Fordeling.Beregn(Dato, new Belop(10_000m + 4_640m), Belop.Null, heftelser, Satser);
        r.Linjer.Where(l => l.Mottaker.Length == 1).Select(l => (l.Mottaker, l.Belop.Kroner)).ShouldBe([("Z", 3_333.34m), ("A", 3_333.33m), ("M", 3_333.33m)]);
    }

    [Property(MaxTest = 100)]
    public Property Equal_priority_shares_sum_exactly_and_are_proportional_within_one_ore()
    {
        var gen =
            from tilgjengelig in Gen.Choose(0, 100_000_000)
            from krav in Gen.Choose(0, 50_000_000).ListOf().Select(l => l.Take(8).ToArray())
            select (tilgjengelig, krav);

        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var kravBelop = c.krav.Select(k => new Belop(k / 100m)).ToList();
            var tilgjengelig = new Belop(c.tilgjengelig / 100m);
            var andeler = Fordeling.ForholdsmessigDeling(tilgjengelig, kravBelop);
            var sum = kravBelop.Sum(k => k.Kroner);
            if (tilgjengelig.Kroner >= sum)
            {
                return andeler.SequenceEqual(kravBelop);
            }

            var sumsExactly = andeler.Sum(a => a.Kroner) == tilgjengelig.Kroner;
            var proportional = andeler.Zip(kravBelop).All(p => Math.Abs(p.First.Kroner - (tilgjengelig.Kroner * p.Second.Kroner / sum)) < 0.01m);
            var withinClaim = andeler.Zip(kravBelop).All(p => p.First >= Belop.Null && p.First <= p.Second);
            return sumsExactly && proportional && withinClaim;
        });
    }
}
