using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Namsmannen.Application.Satser;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Tests.Regler;

public sealed class UtleggstrekkTests
{
    private static readonly Satsbok Satser = SatsFil.Les();
    private static readonly DateOnly Host2024 = new(2024, 10, 1);

    [Fact]
    public void A_single_debtor_without_documented_housing_keeps_the_single_rate_and_the_housing_norm()
    {
        var result = Utleggstrekk.Beregn(new TrekkGrunnlag(Host2024, new Belop(22_000m), new Husstand(Sivilstand.Enslig, false, [], []), null, null, Belop.Null), Satser);

        result.Livsopphold.Kroner.ShouldBe(10_724m);
        result.Boutgifter.Kroner.ShouldBe(5_000m);
        result.Forbeholdt.Kroner.ShouldBe(15_724m);
        result.TrekkPerManed.Kroner.ShouldBe(6_276m);
        result.SatserFra.ShouldBe(new DateOnly(2024, 7, 1));
        result.Advarsler.ShouldBeEmpty();
    }

    [Fact]
    public void Parents_who_both_earn_share_the_children_and_the_housing_and_the_fourth_person_is_reduced()
    {
        // Household of four: the youngest child (3) gets 80 %. Each parent covers half of each child.
        //   9 082 + 3 432 × 0,8 × ½ (1 372,80) + 4 553 × ½ (2 276,50) = 12 731,30
        // Housing documented 14 000 > the couple's maximum 12 000 + 2 × 500 = 13 000, no reason given → 13 000; half → 6 500.
        var husstand = new Husstand(Sivilstand.GiftEllerSamboer, PartnerHarEgenInntekt: true, BarnAlder: [8, 3], Samvaer: []);
        var result = Utleggstrekk.Beregn(new TrekkGrunnlag(Host2024, new Belop(38_000m), husstand, new Belop(14_000m), null, Belop.Null), Satser);

        result.Livsopphold.Kroner.ShouldBe(12_731.30m);
        result.Boutgifter.Kroner.ShouldBe(6_500m);
        result.Forbeholdt.Kroner.ShouldBe(19_231.30m);
        result.TrekkPerManed.Kroner.ShouldBe(18_768.70m);
        result.Linjer.Select(l => (l.Post, l.Belop.Kroner)).ShouldBe(
        [
            ("Livsopphold, skyldner", 9_082m),
            ("Livsopphold, barn 3 år", 1_372.80m),
            ("Livsopphold, barn 8 år", 2_276.50m),
            ("Boutgifter", 6_500m),
        ]);
        result.Linjer[3].Forklaring.ShouldStartWith("Dokumentert 14");
    }

    [Fact]
    public void Housing_above_the_maximum_is_allowed_when_the_caseworker_records_why()
    {
        var husstand = new Husstand(Sivilstand.Enslig, false, [], []);
        var result = Utleggstrekk.Beregn(new TrekkGrunnlag(Host2024, new Belop(30_000m), husstand, new Belop(11_000m), "Tilpasset bolig etter ulykke, dokumentert.", Belop.Null), Satser);

        result.Boutgifter.Kroner.ShouldBe(11_000m);
        result.Linjer.Single(l => l.Post == "Boutgifter").Forklaring.ShouldEndWith("Tilpasset bolig etter ulykke, dokumentert.");
    }

    [Fact]
    public void A_debtor_supporting_a_partner_keeps_full_child_rates_samvaer_and_special_costs()
    {
        // Five persons: the two youngest (2 and 7) get 80 %.
        //   18 164 + 3 432 × 0,8 (2 745,60) + 4 553 × 0,8 (3 642,40) + 6 611 = 31 163,00
        // Housing 9 000 documented (maximum 12 000 + 3 × 500 = 13 500), samvær class 2 at 12 years 1 813, special 1 500.
        var husstand = new Husstand(Sivilstand.GiftEllerSamboer, PartnerHarEgenInntekt: false, BarnAlder: [16, 2, 7], Samvaer: [new SamvaersBarn(12, 2)]);
        var result = Utleggstrekk.Beregn(new TrekkGrunnlag(Host2024, new Belop(40_000m), husstand, new Belop(9_000m), null, new Belop(1_500m)), Satser);

        result.Livsopphold.Kroner.ShouldBe(31_163m);
        result.Boutgifter.Kroner.ShouldBe(9_000m);
        result.Samvaer.Kroner.ShouldBe(1_813m);
        result.SarligeUtgifter.Kroner.ShouldBe(1_500m);
        result.Forbeholdt.Kroner.ShouldBe(43_476m);
        result.TrekkPerManed.ShouldBe(Belop.Null, "what the household needs exceeds the income: no trekk, never negative");
    }

