using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Namsmannen.Domain.Identifikatorer;

namespace Namsmannen.Domain.Tests.Identifikatorer;

public sealed class OrganisasjonsnummerTests
{
    [Theory]
    [InlineData("974760673")]
    [InlineData("923609016")]
    [InlineData("974 760 673")]
    public void Accepts_real_organisation_numbers(string nummer) =>
        Organisasjonsnummer.Parse(nummer).Verdi.ShouldBe(nummer.Replace(" ", string.Empty, StringComparison.Ordinal));

    [Theory]
    [InlineData("974760674", "Organisasjonsnummeret har feil kontrollsiffer.")]
    [InlineData("97476067", "Organisasjonsnummeret må ha 9 siffer.")]
    [InlineData("abcdefghi", "Organisasjonsnummeret må ha 9 siffer.")]
    public void Rejects_invalid_numbers_with_a_Norwegian_reason(string nummer, string reason)
    {
        Organisasjonsnummer.TryParse(nummer, out _, out var feil).ShouldBeFalse();
        feil.ShouldBe(reason);
    }

    [Fact]
    public void Eight_digits_whose_remainder_is_one_have_no_valid_control_digit()
    {
        // Weighted sum mod 11 = 1 would need control digit 10, which does not exist (Brønnøysundregistrene).
        var prefix = Enumerable.Range(10000000, 200).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .First(p => new[] { 3, 2, 7, 6, 5, 4, 3, 2 }.Select((w, i) => w * (p[i] - '0')).Sum() % 11 == 1);
        Organisasjonsnummer.Create(prefix).ShouldBeNull();
        for (var k = 0; k <= 9; k++)
        {
            Organisasjonsnummer.TryParse(prefix + k, out _, out _).ShouldBeFalse();
        }
    }

    [Property(MaxTest = 100)]
    public Property A_created_number_parses_and_any_single_changed_digit_makes_it_invalid()
    {
        var gen =
            from n in Gen.Choose(10000000, 99999999)
            from position in Gen.Choose(0, 8)
            from delta in Gen.Choose(1, 9)
            select (n, position, delta);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var orgnr = Organisasjonsnummer.Create(c.n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (orgnr is null)
            {
                return true;
            }

            var chars = orgnr.Verdi.ToCharArray();
            chars[c.position] = (char)('0' + (((chars[c.position] - '0') + c.delta) % 10));
            return Organisasjonsnummer.Parse(orgnr.Verdi) == orgnr && !Organisasjonsnummer.TryParse(new string(chars), out _, out _);
        });
    }
}
