using Microsoft.AspNetCore.Mvc.ModelBinding;
using Namsmannen.Application.Features.Beregninger;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>
/// The trekk calculator's fields on a case's pages (<c>_Trekkgrunnlag.cshtml</c>: the decision and a documented change):
/// the basis as the command takes it, with the children's ages read from the page's own field «Barn».
/// </summary>
public static class Trekkgrunnlagsskjema
{
    public const string Barn = "Barn";

    /// <summary>The bound basis for <paramref name="dato"/>: a partner's income counts only for a couple, the ages as typed.</summary>
    public static BeregnUtleggstrekk.Query Les(BeregnUtleggstrekk.Query bundet, DateOnly dato, ModelStateDictionary modelState, string? barn) => bundet with
    {
        Dato = dato,
        PartnerHarEgenInntekt = bundet.Sivilstand == BeregnUtleggstrekk.GiftEllerSamboer && bundet.PartnerHarEgenInntekt,
        BarnAlder = Namsmannen.Web.Pages.Beregning.Skjema.Aldre(modelState, Barn, barn),
    };

    /// <summary>The form's field for a command field about the children's ages.</summary>
    public static string? Skjemafelt(string kommandofelt) =>
        kommandofelt.StartsWith("Beregning.BarnAlder", StringComparison.Ordinal) ? Barn : null;
}
