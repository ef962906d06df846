using Namsmannen.Domain.Saker;

namespace Namsmannen.Domain.Regler;

/// <summary>Which kind of tvangsgrunnlag a begjæring of each kind can rest on (domain.md § 3, the table of kinds).</summary>
public static class Begjaringskrav
{
    public const string GrunnlagPasserIkke = "GRUNNLAG_PASSER_IKKE";

    public static bool PasserTil(Begjaringstype type, Grunnlagstype grunnlag) => type switch
    {
        // tvangsfullbyrdelsesloven §§ 4-1 og 7-2: utlegg på et alminnelig eller særlig tvangsgrunnlag, ikke på pant
        Begjaringstype.Utlegg => grunnlag <= Grunnlagstype.Skriftstykke,

        // tvangsfullbyrdelsesloven § 11-2: tvangssalg på grunnlag av utleggspant, legalpant eller avtalepant
        Begjaringstype.Tvangssalg => grunnlag is Grunnlagstype.Utleggspant or Grunnlagstype.Legalpant or Grunnlagstype.Avtalepant,

        // tvangsfullbyrdelsesloven kapittel 9 og domain.md § 3: tilbakelevering på skriftlig salgspantavtale eller dom
        Begjaringstype.Tilbakelevering => grunnlag is Grunnlagstype.Salgspant or Grunnlagstype.Dom,
        _ => false,
    };

    public static string Melding(Begjaringstype type) => type switch
    {
        Begjaringstype.Utlegg => "En begjæring om utlegg må bygge på et alminnelig tvangsgrunnlag (§ 4-1) eller et særlig tvangsgrunnlag (§ 7-2), ikke på pant.",
        Begjaringstype.Tvangssalg => "En begjæring om tvangssalg må bygge på utleggspant, legalpant eller avtalepant (§ 11-2).",
        _ => "En begjæring om tilbakelevering må bygge på en skriftlig salgspantavtale eller en dom.",
    };
}
