using System.Globalization;
using System.Text;
using Namsmannen.Application.Common;
using Namsmannen.Domain.Parter;

namespace Namsmannen.Application.Adresser;

/// <summary>
/// Reads Posten's postnummerregister in the shape Posten publishes it (<c>Postnummerregister-ansi.txt</c>: one line
/// per postnummer, five tab-separated fields: postnummer, poststed, kommunenummer, kommunenavn, kategori). The app
/// carries a copy taken on the day in its file name (<c>postnummerregister-YYYY-MM-DD.txt</c>, embedded in this
/// assembly); an operator points <c>Postnummerregister:Fil</c> at a newer file from Posten, in Posten's own ANSI
/// encoding or in UTF-8, and the register is then dated by that file's last change (docs/operations.md).
/// </summary>
public static class Postnummerkilde
{
    public const string Innstilling = "Postnummerregister:Fil";

    private const string Ressursprefiks = "Namsmannen.Adresser.postnummerregister-";

    /// <summary>The register the app was built with: the newest embedded copy.</summary>
    public static Postnummerregister Innebygd()
    {
        var assembly = typeof(Postnummerkilde).Assembly;
        var ressurs = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Ressursprefiks, StringComparison.Ordinal)).Max(StringComparer.Ordinal)
            ?? throw new InvalidOperationException("No copy of Posten's postnummerregister is embedded.");
        var dato = DateOnly.ParseExact(ressurs[Ressursprefiks.Length..^".txt".Length], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(ressurs)!;
        return Les(stream, dato, ressurs);
    }

    /// <summary>The register from a file of Posten's, dated by the file's last change (Oslo's calendar).</summary>
    public static Postnummerregister FraFil(string sti)
    {
        if (!File.Exists(sti))
        {
            throw new InvalidOperationException($"{Innstilling} names {sti}, which does not exist.");
        }

        using var stream = File.OpenRead(sti);
        return Les(stream, Oslotid.Dato(File.GetLastWriteTimeUtc(sti)), sti);
    }

    /// <summary>The register in the app: the operator's file when <see cref="Innstilling"/> is set, else the embedded copy.</summary>
    public static Postnummerregister Hent(string? fil) => string.IsNullOrWhiteSpace(fil) ? Innebygd() : FraFil(fil);

    public static Postnummerregister Les(Stream stream, DateOnly dato, string kilde)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var tekst = Dekod(buffer.ToArray());
        var poststeder = new List<Poststed>(5_200);
        var linjer = tekst.Split('\n');
        for (var i = 0; i < linjer.Length; i++)
        {
            var linje = linjer[i].TrimEnd('\r');
            if (linje.Length == 0)
            {
                continue;
            }

            var felt = linje.Split('\t');
            if (felt.Length != 5 || felt[0].Length != 4 || !felt[0].All(char.IsAsciiDigit) || felt[1].Trim().Length == 0 || felt[4].Trim().Length != 1)
            {
                throw new InvalidOperationException($"Line {i + 1} of the postnummerregister {kilde} is not five tab-separated fields (postnummer, poststed, kommunenummer, kommunenavn, kategori): «{linje}».");
            }

            poststeder.Add(new Poststed(felt[0], felt[1].Trim(), felt[2].Trim(), felt[3].Trim(), felt[4].Trim()[0]));
        }

        if (poststeder.Count == 0)
        {
            throw new InvalidOperationException($"The postnummerregister {kilde} has no lines.");
        }

        return new Postnummerregister(dato, poststeder);
    }

    /// <summary>Posten publishes the file in its ANSI code page; a copy saved as UTF-8 is read as such.</summary>
    private static string Dekod(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
