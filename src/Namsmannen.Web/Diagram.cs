using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Namsmannen.Web;

/// <summary>
/// Horizontal bar charts as server-rendered SVG: no JavaScript, a title and a description that state every value in
/// words (the text alternative, WCAG 1.1.1), and the page shows the same data as a table beside it. Bars have 3:1
/// contrast against white (WCAG 1.4.11), and a highlighted bar is marked by its value label as well as its colour.
/// </summary>
public static class Diagram
{
    /// <summary>A bar group: a label and one value per series; <paramref name="Markert"/> highlights it (for example over the target).</summary>
    public sealed record Rad(string Etikett, IReadOnlyList<decimal> Verdier, bool Markert = false);

    private const int Bredde = 640;
    private const int Etikettbredde = 190;
    private const int Stolpehoyde = 18;
    private const int Mellomrom = 10;
    private static readonly string[] Farger = ["#0b3d68", "#5b7f2a"];
    private const string Markeringsfarge = "#a84300";

    /// <param name="id">A unique id on the page, for the title and description.</param>
    /// <param name="tittel">The chart's name, read first.</param>
    /// <param name="serier">The names of the series (one or two), shown as a legend when there are two.</param>
    /// <param name="format">How a value is written in the labels and the description.</param>
    /// <param name="markering">What a highlighted bar means, added to its label and to the description.</param>
    public static IHtmlContent Stolper(string id, string tittel, IReadOnlyList<string> serier, IReadOnlyList<Rad> rader, Func<decimal, string> format, string? markering = null)
    {
        var maks = Math.Max(1m, rader.SelectMany(r => r.Verdier).DefaultIfEmpty(0m).Max());
        var gruppehoyde = (serier.Count * Stolpehoyde) + Mellomrom;
        var forklaring = serier.Count > 1 ? 28 : 0;
        var hoyde = forklaring + (rader.Count * gruppehoyde) + Mellomrom;
        var plass = Bredde - Etikettbredde - 170; // room after the longest bar for its value label

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"diagram\" role=\"img\" aria-labelledby=\"{id}-tittel {id}-beskrivelse\" viewBox=\"0 0 {Bredde} {hoyde}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-tittel\">{Tekst(tittel)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-beskrivelse\">{Tekst(Beskrivelse(serier, rader, format, markering))}</desc>");
        if (serier.Count > 1)
        {
            for (var s = 0; s < serier.Count; s++)
            {
                var x = Etikettbredde + (s * 160);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"6\" width=\"14\" height=\"14\" fill=\"{Farger[s]}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 20}\" y=\"18\" font-size=\"14\">{Tekst(serier[s])}</text>");
            }
        }

        for (var i = 0; i < rader.Count; i++)
        {
            var rad = rader[i];
            var y = forklaring + (i * gruppehoyde) + (Mellomrom / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Etikettbredde - 8}\" y=\"{y + (serier.Count * Stolpehoyde / 2) + 5}\" text-anchor=\"end\" font-size=\"14\">{Tekst(rad.Etikett)}</text>");
            for (var s = 0; s < rad.Verdier.Count; s++)
            {
                var verdi = rad.Verdier[s];
                var lengde = verdi <= 0 ? 0 : Math.Max(1, (int)Math.Round(verdi / maks * plass));
                var by = y + (s * Stolpehoyde);
                var farge = rad.Markert ? Markeringsfarge : Farger[s];
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Etikettbredde}\" y=\"{by + 1}\" width=\"{lengde}\" height=\"{Stolpehoyde - 3}\" fill=\"{farge}\"/>");
                var etikett = format(verdi) + (rad.Markert && markering is not null ? $" ({markering})" : string.Empty);
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Etikettbredde + lengde + 6}\" y=\"{by + Stolpehoyde - 4}\" font-size=\"13\">{Tekst(etikett)}</text>");
            }
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The chart in words: every bar and its value, so a screen reader user gets what a sighted user sees.</summary>
    public static string Beskrivelse(IReadOnlyList<string> serier, IReadOnlyList<Rad> rader, Func<decimal, string> format, string? markering = null) =>
        string.Join("; ", rader.Select(r =>
            r.Etikett + ": " + string.Join(", ", r.Verdier.Select((v, s) => (serier.Count > 1 ? serier[s] + " " : string.Empty) + format(v)))
            + (r.Markert && markering is not null ? $" ({markering})" : string.Empty))) + ".";

    private static string Tekst(string tekst) => WebUtility.HtmlEncode(tekst);
}
