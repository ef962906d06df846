using System.Globalization;
using System.Text;

namespace Namsmannen.Application.Features.Begjaringer;

/// <summary>
/// The CSV file creditors upload: one begjæring per row, columns named like the API's fields
/// (<c>referanse;type;skyldner.identifikator;…</c>). Semicolon or comma separated; UTF-8, or Latin-1 as older Excel saves it.
/// </summary>
public static class CsvFormat
{
    /// <summary>A read: the kept rows, how many rows the file has, or why it cannot be read at all.</summary>
    public sealed record CsvLesing(IReadOnlyList<Begjaringsrad> Rader, int Antall, string? Feil);

    /// <summary>The columns that must be present (the others may be left out when empty).</summary>
    public static readonly IReadOnlyList<string> PakrevdeKolonner =
    [
        Felt.Referanse, Felt.Type, Felt.SkyldnerIdentifikator, Felt.SkyldnerNavn, Felt.SkyldnerAdresse, Felt.SkyldnerPostnummer,
        Felt.SkyldnerPoststed, Felt.GrunnlagType, Felt.Hovedstol,
    ];

    /// <summary>A header line with every column, for the template file.</summary>
    public static string Mal => string.Join(';', Felt.Alle) + "\r\n";

    public const int MaksRader = 100_000;

    /// <summary>The longest row, in characters (a begjæring needs a few hundred).</summary>
    public const int MaksTegnPerRad = 10_000;

    /// <summary>Blank lines are skipped, but only so many: a file of newlines is refused at once (issue 12, H3).</summary>
    public const int MaksTommeLinjer = 1_000;

    public const int MaksKolonner = 100;

