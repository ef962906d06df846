using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Namsmannen.Domain.Identifikatorer;

namespace Namsmannen.Domain.Tests.Identifikatorer;

public sealed class FodselsnummerTests
{
    [Theory]
    [InlineData("01010750160", FodselsnummerType.Fodselsnummer)]
    [InlineData("15076500565", FodselsnummerType.Fodselsnummer)]
    [InlineData("41010750154", FodselsnummerType.DNummer)]
    [InlineData("01410750143", FodselsnummerType.SyntetiskNav)]
    [InlineData("01810750126", FodselsnummerType.SyntetiskSkatteetaten)]
    public void Accepts_valid_numbers_and_tells_their_kind(string nummer, FodselsnummerType type)
    {
        Fodselsnummer.TryParse(nummer, out var fnr, out var feil).ShouldBeTrue(feil);
        fnr.Type.ShouldBe(type);
        fnr.Verdi.ShouldBe(nummer);
    }

    [Theory]
    [InlineData("01010750161", "Fødselsnummeret har feil kontrollsiffer.")]
    [InlineData("0101075016", "Fødselsnummeret må ha 11 siffer.")]
    [InlineData("0101075016a", "Fødselsnummeret må ha 11 siffer.")]
    [InlineData("", "Fødselsnummeret må ha 11 siffer.")]
    [InlineData("32010750112", "Fødselsnummeret inneholder ikke en gyldig dato.")]
    public void Rejects_invalid_numbers_with_a_Norwegian_reason(string nummer, string reason)
    {
        Fodselsnummer.TryParse(nummer, out _, out var feil).ShouldBeFalse();
        feil.ShouldBe(reason);
        Should.Throw<DomainException>(() => Fodselsnummer.Parse(nummer)).Message.ShouldBe(reason);
    }

    [Fact]
    public void Accepts_the_four_control_values_of_the_2032_rule()
    {
        // The weighted sum of digits 1–10 with [3,7,6,1,8,9,4,5,2,1] may be 0, 1, 2 or 3 mod 11 (domain.md § 10).
        var accepted = 0;
        for (var k1 = 0; k1 <= 9; k1++)
        {
            var first10 = "010107501" + k1;
            var digits = first10.Select(c => c - '0').ToArray();
            int[] w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
            var k2 = 11 - (w2.Select((w, i) => w * digits[i]).Sum() % 11);
            if (k2 == 10)
            {
                continue;
            }

            var nummer = first10 + (k2 == 11 ? 0 : k2);
            int[] w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
            var rest = w1.Select((w, i) => w * digits[i]).Sum() % 11;
            Fodselsnummer.TryParse(nummer, out _, out _).ShouldBe(rest <= 3, nummer);
            accepted += rest <= 3 ? 1 : 0;
        }

        accepted.ShouldBeGreaterThan(1, "more than the one pre-2032 control digit must pass");
    }

    [Fact]
    public void Masks_the_personal_number_in_lists_and_logs()
    {
        Fodselsnummer.Parse("01010750160").Maskert.ShouldBe("010107 *****");
        Fodselsnummer.Parse("01010750160").ToString().ShouldBe("010107 *****");
    }

    [Property(MaxTest = 100)]
    public Property A_valid_number_round_trips_and_any_single_changed_digit_makes_it_invalid()
    {
        var gen =
            from day in Gen.Choose(0, 3650 * 8)
            from individ in Gen.Choose(0, 999)
            from type in Gen.Elements(Enum.GetValues<FodselsnummerType>())
            from position in Gen.Choose(0, 10)
            from delta in Gen.Choose(1, 9)
            select (Dato: new DateOnly(1940, 1, 1).AddDays(day), individ, type, position, delta);

        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var fnr = Fodselsnummer.Create(c.Dato, c.individ, c.type);
            if (fnr is null)
            {
                return true; // No valid number exists for this individnummer: nothing to check.
            }

            var roundTrip = Fodselsnummer.Parse(fnr.Verdi);
            var chars = fnr.Verdi.ToCharArray();
            chars[c.position] = (char)('0' + (((chars[c.position] - '0') + c.delta) % 10));
            return roundTrip == fnr && roundTrip.Type == c.type && !Fodselsnummer.TryParse(new string(chars), out _, out _);
        });
    }
}
