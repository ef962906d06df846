using Namsmannen.Domain.Penger;

namespace Namsmannen.Domain.Tests.Penger;

public sealed class BelopstekstTests
{
    [Theory]
    [InlineData("12000", 12000)]
    [InlineData("12 000", 12000)]
    [InlineData("12\u00a0000,50", 12000.50)]
    [InlineData("12000,50", 12000.50)]
    [InlineData("12000.5", 12000.5)]
    [InlineData("12.345,67", 12345.67)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("700 kr", 700)]
    [InlineData("0,01", 0.01)]
    [InlineData("-5", -5)]
    public void Amounts_in_the_accepted_forms_are_read(string tekst, double forventet)
    {
        Belopstekst.TryLes(tekst, out var belop, out _).ShouldBeTrue();
        belop.ShouldBe((decimal)forventet);
    }

    [Theory]
    // In a trial "12.000" was stored as 12,00 kr through every door; it could mean twelve thousand.
    [InlineData("12.000", Belopsfeil.Tvetydig)]
    [InlineData("1,500", Belopsfeil.Tvetydig)]
    [InlineData("1,005", Belopsfeil.Tvetydig)]
    [InlineData("12000,505", Belopsfeil.ForMangeDesimaler)]
    [InlineData("12 000,505", Belopsfeil.ForMangeDesimaler)]
    [InlineData("1.234.56", Belopsfeil.Ugyldig)]
    [InlineData("12,000,00", Belopsfeil.Ugyldig)]
    [InlineData("abc", Belopsfeil.Ugyldig)]
    [InlineData("", Belopsfeil.Ugyldig)]
    public void Ambiguous_and_malformed_amounts_are_refused_with_the_reason(string tekst, Belopsfeil grunn)
    {
        Belopstekst.TryLes(tekst, out _, out var feil).ShouldBeFalse();
        feil.ShouldBe(grunn);
    }

    [Fact]
    public void The_message_names_what_was_written_and_the_accepted_forms() =>
        Belopstekst.Melding(Belopsfeil.Tvetydig, "12.000", "beløpet").ShouldBe("«12.000» kan leses på to måter. Skriv beløpet som 12000, 12 000 eller 12000,50.");
}
