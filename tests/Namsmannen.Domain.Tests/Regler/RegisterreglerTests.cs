using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Tests.Regler;

public sealed class RegisterreglerTests
{
    [Theory]
    [InlineData(Registerutfall.UtleggspantFastEiendom, Register.Grunnboken, null)]
    [InlineData(Registerutfall.UtleggspantBorettslag, Register.Grunnboken, null)]
    [InlineData(Registerutfall.UtleggspantAnnet, Register.Losoreregisteret, "2031-11-21")]
    [InlineData(Registerutfall.Utleggstrekk, Register.Losoreregisteret, null)]
    [InlineData(Registerutfall.IntetTilUtlegg, Register.Losoreregisteret, "2029-11-21")]
    public void Each_outcome_is_registered_and_deleted_by_its_rule(Registerutfall utfall, Register register, string? slettes)
    {
        var entry = Registerregler.Oppforing(utfall, new DateOnly(2026, 11, 21));

        entry.Register.ShouldBe(register);
        entry.Slettes.ShouldBe(slettes is null ? null : DateOnly.Parse(slettes, System.Globalization.CultureInfo.InvariantCulture));
    }
}
