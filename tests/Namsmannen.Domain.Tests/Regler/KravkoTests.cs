using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Tests.Regler;

public sealed class KravkoTests
{
    private static readonly KravIKo[] Krav =
    [
        new("26-000010", Kravklasse.AndreKrav, new DateOnly(2026, 2, 1), new Belop(5_000m)),
        new("26-000020", Kravklasse.Bidrag, new DateOnly(2026, 3, 1), new Belop(3_000m)),
        new("26-000005", Kravklasse.SkattOgAvgifter, new DateOnly(2026, 1, 15), new Belop(10_000m)),
        new("26-000009", Kravklasse.AndreKrav, new DateOnly(2026, 2, 1), new Belop(2_000m)),
    ];

    [Fact]
    public void Claims_queue_by_priority_class_then_trekk_date_then_case_number()
    {
        Kravko.Ordne(Krav).Select(k => k.Saksnummer).ShouldBe(["26-000020", "26-000005", "26-000009", "26-000010"]);
    }

    [Fact]
    public void A_months_trekk_settles_the_first_claim_before_the_next()
    {
        var dekning = Kravko.FordelManedstrekk(new Belop(6_000m), Krav);

        dekning.Select(d => (d.Saksnummer, d.Dekket.Kroner, d.GjenstaarEtter.Kroner)).ShouldBe(
        [
            ("26-000020", 3_000m, 0m),
            ("26-000005", 3_000m, 7_000m),
            ("26-000009", 0m, 2_000m),
            ("26-000010", 0m, 5_000m),
        ]);
    }
}
