using System.Globalization;
using System.Text.RegularExpressions;

namespace Namsmannen.Domain.Penger;

public enum Belopsfeil
{
    /// <summary>Not an amount at all.</summary>
    Ugyldig,

    /// <summary>12.000 or 1,500: a separator followed by exactly three digits reads as thousands or as decimals.</summary>
    Tvetydig,

    /// <summary>More than two decimals (øre).</summary>
    ForMangeDesimaler,
}

/// <summary>
/// Reads an amount as a person types it in a form or a CSV file: <c>12000</c>, <c>12 000</c>, <c>12000,50</c>,
/// <c>12 000,50</c> or <c>12.345,67</c>; a decimal point (<c>12000.50</c>, <c>12,345.67</c>) is read too. A lone <c>.</c> or <c>,</c>
/// followed by exactly three digits (<c>12.000</c>, <c>1,500</c>) is refused: in a trial <c>12.000</c> was stored as
/// 12,00 kr. JSON numbers are not read here: they are numbers already.
/// </summary>
public static partial class Belopstekst
{
    public const string GyldigeFormer = "12000, 12 000 eller 12000,50";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool TryLes(string? tekst, out decimal belop, out Belopsfeil feil)
    {
        belop = 0m;
        feil = Belopsfeil.Ugyldig;
        var s = (tekst ?? string.Empty).Trim();
        if (s.EndsWith("kr", StringComparison.OrdinalIgnoreCase))
        {
            s = s[..^2].TrimEnd();
        }

        var treff = Form().Match(s);
        if (!treff.Success)
        {
            return false;
        }

        var heltall = treff.Groups["heltall"].Value;
        var desimaler = treff.Groups["desimaler"].Value;
        var gruppert = heltall.Any(c => c is ' ' or '\u00a0' or '\u202f' or '.' or ',');
        var skille = treff.Groups["skille"].Value;
        if ((heltall.Contains('.') && skille == ".") || (heltall.Contains(',') && skille == ","))
        {
            // 1.234.56 or 1,234,56: a separator that groups thousands is not also the decimal separator
            return false;
        }

        if ((desimaler.Length == 3 && !gruppert && heltall.Length <= 3) || (skille.Length == 0 && heltall.Count(c => c is '.' or ',') == 1))
        {
            feil = Belopsfeil.Tvetydig;
            return false;
        }

        if (desimaler.Length > 2)
        {
            feil = Belopsfeil.ForMangeDesimaler;
            return false;
        }

        var tall = treff.Groups["fortegn"].Value + string.Concat(heltall.Where(char.IsAsciiDigit)) + (desimaler.Length > 0 ? "." + desimaler : string.Empty);
        return decimal.TryParse(tall, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out belop);
    }

    /// <summary>The sentence for a refusal, naming what was written and the forms that are read.</summary>
    public static string Melding(Belopsfeil feil, string? tekst, string hva)
    {
        var skrevet = (tekst ?? string.Empty).Trim();
        skrevet = skrevet.Length > 20 ? skrevet[..20] + "…" : skrevet;
        return feil switch
        {
            Belopsfeil.Tvetydig => $"«{skrevet}» kan leses på to måter. Skriv {hva} som {GyldigeFormer}.",
            Belopsfeil.ForMangeDesimaler => $"Oppgi {hva} i hele øre (høyst to desimaler), for eksempel {GyldigeFormer}.",
            _ => $"«{skrevet}» er ikke et beløp. Skriv {hva} som {GyldigeFormer}.",
        };
    }

    [GeneratedRegex(@"^(?<fortegn>-?)(?<heltall>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+|\d+)(?:(?<skille>[,.])(?<desimaler>\d+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Form();
}
