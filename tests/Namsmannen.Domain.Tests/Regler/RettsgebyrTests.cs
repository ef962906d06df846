using Namsmannen.Application.Satser;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Tests.Regler;

public sealed class RettsgebyrTests
{
    private static readonly Satsbok Satser = SatsFil.Les();

    [Theory]
    [InlineData(RettsgebyrSteg.Utlegg, "2026-11-21", 1345, 1.21, 1627)] // 1 627,45 → 1 627
    [InlineData(RettsgebyrSteg.Utlegg, "2020-06-01", 1172, 1.7, 1992)] // 1 992,40 → 1 992
    [InlineData(RettsgebyrSteg.Utlegg, "2016-03-01", 1025, 1.7, 1742)] // seed 003: 1 742,50 → 1 742 (half up gave 1 743)
    [InlineData(RettsgebyrSteg.Utlegg, "2021-03-01", 1199, 1.25, 1498)] // 1 498,75 → 1 498 (half up gave 1 499)
    [InlineData(RettsgebyrSteg.Utlegg, "2022-01-01", 1223, 1.21, 1479)] // 1 479,83 → 1 479 (half up gave 1 480)
    [InlineData(RettsgebyrSteg.TvangssalgLosoreBegjaering, "2026-11-21", 1345, 1.25, 1681)] // 1 681,25 → 1 681
    [InlineData(RettsgebyrSteg.TvangssalgLosoreGjennomfort, "2026-11-21", 1345, 2.2, 2959)]
    [InlineData(RettsgebyrSteg.Tilbakelevering, "2016-01-01", 1025, 1.25, 1281)] // 1 281,25 → 1 281
    [InlineData(RettsgebyrSteg.TvangssalgFastEiendomBegjaering, "2026-11-21", 1345, 1.1, 1479)] // 1 479,50 → 1 479 (half up gave 1 480)
    [InlineData(RettsgebyrSteg.TvangssalgFastEiendomGjennomfort, "2026-11-21", 1345, 6.3, 8473)] // 8 473,50 → 8 473 (half up gave 8 474)
    [InlineData(RettsgebyrSteg.Klage, "2026-11-21", 1345, 1.0, 1345)]
    public void A_fee_is_the_step_multiple_of_R_on_the_date_rounded_down_to_whole_kroner(RettsgebyrSteg steg, string dato, int r, double multiplikator, int belop)
    {
        var result = Rettsgebyr.Beregn(steg, DateOnly.Parse(dato, System.Globalization.CultureInfo.InvariantCulture), Satser);

        result.Rettsgebyr.ShouldBe(r);
        result.Multiplikator.ShouldBe((decimal)multiplikator);
        result.Belop.Kroner.ShouldBe(belop);
    }

    [Fact]
    public void A_fee_for_a_year_without_R_is_refused()
    {
        Should.Throw<DomainException>(() => Rettsgebyr.Beregn(RettsgebyrSteg.Utlegg, new DateOnly(2027, 1, 4), Satser))
            .Message.ShouldBe("Rettsgebyret fra 1. januar 2027 mangler, så rettsgebyret for 4. januar 2027 er ukjent.");
    }
}
