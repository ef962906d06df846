namespace Namsmannen.Domain.Regler;

/// <summary>What a complaint is about (domain.md § 9).</summary>
public enum Klagegjelder
{
    ValgAvFormuesgode,
    IntetTilUtlegg,
    Utleggspant,
    Utleggstrekk,
    Tvangssalg,
    Tilbakelevering,
}

public sealed record KlagefristVurdering(bool IRettTid, DateOnly? Frist, string Regel);

/// <summary>When a complaint must come, by what it concerns.</summary>
public static class Klagefrist
{
    // tvangsfullbyrdelsesloven § 5-16: klagefristen er én måned; seed 002/003 og domain.md § 9 for de andre reglene
    public static KlagefristVurdering Vurder(Klagegjelder gjelder, DateOnly avgjort, DateOnly klageMottatt)
    {
        switch (gjelder)
        {
            case Klagegjelder.ValgAvFormuesgode or Klagegjelder.IntetTilUtlegg or Klagegjelder.Tilbakelevering:
                var frist = Frister.FristOmManeder(avgjort, 1);
                return new(klageMottatt <= frist, frist, "Én måned fra avgjørelsen.");
            case Klagegjelder.Utleggspant:
                return new(true, null, "Til tvangssalg er begjært.");
            case Klagegjelder.Utleggstrekk:
                return new(true, null, "Så lenge trekket løper.");
            default:
                return new(true, null, "Før salgssummen er utbetalt.");
        }
    }

    public static string Navn(this Klagegjelder gjelder) => gjelder switch
    {
        Klagegjelder.ValgAvFormuesgode => "Valg av formuesgode",
        Klagegjelder.IntetTilUtlegg => "Intet til utlegg",
        Klagegjelder.Utleggspant => "Utleggspant",
        Klagegjelder.Utleggstrekk => "Utleggstrekk",
        Klagegjelder.Tvangssalg => "Tvangssalg",
        _ => "Tilbakelevering",
    };
}
