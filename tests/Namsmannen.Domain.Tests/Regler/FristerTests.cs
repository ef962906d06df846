using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Tests.Regler;

public sealed class FristerTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_Sunday(int ar, int maned, int dag) => Frister.Paskedag(ar).ShouldBe(new DateOnly(ar, maned, dag));

    [Fact]
    public void The_public_holidays_of_2026()
    {
        Frister.Helligdager(2026).Order().ShouldBe(
        [
            new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 5), new DateOnly(2026, 4, 6),
            new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 14), new DateOnly(2026, 5, 17), new DateOnly(2026, 5, 24), new DateOnly(2026, 5, 25),
            new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26),
        ]);
    }

    [Fact]
    public void A_deadline_on_Good_Friday_moves_past_Easter_to_the_Tuesday()
    {
        // 20 March + 14 days = Good Friday 3 April; Saturday, Easter Sunday and Easter Monday follow.
        Frister.FristOmDager(new DateOnly(2026, 3, 20), 14).ShouldBe(new DateOnly(2026, 4, 7));
    }

    [Fact]
    public void A_deadline_on_a_weekend_or_17_May_moves_to_the_next_working_day()
    {
        Frister.NesteVirkedag(new DateOnly(2026, 5, 16)).ShouldBe(new DateOnly(2026, 5, 18));
        Frister.NesteVirkedag(new DateOnly(2027, 5, 17)).ShouldBe(new DateOnly(2027, 5, 18));
        Frister.NesteVirkedag(new DateOnly(2026, 12, 24)).ShouldBe(new DateOnly(2026, 12, 24), "Christmas Eve is not a public holiday");
        Frister.FristOmManeder(new DateOnly(2026, 10, 1), 1).ShouldBe(new DateOnly(2026, 11, 2), "1 November 2026 is a Sunday");
    }

    [Theory]
    // Saturday 21.11.2026: five working days on is Friday 27.11, five back is Monday 16.11.
    [InlineData("2026-11-21", 5, "2026-11-27")]
    [InlineData("2026-11-21", -5, "2026-11-16")]
    // Over Christmas: from Wednesday 23.12.2026, Thursday 24.12 is a working day; Friday 25.12 is a holiday, then the weekend.
    [InlineData("2026-12-23", 2, "2026-12-28")]
    [InlineData("2026-12-28", -2, "2026-12-23")]
    [InlineData("2026-11-21", 0, "2026-11-21")]
    public void Working_days_are_counted_past_weekends_and_holidays_both_ways(string fra, int antall, string til) =>
        Frister.LeggTilVirkedager(DateOnly.Parse(fra, System.Globalization.CultureInfo.InvariantCulture), antall)
            .ShouldBe(DateOnly.Parse(til, System.Globalization.CultureInfo.InvariantCulture));
}