    /// <summary>
    /// Reads a file as a stream, row by row (issue 12, H3): the header is checked first, every row is counted against
    /// the caps as it is read, and only the rows from <paramref name="hopp"/> (at most <paramref name="ta"/>) are kept,
    /// so memory stays small whatever the file holds. <see cref="CsvLesing.Antall"/> is every row of the file.
    /// </summary>
    public static CsvLesing Les(byte[] fil, int hopp = 0, int ta = int.MaxValue)
    {
        // UTF-8 when the bytes are valid UTF-8, otherwise Latin-1 as older Excel saves it.
        var encoding = System.Text.Unicode.Utf8.IsValid(fil) ? (Encoding)new UTF8Encoding(false) : Encoding.Latin1;
        using var reader = new StreamReader(new MemoryStream(fil, writable: false), encoding, detectEncodingFromByteOrderMarks: false);
        if (reader.Peek() == '\uFEFF')
        {
            reader.Read();
        }

        try
        {
            var forsteLinje = ForsteLinje(reader);
            if (string.IsNullOrWhiteSpace(forsteLinje))
            {
                return new([], 0, "Filen er tom. Første linje må være kolonnenavnene (last ned malen).");
            }

            var skille = forsteLinje.Contains(';', StringComparison.Ordinal) ? ';' : forsteLinje.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
            var header = new Postleser(new StringReader(forsteLinje), skille).Neste() ?? [];
            var indeks = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++)
            {
                indeks.TryAdd(header[i].Trim(), i);
            }

            var mangler = PakrevdeKolonner.Where(k => !indeks.ContainsKey(k)).ToList();
            if (mangler.Count > 0)
            {
                return new([], 0, $"Filen mangler kolonnen{(mangler.Count > 1 ? "e" : "")} {string.Join(", ", mangler.Select(m => $"«{m}»"))}. Første linje må være kolonnenavnene, skilt med semikolon (last ned malen).");
            }

            var rader = new List<Begjaringsrad>(Math.Min(ta, 1000));
            var poster = new Postleser(reader, skille);
            int antall = 0, tomme = 0;
            while (poster.Neste() is { } felter)
            {
                if (felter.All(string.IsNullOrWhiteSpace))
                {
                    if (++tomme > MaksTommeLinjer)
                    {
                        return new([], antall, $"Filen har mer enn {Tall(MaksTommeLinjer)} tomme linjer. Fjern dem og last opp på nytt.");
                    }

                    continue;
                }

                if (++antall > MaksRader)
                {
                    return new([], antall, $"Filen har mer enn {Tall(MaksRader)} rader. Del den opp.");
                }

                if (antall > hopp && rader.Count < ta)
                {
                    rader.Add(Felt.Rad(felt => indeks.TryGetValue(felt, out var i) && i < felter.Count && !string.IsNullOrWhiteSpace(felter[i]) ? felter[i].Trim() : null));
                }
            }

            return antall == 0 ? new([], 0, "Filen har ingen begjæringer under kolonnenavnene.") : new(rader, antall, null);
        }
        catch (CsvGrenseException ex)
        {
            return new([], 0, ex.Message);
        }
    }

    /// <summary>The header line, read by hand so a file without line breaks is not read whole.</summary>
    private static string ForsteLinje(TextReader reader)
    {
        var linje = new StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0 && c != '\n')
        {
            if (linje.Length >= MaksTegnPerRad)
            {
                throw new CsvGrenseException($"Første linje er lengre enn {Tall(MaksTegnPerRad)} tegn. Den skal bare ha kolonnenavnene.");
            }

            linje.Append((char)c);
        }

        return linje.ToString().TrimEnd('\r');
    }

    /// <summary>10000 → "10 000", as the messages write numbers.</summary>
    private static string Tall(int tall) => tall.ToString("N0", CultureInfo.GetCultureInfo("nb-NO")).Replace('\u00A0', ' ');

    private sealed class CsvGrenseException(string message) : Exception(message);

    /// <summary>
    /// One CSV record at a time from a reader (RFC 4180: quoted fields may hold the separator, quotes and line
    /// breaks), each at most <see cref="MaksTegnPerRad"/> characters and <see cref="MaksKolonner"/> fields.
    /// </summary>
    private sealed class Postleser(TextReader reader, char skille)
    {
        private int linje = 1;

        public List<string>? Neste()
        {
            int c = reader.Read();
            if (c < 0)
            {
                return null;
            }

            linje++;
            var rad = new List<string>();
            var felt = new StringBuilder();
            var iSitat = false;
            var lengde = 0;
            for (; c >= 0; c = reader.Read())
            {
                if (++lengde > MaksTegnPerRad)
                {
                    throw new CsvGrenseException($"Rad {linje} er lengre enn {Tall(MaksTegnPerRad)} tegn (eller har et sitattegn som ikke lukkes). Ingen rader er registrert.");
                }

                var tegn = (char)c;
                if (iSitat)
                {
                    if (tegn == '"' && reader.Peek() == '"')
                    {
                        felt.Append('"');
                        reader.Read();
                    }
                    else if (tegn == '"')
                    {
                        iSitat = false;
                    }
                    else
                    {
                        felt.Append(tegn);
                    }
                }
                else if (tegn == '"' && felt.Length == 0)
                {
                    iSitat = true;
                }
                else if (tegn == skille)
                {
                    LeggTil(rad, felt);
                }
                else if (tegn is '\n' or '\r')
                {
                    if (tegn == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    LeggTil(rad, felt);
                    return rad;
                }
                else
                {
                    felt.Append(tegn);
                }
            }

            LeggTil(rad, felt);
            return rad;
        }

        private void LeggTil(List<string> rad, StringBuilder felt)
        {
            if (rad.Count >= MaksKolonner)
            {
                throw new CsvGrenseException($"Rad {linje} har mer enn {MaksKolonner} kolonner. Ingen rader er registrert.");
            }

            rad.Add(felt.ToString());
            felt.Clear();
        }
    }

    /// <summary>The result file: one row per input row, in the same order, with status, saksnummer, reasons and notes (issue 12, M2).</summary>
    public static byte[] Resultatfil(IEnumerable<Kvittering> kvitteringer)
    {
        var tekst = new StringBuilder();
        tekst.Append("linje;referanse;status;saksnummer;feilkoder;feilmeldinger;merknadkoder;merknader\r\n");
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
                string.Join(" ", (k.Merknader ?? []).Select(f => $"{f.Felt}:{f.Kode}")),
                string.Join(" | ", (k.Merknader ?? []).Select(f => $"{f.Felt}: {f.Melding}")),
            }.Select(Sitat)).Append("\r\n");
        }

        // With a byte order mark, so Excel opens æ, ø and å correctly.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(tekst.ToString())];
    }

    private static string Sitat(string verdi) => Common.Csvcelle.Skriv(verdi);
}
