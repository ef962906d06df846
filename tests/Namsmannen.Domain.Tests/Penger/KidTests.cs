using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Domain.Tests.Penger;

public sealed class KidTests
{
    [Fact]
    public void A_cases_KID_is_its_saksnummer_with_a_MOD10_check_digit_and_names_the_case_back()
    {
        var saksnummer = Saksnummer.Create(new DateOnly(2026, 12, 2), 199);

        var kid = Kid.For(saksnummer);

        // 26000199: Luhn from the right 9·2=18→9, 9, 1·2=2, 0, 0, 0, 6·2=12→3, 2 = 25, so the check digit is 5.
        kid.ShouldBe("260001995");
        Kid.ErGyldig(kid).ShouldBeTrue();
        Kid.Saksnummer(kid).ShouldBe("26-000199");
    }

    [Theory]
    [InlineData("260001994", false)] // wrong check digit
    [InlineData("12345678903", true)] // MOD11: weights 2–7 from the right give 3
    [InlineData("1234567897", true)] // MOD10
    [InlineData("26-0001995", false)]
    [InlineData("1", false)]
    [InlineData("", false)]
    public void A_KID_is_accepted_only_with_a_valid_MOD10_or_MOD11_check_digit(string kid, bool gyldig) =>
        Kid.ErGyldig(kid).ShouldBe(gyldig);
}
