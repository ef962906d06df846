using System.Text;
using Namsmannen.Domain.Parter;

namespace Namsmannen.Application.Features.Brevsending;

/// <summary>
/// Lays a letter out as one self-contained, accessible HTML document (WCAG 2.1 AA: a language, one h1, headings in
/// order, tables with captions and header cells, no colour-only meaning, text that reflows), the same document the
/// portals show and the PDF is printed from: A4 with the system's own fonts, nothing fetched from anywhere.
/// </summary>
public static class BrevHtml
{
    private const string Stil = """
        @page { size: A4; margin: 20mm 20mm 22mm 20mm; }
        html { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; }
        body { margin: 0 auto; max-width: 170mm; padding: 1rem; }
        @media print { body { padding: 0; } }
        .hode { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem; margin-bottom: 2rem; }
        .hode p { margin: 0; }
        .avsender { font-weight: bold; }
        .saksinfo { text-align: right; }
        h1 { font-size: 16pt; margin: 0 0 1rem; }
        h2 { font-size: 12.5pt; margin: 1.4rem 0 .4rem; break-after: avoid-page; }
        p { margin: 0 0 .7rem; }
        ul { margin: 0 0 .7rem; padding-left: 1.3rem; }
        .frist { border-left: 4px solid #1a1a1a; background: #f2f2f2; padding: .5rem .8rem; font-weight: bold; break-inside: avoid; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; break-inside: avoid; }
        caption { text-align: left; font-weight: bold; padding-bottom: .3rem; }
        th, td { border-bottom: 1px solid #8c8c8c; padding: .25rem .4rem; text-align: left; vertical-align: top; }
        td.belop, th.belop { text-align: right; white-space: nowrap; }
        tfoot th, tfoot td { border-top: 2px solid #1a1a1a; font-weight: bold; }
        .fot { margin-top: 2rem; font-size: 9.5pt; color: #404040; }
        """;

    public static string Skriv(Brevmodell m, Brevinnhold innhold)
    {
        var html = new StringBuilder(8 * 1024);
        var sprak = m.Malform.Sprakkode();
        var nn = m.Malform == Malform.Nynorsk;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(sprak).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(innhold.Tittel)).Append(" – ").Append(E(m.Saksnummer)).Append("</title>\n")
            .Append("<meta name=\"description\" content=\"").Append(E(innhold.Mal)).Append("\">\n")
            .Append("<style>").Append(Stil).Append("</style>\n</head>\n<body>\n<main>\n");
        html.Append("<div class=\"hode\">\n<div>\n<p class=\"avsender\">Namsmannen i ").Append(E(m.Kontor)).Append("</p>\n");
        html.Append("<p>").Append(E(m.Mottakeren.Navn)).Append("</p>\n");
        foreach (var linje in m.Mottakeren.Adresse)
        {
            html.Append("<p>").Append(E(linje)).Append("</p>\n");
        }

        html.Append("</div>\n<div class=\"saksinfo\">\n")
            .Append("<p>").Append("Dato: ").Append(Brevmaler.D(m.Dato)).Append("</p>\n")
            .Append("<p>Saksnummer: ").Append(E(m.Saksnummer)).Append("</p>\n")
            .Append("<p>").Append(m.Mottaker == Domain.Saker.Brevmottaker.Skyldner ? "Kreditor" : (nn ? "Skuldnar" : "Skyldner")).Append(": ")
            .Append(E(m.Mottaker == Domain.Saker.Brevmottaker.Skyldner ? m.Kreditor : $"{m.Skyldner.Navn} ({m.Skyldner.Identifikator})")).Append("</p>\n")
            .Append("</div>\n</div>\n");
        html.Append("<h1>").Append(E(innhold.Tittel)).Append("</h1>\n");
        foreach (var blokk in innhold.Blokker)
        {
            Skriv(html, blokk);
        }

        html.Append("<p class=\"fot\">").Append(nn
            ? "Brevet er sendt frå namsmannen sitt saksbehandlingssystem og er gyldig utan underskrift."
            : "Brevet er sendt fra namsmannens saksbehandlingssystem og er gyldig uten underskrift.").Append("</p>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Skriv(StringBuilder html, Brevblokk blokk)
    {
        switch (blokk)
        {
            case Overskrift o:
                html.Append("<h2>").Append(E(o.Tekst)).Append("</h2>\n");
                break;
            case Avsnitt { Tekst.Length: > 0 } a:
                html.Append("<p>").Append(E(a.Tekst)).Append("</p>\n");
                break;
            case Punkter p:
                html.Append("<ul>\n");
                foreach (var t in p.Tekster)
                {
                    html.Append("<li>").Append(E(t)).Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case Fristboks f:
                html.Append("<p class=\"frist\">").Append(E(f.Tekst)).Append("</p>\n");
                break;
            case Belopstabell t when t.Rader.Count > 0:
                html.Append("<table>\n<caption>").Append(E(t.Bildetekst)).Append("</caption>\n<thead><tr><th scope=\"col\">Post</th><th scope=\"col\" class=\"belop\">")
                    .Append(E(t.Kolonne)).Append("</th></tr></thead>\n<tbody>\n");
                foreach (var (post, verdi) in t.Rader)
                {
                    html.Append("<tr><th scope=\"row\">").Append(E(post)).Append("</th><td class=\"belop\">").Append(E(verdi)).Append("</td></tr>\n");
                }

                html.Append("</tbody>\n");
                if (t.Sum is { } sum)
                {
                    html.Append("<tfoot><tr><th scope=\"row\">").Append(E(sum.Post)).Append("</th><td class=\"belop\">").Append(E(sum.Verdi)).Append("</td></tr></tfoot>\n");
                }

                html.Append("</table>\n");
                break;
        }
    }

    /// <summary>Escapes text for HTML, leaving æ, ø and å as they are in the UTF-8 document.</summary>
    private static string E(string tekst) => tekst.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
