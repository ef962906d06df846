using System.Globalization;
using System.Text;

namespace Namsmannen.Application.Features.Begjaringer;

/// <summary>
/// The CSV file creditors upload: one begjæring per row, columns named like the API's fields
/// (<c>referanse;type;skyldner.identifikator;…</c>). Semicolon or comma separated; UTF-8, or Latin-1 as older Excel saves it.
/// </summary>
public static class CsvFormat
{
    /// <summary>The columns that must be present (the others may be left out when empty).</summary>
    public static readonly IReadOnlyList<string> PakrevdeKolonner =
    [
        Felt.Referanse, Felt.Type, Felt.SkyldnerIdentifikator, Felt.SkyldnerNavn, Felt.SkyldnerAdresse, Felt.SkyldnerPostnummer,
        Felt.SkyldnerPoststed, Felt.GrunnlagType, Felt.Hovedstol,
    ];

    /// <summary>A header line with every column, for the template file.</summary>
    public static string Mal => string.Join(';', Felt.Alle) + "\r\n";

    /// <summary>The rows of a file, or the reason it cannot be read at all (missing columns, not text).</summary>
    public static (IReadOnlyList<Begjaringsrad> Rader, string? Feil) Les(byte[] fil)
    {
        string tekst;
        try
        {
            tekst = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(fil);
        }
        catch (DecoderFallbackException)
        {
            tekst = Encoding.Latin1.GetString(fil);
        }

        var linjer = Del(tekst.TrimStart('\uFEFF'));
        if (linjer.Count == 0 || linjer[0].All(string.IsNullOrWhiteSpace))
        {
            return ([], "Filen er tom. Første linje må være kolonnenavnene (last ned malen).");
        }

        var header = linjer[0];
        var indeks = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            indeks.TryAdd(header[i].Trim(), i);
        }

        var mangler = PakrevdeKolonner.Where(k => !indeks.ContainsKey(k)).ToList();
        if (mangler.Count > 0)
        {
            return ([], $"Filen mangler kolonnen{(mangler.Count > 1 ? "e" : "")} {string.Join(", ", mangler.Select(m => $"«{m}»"))}. Første linje må være kolonnenavnene, skilt med semikolon (last ned malen).");
        }

        var rader = linjer.Skip(1)
            .Where(felter => felter.Any(f => !string.IsNullOrWhiteSpace(f)))
            .Select(felter => Felt.Rad(felt => indeks.TryGetValue(felt, out var i) && i < felter.Count && !string.IsNullOrWhiteSpace(felter[i]) ? felter[i].Trim() : null))
            .ToList();
        return rader.Count == 0 ? ([], "Filen har ingen begjæringer under kolonnenavnene.") : (rader, null);
    }

    /// <summary>The result file: one row per input row, in the same order, with status, saksnummer and reasons.</summary>
    public static byte[] Resultatfil(IEnumerable<Kvittering> kvitteringer)
    {
        var tekst = new StringBuilder();
        tekst.Append("linje;referanse;status;saksnummer;feilkoder;feilmeldinger\r\n");
        foreach (var k in kvitteringer.OrderBy(k => k.Linje))
        {
            tekst.AppendJoin(';', new[]
            {
                k.Linje.ToString(CultureInfo.InvariantCulture),
                k.Referanse ?? string.Empty,
                k.Status,
                k.Saksnummer ?? string.Empty,
                string.Join(" ", k.Feil.Select(f => $"{f.Felt}:{f.Kode}")),
                string.Join(" | ", k.Feil.Select(f => $"{f.Felt}: {f.Melding}")),
            }.Select(Sitat)).Append("\r\n");
        }

        // With a byte order mark, so Excel opens æ, ø and å correctly.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(tekst.ToString())];
    }

    /// <summary>
    /// Splits CSV text into rows of fields (RFC 4180: quoted fields may hold the separator, quotes and line breaks).
    /// The separator is the one the header line uses: semicolon (Norwegian Excel), comma or tab.
    /// </summary>
    public static List<List<string>> Del(string tekst)
    {
        var forsteLinje = tekst.Split('\n', 2)[0];
        var skille = forsteLinje.Contains(';', StringComparison.Ordinal) ? ';' : forsteLinje.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
        var rader = new List<List<string>>();
        var rad = new List<string>();
        var felt = new StringBuilder();
        var iSitat = false;
        for (var i = 0; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (iSitat)
            {
                if (c == '"' && i + 1 < tekst.Length && tekst[i + 1] == '"')
                {
                    felt.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    iSitat = false;
                }
                else
                {
                    felt.Append(c);
                }
            }
            else if (c == '"' && felt.Length == 0)
            {
                iSitat = true;
            }
            else if (c == skille)
            {
                rad.Add(felt.ToString());
                felt.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < tekst.Length && tekst[i + 1] == '\n')
                {
                    i++;
                }

                rad.Add(felt.ToString());
                felt.Clear();
                rader.Add(rad);
                rad = [];
            }
            else
            {
                felt.Append(c);
            }
        }

        if (felt.Length > 0 || rad.Count > 0)
        {
            rad.Add(felt.ToString());
            rader.Add(rad);
        }

        return rader;
    }

    private static string Sitat(string verdi) => Sitert(verdi.Length > 0 && verdi[0] is '=' or '+' or '@' ? "'" + verdi : verdi); // no formulas when Excel opens it

    private static string Sitert(string verdi) =>
        verdi.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + verdi.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : verdi;
}
