using Namsmannen.Application.Features.Begjaringer;

namespace Namsmannen.Application.Tests.Features.Begjaringer;

public sealed class BegjaringLeserTests
{
    [Theory]
    [InlineData("12000.50", 12000.50)]
    [InlineData("12 000,50", 12000.50)]
    [InlineData("12\u00a0000,50", 12000.50)]
    [InlineData("12.000,50", 12000.50)]
    [InlineData("12,000.50", 12000.50)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("700", 700)]
    [InlineData("700 kr", 700)]
    public void Amounts_are_read_the_Norwegian_way_and_the_APIs_way(string tekst, double forventet)
    {
        BegjaringLeser.TryParseBelop(tekst, out var belop).ShouldBeTrue();
        belop.ShouldBe((decimal)forventet);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,2,3.4.5")]
    [InlineData("true")]
    public void Text_that_is_not_an_amount_is_refused(string tekst) => BegjaringLeser.TryParseBelop(tekst, out _).ShouldBeFalse();

    [Fact]
    public void A_row_is_refused_with_every_reason_at_once_each_naming_its_field()
    {
        var (begjaring, feil) = BegjaringLeser.Les(new Begjaringsrad { Type = "utlegging", Hovedstol = "0", Renter = "-1", Omkostninger = "1,005", VarselSendt = "2027-01-01" }, new DateOnly(2026, 11, 21));

        begjaring.ShouldBeNull();
        feil.Select(f => $"{f.Felt}:{f.Kode}").ShouldBe(
        [
            "referanse:PAKREVD", "type:UGYLDIG_VERDI", "skyldner.identifikator:PAKREVD", "skyldner.navn:PAKREVD", "skyldner.adresse:PAKREVD",
            "skyldner.postnummer:PAKREVD", "skyldner.poststed:PAKREVD", "grunnlag.type:PAKREVD", "varselSendt:DATO_FREM_I_TID",
            "krav.hovedstol:BELOP_MA_VAERE_POSITIVT", "krav.omkostninger:TVETYDIG_BELOP", "krav.renter:BELOP_NEGATIVT",
        ]);
        feil[1].Melding.ShouldBe("«utlegging» er ikke en gyldig verdi. Gyldige verdier: utlegg, tvangssalg, tilbakelevering.");
    }

    [Theory]
    [InlineData("2026-11-21", 2026, 11, 21)]
    [InlineData("21.11.2026", 2026, 11, 21)]
    [InlineData("1.2.2026", 2026, 2, 1)]
    [InlineData(" 2024-02-29 ", 2024, 2, 29)]
    public void Dates_are_read_as_iso_or_the_Norwegian_way(string tekst, int ar, int maned, int dag)
    {
        BegjaringLeser.TryParseDato(tekst, out var dato).ShouldBeTrue();
        dato.ShouldBe(new DateOnly(ar, maned, dag));
    }

    [Theory]
    [InlineData("2026-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("32.01.2026")]
    [InlineData("21.11.26")]
    [InlineData("2026/11/21")]
    [InlineData("i går")]
    [InlineData("")]
    public void Anything_else_is_not_a_date(string tekst) => BegjaringLeser.TryParseDato(tekst, out _).ShouldBeFalse();
}
