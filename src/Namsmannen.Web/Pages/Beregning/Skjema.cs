using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Beregning;

/// <summary>The calculator forms' errors and figures (what people type is read by <see cref="NorskeVerdier"/>).</summary>
public static partial class Skjema
{
    /// <summary>
    /// Puts a command's field errors on the form. A list row the page skipped (an empty row) shifts indexes, so
    /// <paramref name="feltForRad"/> turns the validator's "Liste[k].Felt" into the form's own field name.
    /// </summary>
    public static void LeggTilFeil(ModelStateDictionary state, FluentValidation.ValidationException feil, string liste, IReadOnlyList<int> radForElement, Func<string, int, string> feltForRad)
    {
        foreach (var f in feil.Errors)
        {
            var match = System.Text.RegularExpressions.Regex.Match(f.PropertyName, $@"^{liste}\[(\d+)\]\.(\w+)$");
            var key = match.Success
                ? feltForRad(match.Groups[2].Value, radForElement[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)])
                : "Data." + EttFelt().Replace(f.PropertyName, string.Empty);
            state.AddModelError(key, f.ErrorMessage);
        }
    }

    /// <summary>An element of a list the form shows as one field (the children's ages): the error goes to that field.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\[\d+\]$")]
    private static partial System.Text.RegularExpressions.Regex EttFelt();

    public static string Prosent(decimal sats) => sats.ToString("0.00", WebSetup.Norsk) + " %";
}
