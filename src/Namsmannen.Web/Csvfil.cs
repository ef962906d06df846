using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web;

/// <summary>Tables as CSV for Excel in Norway: semicolons, decimal comma, dates as dd.MM.yyyy, UTF-8 with a byte-order mark.</summary>
public static class Csvfil
{
    public static FileContentResult Lag(IEnumerable<IEnumerable<object?>> rader, string filnavn)
    {
        var csv = new StringBuilder();
        foreach (var rad in rader)
        {
            csv.Append(string.Join(';', rad.Select(Felt))).Append("\r\n");
        }

        return new FileContentResult([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())], "text/csv; charset=utf-8") { FileDownloadName = filnavn };
    }

    private static string Felt(object? verdi)
    {
        var tekst = verdi switch
        {
            null => string.Empty,
            decimal d => d.ToString("0.00", WebSetup.Norsk),
            DateOnly d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => verdi.ToString() ?? string.Empty,
        };
        // One rule for every CSV the system writes: formulas neutralised, separators quoted (issue 12, L1).
        return Application.Common.Csvcelle.Skriv(tekst, erTekst: verdi is string);
    }
}
