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

/// <summary>
/// The dates a klagefrist runs from or to: the decision (for tilbakelevering, the day the debtor received the letter
/// about it), the day tvangssalg was requested, and the day the sale price was paid out. Null when it has not happened.
/// </summary>
public sealed record Klagegrunnlag(DateOnly Avgjort, DateOnly? TvangssalgBegjart = null, DateOnly? Utbetalt = null);

public sealed record KlagefristVurdering(bool IRettTid, DateOnly? Frist, string Regel);

/// <summary>When a complaint must come, by what it concerns.</summary>
public static class Klagefrist
{
    // tvangsfullbyrdelsesloven § 5-16: klagefristen er én måned; seed 002/003 og domain.md § 9 for de andre reglene.
    // (interpretation, docs/domain.md) «til» og «før» en dag: en klage mottatt samme dag er i rett tid.
    public static KlagefristVurdering Vurder(Klagegjelder gjelder, Klagegrunnlag grunnlag, DateOnly klageMottatt)
    {
        switch (gjelder)
        {
            case Klagegjelder.ValgAvFormuesgode or Klagegjelder.IntetTilUtlegg:
                {
                    var frist = Frister.FristOmManeder(grunnlag.Avgjort, 1);
                    return new(klageMottatt <= frist, frist, "Én måned fra avgjørelsen.");
                }

            case Klagegjelder.Tilbakelevering:
                {
                    // seed 002: én måned fra den dagen skyldneren mottok brevet om at eiendelen er levert tilbake
                    var frist = Frister.FristOmManeder(grunnlag.Avgjort, 1);
                    return new(klageMottatt <= frist, frist, "Én måned fra skyldneren mottok brevet om tilbakeleveringen.");
                }

            case Klagegjelder.Utleggspant:
                // domain.md § 9: klage på utleggspant kan komme til tvangssalg er begjært
                return grunnlag.TvangssalgBegjart is { } begjart
                    ? new(klageMottatt <= begjart, begjart, "Til tvangssalg er begjært.")
                    : new(true, null, "Til tvangssalg er begjært.");
            case Klagegjelder.Utleggstrekk:
                return new(true, null, "Så lenge trekket løper.");
            default:
                // seed 002 / domain.md § 9: klage på tvangssalg må komme før salgssummen er utbetalt
                return grunnlag.Utbetalt is { } utbetalt
                    ? new(klageMottatt <= utbetalt, utbetalt, "Før salgssummen er utbetalt.")
                    : new(true, null, "Før salgssummen er utbetalt.");
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
