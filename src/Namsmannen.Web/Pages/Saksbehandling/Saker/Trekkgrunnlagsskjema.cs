using Namsmannen.Application.Features.Beregninger;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>
/// The trekk calculator's fields on a case's pages (<c>_Trekkgrunnlag.cshtml</c>: the decision and a documented change):
/// the basis as the command takes it.
/// </summary>
public static class Trekkgrunnlagsskjema
{
    /// <summary>The bound basis for <paramref name="dato"/>: a partner's income counts only for a couple.</summary>
    public static BeregnUtleggstrekk.Query Les(BeregnUtleggstrekk.Query bundet, DateOnly dato) => bundet with
    {
        Dato = dato,
        PartnerHarEgenInntekt = bundet.Sivilstand == BeregnUtleggstrekk.GiftEllerSamboer && bundet.PartnerHarEgenInntekt,
    };

    /// <summary>The form's field for an error about one child's age: the one ages field.</summary>
    public static string? Skjemafelt(string kommandofelt) =>
        kommandofelt.StartsWith("Beregning.BarnAlder", StringComparison.Ordinal) ? "Data.Beregning.BarnAlder" : null;
}
