using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Tests.Regler;

public sealed class TvangskraftTests
{
    private static readonly Tvangsgrunnlag Skriftstykke = new(Grunnlagstype.Skriftstykke, Forfall: new DateOnly(2026, 1, 10));

    private static IEnumerable<string> Koder(Tvangskraftvurdering v) => v.Grunner.Select(g => g.Kode);

    [Fact]
    public void A_due_claim_with_a_timely_varsel_is_enforceable_and_gives_its_window()
    {
        var v = Tvangskraft.Vurder(new DateOnly(2026, 2, 1), [Skriftstykke], varselSendt: new DateOnly(2026, 1, 15));

        v.Tvangskraftig.ShouldBeTrue();
        v.Grunner.ShouldBeEmpty();
        v.TidligsteBegjaring.ShouldBe(new DateOnly(2026, 1, 29));
        v.SenesteBegjaring.ShouldBe(new DateOnly(2027, 1, 29));
        v.Foreldes.ShouldBe(new DateOnly(2029, 1, 10));
    }

    [Theory]
    [InlineData("2026-01-20", "2026-01-15", Tvangskraft.VarselfristLoper)]
    [InlineData("2026-02-01", "2026-01-05", Tvangskraft.VarselForForfall)]
    [InlineData("2027-01-30", "2026-01-15", Tvangskraft.VarselUtlopt)]
    [InlineData("2026-02-01", null, Tvangskraft.VarselMangler)]
    public void The_4_18_varsel_rules_each_have_their_reason(string dato, string? varsel, string kode)
    {
        var v = Tvangskraft.Vurder(D(dato), [Skriftstykke], varsel is null ? null : D(varsel));

        v.Tvangskraftig.ShouldBeFalse();
        Koder(v).ShouldBe([kode]);
    }

    [Fact]
    public void The_varsel_window_is_inclusive_at_both_ends()
    {
        Tvangskraft.Vurder(new DateOnly(2026, 1, 29), [Skriftstykke], new DateOnly(2026, 1, 15)).Tvangskraftig.ShouldBeTrue();
        Tvangskraft.Vurder(new DateOnly(2027, 1, 29), [Skriftstykke], new DateOnly(2026, 1, 15)).Tvangskraftig.ShouldBeTrue();
    }

    [Fact]
    public void A_claim_past_three_years_is_rejected_as_time_barred()
    {
        var v = Tvangskraft.Vurder(new DateOnly(2026, 11, 1), [new Tvangsgrunnlag(Grunnlagstype.EksigibeltGjeldsbrev, Forfall: new DateOnly(2022, 6, 1))], new DateOnly(2026, 10, 1));

        Koder(v).ShouldBe([Tvangskraft.Foreldet]);
        v.Grunner.Single().Melding.ShouldBe("Kravet ble foreldet 01.06.2025 (foreldelsesloven § 2).");
    }

    [Fact]
    public void A_judgment_is_enforceable_after_the_appeal_period_and_the_time_to_pay()
    {
        var dom = new Tvangsgrunnlag(Grunnlagstype.Dom, Forkynt: new DateOnly(2026, 10, 1));

        var early = Tvangskraft.Vurder(new DateOnly(2026, 10, 15), [dom], null);
        Koder(early).ShouldBe([Tvangskraft.IkkeRettskraftig, Tvangskraft.OppfyllelsesfristLoper]);
        early.Grunner[0].Melding.ShouldBe("Avgjørelsen er ikke rettskraftig før ankefristen går ut 02.11.2026.");

        // 1 November 2026 is a Sunday: the appeal period runs to Monday 2 November.
        Tvangskraft.Vurder(new DateOnly(2026, 11, 2), [dom], null).Tvangskraftig.ShouldBeFalse();
        var ready = Tvangskraft.Vurder(new DateOnly(2026, 11, 3), [dom], null);
        ready.Tvangskraftig.ShouldBeTrue();
        ready.TidligsteBegjaring.ShouldBe(new DateOnly(2026, 11, 3));
        ready.Foreldes.ShouldBe(new DateOnly(2036, 10, 15));
    }

    [Fact]
    public void A_judgment_older_than_a_year_needs_a_fresh_varsel()
    {
        var dom = new Tvangsgrunnlag(Grunnlagstype.Dom, Forkynt: new DateOnly(2024, 1, 10));

        Koder(Tvangskraft.Vurder(new DateOnly(2026, 11, 1), [dom], null)).ShouldBe([Tvangskraft.VarselMangler]);
        Tvangskraft.Vurder(new DateOnly(2026, 11, 1), [dom], new DateOnly(2026, 10, 1)).Tvangskraftig.ShouldBeTrue();
    }

    [Fact]
    public void A_skriftstykke_cannot_be_combined_with_a_judgment()
    {
        var dom = new Tvangsgrunnlag(Grunnlagstype.Dom, Forkynt: new DateOnly(2025, 12, 1));

        var v = Tvangskraft.Vurder(new DateOnly(2026, 2, 1), [Skriftstykke, dom], new DateOnly(2026, 1, 15));

        Koder(v).ShouldBe([Tvangskraft.UgyldigKombinasjon]);
    }

    [Fact]
    public void Missing_dates_and_a_missing_basis_are_named()
    {
        Koder(Tvangskraft.Vurder(new DateOnly(2026, 2, 1), [], null)).ShouldBe([Tvangskraft.ManglerGrunnlag]);
        Koder(Tvangskraft.Vurder(new DateOnly(2026, 2, 1), [new Tvangsgrunnlag(Grunnlagstype.Dom)], null)).ShouldBe([Tvangskraft.ManglerForkynnelse]);
        Koder(Tvangskraft.Vurder(new DateOnly(2026, 2, 1), [new Tvangsgrunnlag(Grunnlagstype.Avtalepant)], null)).ShouldBe([Tvangskraft.ManglerForfall]);
    }

    [Fact]
    public void A_pledge_is_not_time_barred_but_needs_default_and_varsel()
    {
        var pant = new Tvangsgrunnlag(Grunnlagstype.Avtalepant, Forfall: new DateOnly(2020, 1, 1));

        Tvangskraft.Vurder(new DateOnly(2026, 2, 1), [pant], new DateOnly(2026, 1, 1)).Tvangskraftig.ShouldBeTrue();
        Koder(Tvangskraft.Vurder(new DateOnly(2019, 12, 1), [pant], null)).ShouldBe([Tvangskraft.IkkeForfalt, Tvangskraft.VarselMangler]);
    }

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
