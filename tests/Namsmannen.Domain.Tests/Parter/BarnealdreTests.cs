using Namsmannen.Domain.Parter;
using Shouldly;

namespace Namsmannen.Domain.Tests.Parter;

public sealed class BarnealdreTests
{
    [Theory]
    [InlineData("3, 8", new[] { 3, 8 })]
    [InlineData("8,3", new[] { 8, 3 })]
    [InlineData(" 4; 9 12 ", new[] { 4, 9, 12 })]
    [InlineData("", new int[0])]
    [InlineData(null, new int[0])]
    public void Ages_are_read_as_typed(string? tekst, int[] aldre)
    {
        Barnealdre.TryLes(tekst, out var lest).ShouldBeTrue();
        lest.ShouldBe(aldre);
    }

    [Theory]
    [InlineData("tre")]
    [InlineData("3, åtte")]
    [InlineData("-1")]
    [InlineData("123")]
    [InlineData("99999999999999")]
    [InlineData("3.5")]
    public void What_is_not_an_age_is_refused(string tekst)
    {
        Barnealdre.TryLes(tekst, out var lest).ShouldBeFalse();
        lest.ShouldBeEmpty();
    }

    [Fact]
    public void The_household_counts_the_stored_ages()
    {
        Barnealdre.Skriv([8, 3]).ShouldBe("8, 3");
        new Husstandsopplysninger(30_000m, false, false, "8, 3", null, 0m, new DateOnly(2026, 12, 3)).TilHusstand().BarnAlder.ShouldBe([8, 3]);
    }
}
