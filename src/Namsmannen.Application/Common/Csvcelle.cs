namespace Namsmannen.Application.Common;

/// <summary>
/// The one rule for a cell of every CSV file the system writes (issue 12, L1): a text that Excel would read as a
/// formula (starting with =, +, -, @, TAB or CR) gets a leading apostrophe, and a cell holding the separator, a quote or
/// a line break is quoted. Numbers the system formats itself are passed as <paramref name="erTekst"/> false.
/// </summary>
public static class Csvcelle
{
    public static string Skriv(string verdi, bool erTekst = true)
    {
        if (erTekst && verdi.Length > 0 && verdi[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            verdi = "'" + verdi;
        }

        return verdi.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + verdi.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : verdi;
    }
}
