using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Begjaringer;

namespace Namsmannen.Application.Tests.Common;

/// <summary>Issue 12, L1: every CSV writer neutralises every formula start, by one rule.</summary>
public sealed class CsvcelleTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+47", "'+47")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("si \"hei\"", "\"si \"\"hei\"\"\"")]
    [InlineData("Ola Nordmann", "Ola Nordmann")]
    public void A_text_cell_that_Excel_would_read_as_a_formula_gets_an_apostrophe(string inn, string ut) => Csvcelle.Skriv(inn).ShouldBe(ut);

    [Fact]
    public void A_number_the_system_formats_keeps_its_sign()
    {
        Csvcelle.Skriv("-12,50", erTekst: false).ShouldBe("-12,50");
    }

    [Fact]
    public void The_result_file_of_an_upload_uses_the_rule()
    {
        var fil = System.Text.Encoding.UTF8.GetString(CsvFormat.Resultatfil([new Kvittering(1, "-cmd|' /C calc'!A0", Kvittering.Avvist, null, [])]));
        fil.ShouldContain("\n1;'-cmd|' /C calc'!A0;AVVIST;;;");
    }
}
