namespace Namsmannen.Domain.Regler;

public enum Registerutfall
{
    UtleggspantFastEiendom,
    UtleggspantBorettslag,
    UtleggspantAnnet,
    Utleggstrekk,
    IntetTilUtlegg,
}

public enum Register
{
    Grunnboken,
    Losoreregisteret,
}

public sealed record Registeroppforing(Register Register, DateOnly Registrert, DateOnly? Slettes, string Sletting);

/// <summary>Where an outcome is registered and when the entry goes away (domain.md § 8, seed 003).</summary>
public static class Registrering
{
    public static Registeroppforing For(Registerutfall utfall, DateOnly registrert) => utfall switch
    {
        // tinglysingsloven: utleggspant i fast eiendom og borettslag står til kreditor sender slettemelding
        Registerutfall.UtleggspantFastEiendom or Registerutfall.UtleggspantBorettslag =>
            new(Register.Grunnboken, registrert, null, "Når kreditor sender slettemelding."),
        // løsøreregisterloven: annet utleggspant slettes automatisk etter 5 år
        Registerutfall.UtleggspantAnnet => new(Register.Losoreregisteret, registrert, registrert.AddYears(5), "Automatisk etter 5 år."),
        // seed 003: utleggstrekk slettes ved elektronisk slettemelding fra namsmannen
        Registerutfall.Utleggstrekk => new(Register.Losoreregisteret, registrert, null, "Ved elektronisk slettemelding fra namsmannen."),
        // seed 003: intet til utlegg slettes etter 3 år, eller når kravet er betalt
        Registerutfall.IntetTilUtlegg => new(Register.Losoreregisteret, registrert, registrert.AddYears(3), "Etter 3 år, eller når kravet er betalt."),
        _ => throw new ArgumentOutOfRangeException(nameof(utfall)),
    };
}
