using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Domain.Tests.Saker;

public sealed class SaksnummerTests
{
    private static readonly Domain.Regler.Tvangsgrunnlag Grunnlag = new(Domain.Regler.Grunnlagstype.Skriftstykke, Forfall: new DateOnly(2026, 9, 1));

    [Fact]
    public void Formats_year_and_running_number()
    {
        Saksnummer.Create(new DateOnly(2026, 11, 21), 4211).ToString().ShouldBe("26-004211");
        Saksnummer.Create(new DateOnly(2027, 1, 1), 12_345_678).ToString().ShouldBe("27-12345678");
    }

    [Theory]
    [InlineData("26-004211", true)]
    [InlineData("26-4211", false)]
    [InlineData("2026-004211", false)]
    [InlineData("26-00421x", false)]
    [InlineData("26-000000", false)]
    public void Parses_only_well_formed_numbers(string input, bool valid)
    {
        Saksnummer.TryParse(input, out var parsed).ShouldBe(valid);
        if (valid)
        {
            parsed.ToString().ShouldBe(input);
        }
    }

    [Fact]
    public void A_case_cannot_be_received_with_a_non_positive_principal_or_fractions_of_an_ore()
    {
        var nr = Saksnummer.Create(new DateOnly(2026, 11, 21), 1);
        Should.Throw<DomainException>(() => Sak.Motta(Guid.NewGuid(), nr, Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo, Begjaringstype.Utlegg, 0m, 0m, 0m, "R1", new DateOnly(2026, 11, 21), Grunnlag, new DateOnly(2026, 10, 1), Mottakskanal.Skjema))
            .Message.ShouldBe("Hovedstolen må være større enn 0 kr.");
        Should.Throw<DomainException>(() => Sak.Motta(Guid.NewGuid(), nr, Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo, Begjaringstype.Utlegg, 100.005m, 0m, 0m, "R1", new DateOnly(2026, 11, 21), Grunnlag, new DateOnly(2026, 10, 1), Mottakskanal.Skjema))
            .Message.ShouldBe("Beløp kan ikke ha mer enn to desimaler (øre).");
        var sak = Sak.Motta(Guid.NewGuid(), nr, Guid.NewGuid(), Guid.NewGuid(), Kontorinndeling.Oslo, Begjaringstype.Utlegg, 10_000m, 312.50m, 700m, "R1", new DateOnly(2026, 11, 21), Grunnlag, new DateOnly(2026, 10, 1), Mottakskanal.Skjema);
        sak.Krav.ShouldBe(new Belop(11_012.50m));
        sak.Stadium.ShouldBe(Saksstadium.BegjaringMottatt);
    }
}
