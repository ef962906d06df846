using Namsmannen.Domain.Saker;

namespace Namsmannen.Domain.Regler;

/// <summary>The kinds of tvangsgrunnlag and begjæring as the law and the forms name them (domain.md § 3).</summary>
public static class Grunnlagsnavn
{
    public static string Navn(this Grunnlagstype type) => type switch
    {
        Grunnlagstype.Dom => "Dom",
        Grunnlagstype.Kjennelse => "Kjennelse",
        Grunnlagstype.Rettsforlik => "Rettsforlik",
        Grunnlagstype.ForlikIForliksradet => "Forlik i forliksrådet",
        Grunnlagstype.Voldgiftsdom => "Voldgiftsdom",
        Grunnlagstype.VedtattForelegg => "Vedtatt forelegg",
        Grunnlagstype.EksigibeltGjeldsbrev => "Eksigibelt gjeldsbrev (§ 7-2 a)",
        Grunnlagstype.KravTvangskraftigEtterAnnenLov => "Krav tvangskraftig etter annen lov (§ 7-2 e)",
        Grunnlagstype.Skriftstykke => "Skriftstykke (§ 7-2 f)",
        Grunnlagstype.Utleggspant => "Utleggspant",
        Grunnlagstype.Legalpant => "Legalpant",
        Grunnlagstype.Avtalepant => "Avtalepant",
        Grunnlagstype.Salgspant => "Salgspant",
        _ => type.ToString(),
    };

    public static string Navn(this Begjaringstype type) => type switch
    {
        Begjaringstype.Utlegg => "Utlegg",
        Begjaringstype.Tvangssalg => "Tvangssalg",
        Begjaringstype.Tilbakelevering => "Tilbakelevering",
        _ => type.ToString(),
    };
}
