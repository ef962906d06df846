using Namsmannen.Application.Satser;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Tests.Regler;

public sealed class ForsinkelsesrenteTests
{
    private static readonly Satsbok Satser = SatsFil.Les();

    [Fact]
    public void Interest_is_split_at_each_rate_change_and_each_part_rounded_to_the_ore()
    {
        // 10 000 × 12,50 % × 61/365 = 208,904… → 208,90
        // 10 000 × 12,25 % × 184/365 = 617,534… → 617,53
        // 10 000 × 12,00 % × 59/365 = 193,972… → 193,97
        var result = Forsinkelsesrente.Beregn(new Belop(10_000m), new DateOnly(2025, 5, 1), new DateOnly(2026, 3, 1), Satser);

        result.Perioder.Select(p => (p.Fra, p.Til, p.Sats, p.Dager, p.Renter.Kroner)).ShouldBe(
        [
            (new DateOnly(2025, 5, 1), new DateOnly(2025, 7, 1), 12.50m, 61, 208.90m),
            (new DateOnly(2025, 7, 1), new DateOnly(2026, 1, 1), 12.25m, 184, 617.53m),
            (new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1), 12.00m, 59, 193.97m),
        ]);
        result.Renter.Kroner.ShouldBe(1_020.40m);
        result.Perioder[1].AvledetSats.ShouldBeTrue();
    }

    [Fact]
    public void The_first_day_counts_and_the_last_does_not()
    {
        var oneDay = Forsinkelsesrente.Beregn(new Belop(365_000m), new DateOnly(2018, 3, 1), new DateOnly(2018, 3, 2), Satser);
        oneDay.Renter.Kroner.ShouldBe(85.00m); // 365 000 × 8,5 % / 365
        Forsinkelsesrente.Beregn(new Belop(365_000m), new DateOnly(2018, 3, 1), new DateOnly(2018, 3, 1), Satser).Renter.ShouldBe(Belop.Null);
    }

    [Fact]
    public void Interest_into_a_half_year_without_a_rate_is_refused_not_guessed()
    {
        Should.Throw<DomainException>(() => Forsinkelsesrente.Beregn(new Belop(10_000m), new DateOnly(2026, 1, 1), new DateOnly(2026, 8, 1), Satser))
            .Message.ShouldBe("Forsinkelsesrenten fra 1. juli 2026 mangler, så forsinkelsesrenten for 1. juli 2026 er ukjent.");
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        Should.Throw<DomainException>(() => Forsinkelsesrente.Beregn(new Belop(1m), new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 1), Satser))
            .Message.ShouldBe("Periodens sluttdato kan ikke være før startdatoen.");
    }
}
