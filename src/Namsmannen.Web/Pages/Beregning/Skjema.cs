using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Beregning;

/// <summary>Reads what people type into calculator forms: 12 345,67 or 12345.67; 21.11.2026 or 2026-11-21.</summary>
public static class Skjema
{
    public static decimal? Belop(ModelStateDictionary state, string felt, string? tekst, string navn, bool pakrevd)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            if (pakrevd)
            {
                state.AddModelError(felt, $"Oppgi {navn}.");
            }

            return null;
        }

        var (verdi, feil) = NorskeVerdier.LesBelop(tekst, navn);
        if (feil is not null)
        {
            state.AddModelError(felt, feil);
        }

        return (decimal?)verdi;
    }

    public static DateOnly? Dato(ModelStateDictionary state, string felt, string? tekst, string navn, bool pakrevd)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            if (pakrevd)
            {
                state.AddModelError(felt, $"Oppgi {navn}.");
            }

            return null;
        }

        var (dato, feil) = NorskeVerdier.LesDato(tekst, navn);
        if (feil is not null)
        {
            state.AddModelError(felt, feil);
        }

        return (DateOnly?)dato;
    }

    public static int? Heltall(ModelStateDictionary state, string felt, string? tekst, string navn)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return null;
        }

        if (int.TryParse(tekst.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var verdi))
        {
            return verdi;
        }

        state.AddModelError(felt, $"Skriv {navn} som et helt tall.");
        return null;
    }

    public static IReadOnlyList<int> Aldre(ModelStateDictionary state, string felt, string? tekst)
    {
        var aldre = new List<int>();
        foreach (var del in (tekst ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(del, NumberStyles.Integer, CultureInfo.InvariantCulture, out var alder))
            {
                state.AddModelError(felt, "Skriv barnas alder som hele tall skilt med komma, for eksempel 3, 8.");
                return [];
            }

            aldre.Add(alder);
        }

        return aldre;
    }

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
                : "Data." + f.PropertyName;
            state.AddModelError(key, f.ErrorMessage);
        }
    }

    public static string Prosent(decimal sats) => sats.ToString("0.00", WebSetup.Norsk) + " %";
}