    [Fact]
    public void The_third_samvaer_child_and_beyond_are_reduced_youngest_first()
    {
        // Class 1 (2024): 0–5 317, 6–10 443, 11–14 547. Three children: the youngest (4) gets 80 % → 253,60.
        var husstand = new Husstand(Sivilstand.Enslig, false, [], [new SamvaersBarn(12, 1), new SamvaersBarn(4, 1), new SamvaersBarn(9, 1)]);
        var result = Utleggstrekk.Beregn(new TrekkGrunnlag(Host2024, new Belop(50_000m), husstand, null, null, Belop.Null), Satser);

        result.Samvaer.Kroner.ShouldBe(253.60m + 443m + 547m);
    }

    [Fact]
    public void Todays_calculation_uses_the_2024_rates_and_says_so()
    {
        var result = Utleggstrekk.Beregn(new TrekkGrunnlag(new DateOnly(2026, 11, 21), new Belop(22_000m), new Husstand(Sivilstand.Enslig, false, [], []), null, null, Belop.Null), Satser);

        result.TrekkPerManed.Kroner.ShouldBe(6_276m);
        result.Advarsler.ShouldBe(
        [
            "Livsoppholdssatsene fra 1. juli 2025 mangler; satsene fra 1. juli 2024 er brukt.",
            "Boutgiftsnormen fra 1. januar 2025 mangler; satsene fra 1. januar 2024 er brukt.",
        ]);
    }

    [Fact]
    public void A_trekk_runs_until_paid_from_2026_and_starts_about_a_month_after_the_utleggsforretning()
    {
        Utleggstrekk.SenesteSlutt(new DateOnly(2026, 1, 1), skattekrav: false).ShouldBeNull();
        Utleggstrekk.SenesteSlutt(new DateOnly(2025, 3, 1), skattekrav: false).ShouldBe(new DateOnly(2027, 3, 1));
        Utleggstrekk.SenesteSlutt(new DateOnly(2025, 3, 1), skattekrav: true).ShouldBe(new DateOnly(2030, 3, 1));
        Utleggstrekk.TidligsteStart(new DateOnly(2026, 11, 21)).ShouldBe(new DateOnly(2026, 12, 21));
    }

    [Property(MaxTest = 100)]
    public Property A_trekk_is_never_negative_and_never_more_than_income_less_what_the_household_keeps()
    {
        var gen =
            from netto in Gen.Choose(0, 20_000_000)
            from sammen in Gen.Elements(true, false)
            from partnerInntekt in Gen.Elements(true, false)
            from barn in Gen.Choose(0, 17).ListOf().Select(l => l.Take(6).ToArray())
            from samvaer in (from alder in Gen.Choose(0, 17) from klasse in Gen.Choose(1, 4) select new SamvaersBarn(alder, klasse)).ListOf().Select(l => l.Take(4).ToArray())
            from bolig in Gen.Choose(-1, 2_000_000)
            from sarlige in Gen.Choose(0, 500_000)
            select new TrekkGrunnlag(
                Host2024,
                new Belop(netto / 100m),
                new Husstand(sammen ? Sivilstand.GiftEllerSamboer : Sivilstand.Enslig, partnerInntekt, barn, samvaer),
                bolig < 0 ? null : new Belop(bolig / 100m),
                null,
                new Belop(sarlige / 100m));

        return Prop.ForAll(gen.ToArbitrary(), grunnlag =>
        {
            var r = Utleggstrekk.Beregn(grunnlag, Satser);
            var kanTas = grunnlag.NettoInntektPerManed - r.Forbeholdt;
            return r.TrekkPerManed >= Belop.Null
                && r.TrekkPerManed <= Belop.Max(Belop.Null, kanTas)
                && r.Forbeholdt == r.Livsopphold + r.Boutgifter + r.Samvaer + r.SarligeUtgifter
                && r.Livsopphold.Kroner >= Satser.Livsopphold.Finn(Host2024).Verdi.GiftEllerSamboerHver
                && r.Linjer.All(l => l.Belop >= Belop.Null);
        });
    }
}
