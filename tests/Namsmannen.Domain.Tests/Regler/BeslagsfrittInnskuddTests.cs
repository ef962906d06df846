using Namsmannen.Application.Satser;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Tests.Regler;

public sealed class BeslagsfrittInnskuddTests
{
    private static readonly DateOnly Dato = new(2024, 9, 1);

    [Fact]
    public void A_debtor_supporting_a_partner_and_two_children_keeps_two_months_of_the_households_livsopphold()
    {
        // 2024-07-01 row, four persons, so the youngest child gets 80 %: supports spouse 18 164 + child 3 yrs 3 432 × 0,8
        // = 2 745,60 + child 8 yrs 4 553 = 25 462,60 per month; × 2 = 50 925,20.
        // Before the correction the single rate was used: 2 × 10 724 = 21 448, and 29 477,20 more was seized.
        var husstand = new Husstand(Sivilstand.GiftEllerSamboer, false, [3, 8], []);

        var r = BeslagsfrittInnskudd.Beregn(Dato, husstand, SatsFil.Les());

        r.LivsoppholdPerManed.ShouldBe(new Belop(25_462.60m));
        r.Beslagsfritt.ShouldBe(new Belop(50_925.20m));
        r.SatserFra.ShouldBe(new DateOnly(2024, 7, 1));
        r.Linjer.Select(l => (l.Post, l.Belop.Kroner)).ShouldBe(
        [
            ("Livsopphold, skyldner og partner", 18_164m),
            ("Livsopphold, barn 3 år", 2_745.60m),
            ("Livsopphold, barn 8 år", 4_553m),
            ("Livsopphold per måned", 25_462.60m),
            ("Beslagsfritt innskudd", 50_925.20m),
        ]);
        r.Advarsler.ShouldBeEmpty();

        var vurdering = Beslagsfrihet.Vurder(new Beslagsgrunnlag(Formuesgodetype.Bankinnskudd, new Belop(60_000m)), Dato, husstand, SatsFil.Les());
        vurdering.BeslagsfrittBelop.ShouldBe(new Belop(50_925.20m));
        vurdering.KanTasUtleggI.ShouldBe(new Belop(9_074.80m));
    }

    [Fact]
    public void A_partner_with_own_income_shares_the_children_and_samvaer_is_not_part_of_the_deposit_rule()
    {
        // "Each" 9 082 + half of 3 432 × 0,8 (1 372,80) + half of 4 553 (2 276,50) = 12 731,30; × 2 = 25 462,60.
        var husstand = new Husstand(Sivilstand.GiftEllerSamboer, true, [3, 8], [new SamvaersBarn(4, 2)]);

        var r = BeslagsfrittInnskudd.Beregn(Dato, husstand, SatsFil.Les());

        r.LivsoppholdPerManed.ShouldBe(new Belop(12_731.30m));
        r.Beslagsfritt.ShouldBe(new Belop(25_462.60m));
        r.Advarsler.ShouldContain(a => a.StartsWith("Samværstillegg er ikke med", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bank_deposit_is_never_assessed_without_the_household()
    {
        Should.Throw<DomainException>(() => Beslagsfrihet.Vurder(new Beslagsgrunnlag(Formuesgodetype.Bankinnskudd, new Belop(10_000m)), Dato, null, SatsFil.Les()))
            .Message.ShouldBe(Beslagsfrihet.HusstandUkjent);
    }
}
