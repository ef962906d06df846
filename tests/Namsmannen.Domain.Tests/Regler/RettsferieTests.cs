using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Tests.Regler;

public sealed class RettsferieTests
{
    [Theory]
    // Forkynt 20.06.2026: the month runs 30 days (to 20.07). 21–30 June count 10; 1 July–15 August stand still;
    // the 20 days left run from 16 August, the 20th being Friday 04.09.2026. (Without rettsferie: Monday 20.07.)
    [InlineData("2026-06-20", "2026-09-04")]
    // Forkynt 10.12.2026: 31 days; 11–23 December count 13; 24.12–03.01 stand still; 18 left from 04.01 → Thursday 21.01.2027.
    [InlineData("2026-12-10", "2027-01-21")]
    // Easter 2026 is 5 April: rettsferie from Saturday 28 March to Easter Monday 6 April. Forkynt 20.03: 31 days;
    // 21–27 March count 7; 24 left from 7 April → Thursday 30.04.2026.
    [InlineData("2026-03-20", "2026-04-30")]
    // Forkynt inside rettsferie (10.07): the frist starts when it ends (15.08) and runs a month from there, to Tuesday 15.09.
    [InlineData("2026-07-10", "2026-09-15")]
    // No rettsferie in the way: one month, moved past Sunday 01.11.2026 to Monday 02.11.
    [InlineData("2026-10-01", "2026-11-02")]
    public void The_ankefrist_stands_still_in_rettsferie_and_the_rest_runs_after_it(string forkynt, string ute) =>
        Rettsferie.FristOmManeder(DateOnly.Parse(forkynt, System.Globalization.CultureInfo.InvariantCulture), 1)
            .ShouldBe(DateOnly.Parse(ute, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2026-03-27", false)]
    [InlineData("2026-03-28", true)] // the Saturday before Palm Sunday
    [InlineData("2026-04-06", true)] // Easter Monday
    [InlineData("2026-04-07", false)]
    [InlineData("2026-07-01", true)]
    [InlineData("2026-08-15", true)]
    [InlineData("2026-08-16", false)]
    [InlineData("2026-12-23", false)]
    [InlineData("2026-12-24", true)]
    [InlineData("2027-01-03", true)]
    [InlineData("2027-01-04", false)]
    public void Rettsferie_is_the_three_periods_of_domstolloven_140(string dato, bool iFerie) =>
        Rettsferie.Inneholder(DateOnly.Parse(dato, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(iFerie);

    [Fact]
    public void A_dom_forkynt_20_June_is_enforceable_only_in_September_and_the_message_says_when()
    {
        var dom = new Tvangsgrunnlag(Grunnlagstype.Dom, Forkynt: new DateOnly(2026, 6, 20));

        // Before the correction the ankefrist ended 20.07, and a begjæring on 01.08 was accepted.
        var august = Tvangskraft.Vurder(new DateOnly(2026, 8, 1), [dom], null);
        august.Tvangskraftig.ShouldBeFalse();
        august.Grunner.Single().ShouldBe(new Grunn(Tvangskraft.IkkeRettskraftig,
            "Avgjørelsen er ikke rettskraftig før ankefristen går ut 04.09.2026. Rettsferien regnes ikke med i ankefristen (domstolloven § 140)."));
        august.TidligsteBegjaring.ShouldBe(new DateOnly(2026, 9, 5));

        Tvangskraft.Vurder(new DateOnly(2026, 9, 4), [dom], null).Tvangskraftig.ShouldBeFalse();
        Tvangskraft.Vurder(new DateOnly(2026, 9, 5), [dom], null).Tvangskraftig.ShouldBeTrue();
    }

    [Fact]
    public void A_fresh_varsel_is_needed_a_year_after_the_dom_could_first_be_enforced_not_a_year_after_forkynnelse()
    {
        // Forkynt Friday 10.01.2025; ankefrist Monday 10.02.2025, so it can first be enforced 11.02.2025 (§ 4-19 (1)).
        var dom = new Tvangsgrunnlag(Grunnlagstype.Dom, Forkynt: new DateOnly(2025, 1, 10));

        // 20.01.2026 is more than a year after forkynnelse but less than a year after 11.02.2025: no varsel needed.
        // (Counted from forkynnelse, as before the correction, it was refused with VARSEL_MANGLER.)
        Tvangskraft.Vurder(new DateOnly(2026, 1, 20), [dom], null).Tvangskraftig.ShouldBeTrue();
        Tvangskraft.Vurder(new DateOnly(2026, 2, 11), [dom], null).Tvangskraftig.ShouldBeTrue();
        Tvangskraft.Vurder(new DateOnly(2026, 2, 12), [dom], null).Grunner.Select(g => g.Kode).ShouldBe([Tvangskraft.VarselMangler]);
    }
}
