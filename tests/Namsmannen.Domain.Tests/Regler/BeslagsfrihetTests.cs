using Namsmannen.Application.Satser;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Tests.Regler;

public sealed class BeslagsfrihetTests
{
    private static readonly DateOnly Dato = new(2026, 11, 21);
    private static readonly Husstand Enslig = new(Sivilstand.Enslig, false, [], []);

    [Fact]
    public void A_work_vehicle_is_free_only_under_two_thirds_of_G()
    {
        // 2/3 × 136 549 = 91 032,666… → 91 032,67
        var under = Beslagsfrihet.Vurder(new Beslagsgrunnlag(Formuesgodetype.Kjoretoy, new Belop(91_032.66m), NodvendigForArbeidEllerUtdanning: true), Dato, Enslig, SatsFil.Les());
        var at = Beslagsfrihet.Vurder(new Beslagsgrunnlag(Formuesgodetype.Kjoretoy, new Belop(91_032.67m), NodvendigForArbeidEllerUtdanning: true), Dato, Enslig, SatsFil.Les());
        var notNeeded = Beslagsfrihet.Vurder(new Beslagsgrunnlag(Formuesgodetype.Kjoretoy, new Belop(40_000m)), Dato, Enslig, SatsFil.Les());

        under.Utfall.ShouldBe(Beslagsutfall.Beslagsfri);
        at.Utfall.ShouldBe(Beslagsutfall.KanTasUtleggI);
        at.Begrunnelse.ShouldBe("Nødvendig, men verdien er ikke under 2/3 G (91\u00A0032,67 kr).");
        notNeeded.Utfall.ShouldBe(Beslagsutfall.KanTasUtleggI);
    }

    [Fact]
    public void A_car_needed_because_of_documented_illness_is_free()
    {
        Beslagsfrihet.Vurder(new Beslagsgrunnlag(Formuesgodetype.Kjoretoy, new Belop(60_000m), NodvendigPaGrunnAvSykdomDokumentert: true), Dato, Enslig, SatsFil.Les())
            .Utfall.ShouldBe(Beslagsutfall.Beslagsfri);
    }

    [Fact]
    public void A_bank_deposit_is_free_up_to_two_months_of_livsopphold()
    {
        var result = Beslagsfrihet.Vurder(new Beslagsgrunnlag(Formuesgodetype.Bankinnskudd, new Belop(30_000m)), Dato, Enslig, SatsFil.Les());

        result.Utfall.ShouldBe(Beslagsutfall.DelvisBeslagsfri);
        result.BeslagsfrittBelop.Kroner.ShouldBe(21_448m);
        result.KanTasUtleggI.Kroner.ShouldBe(8_552m);
    }

    [Theory]
    [InlineData(Formuesgodetype.Innbo, false, Beslagsutfall.Beslagsfri)]
    [InlineData(Formuesgodetype.Innbo, true, Beslagsutfall.KanTasUtleggI)]
    [InlineData(Formuesgodetype.Klaer, false, Beslagsutfall.Beslagsfri)]
    [InlineData(Formuesgodetype.SaerligPersonligVerdi, false, Beslagsutfall.Beslagsfri)]
    [InlineData(Formuesgodetype.StipendEllerOffentligStotte, false, Beslagsutfall.Beslagsfri)]
    [InlineData(Formuesgodetype.FastEiendom, false, Beslagsutfall.KanTasUtleggI)]
    public void Household_goods_personal_items_and_support_are_free(Formuesgodetype type, bool svaertHoyVerdi, Beslagsutfall vurdering) =>
        Beslagsfrihet.Vurder(new Beslagsgrunnlag(type, new Belop(25_000m), SvaertHoyVerdi: svaertHoyVerdi), Dato, Enslig, SatsFil.Les()).Utfall.ShouldBe(vurdering);
}
