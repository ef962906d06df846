using System.Text;

namespace Namsmannen.Application.Common;

/// <summary>
/// Which characters a text from outside may hold (issue 12, H4/H5). PostgreSQL refuses NUL in text and jsonb, and a
/// lone surrogate cannot be written as UTF-8 at all; neither belongs in a name, an address or a reference. Control
/// characters are refused too, except line breaks and tabs in free text (a begrunnelse).
/// </summary>
public static class Tegn
{
    public const string Melding = "Teksten inneholder tegn som ikke er tillatt (kontrolltegn eller ugyldig Unicode).";

    /// <summary>True when every character may be stored; <paramref name="fritekst"/> allows line breaks and tabs.</summary>
    public static bool ErGyldig(string? tekst, bool fritekst = false)
    {
        if (tekst is null)
        {
            return true;
        }

        for (var i = 0; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (char.IsHighSurrogate(c) && i + 1 < tekst.Length && char.IsLowSurrogate(tekst[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (char.IsControl(c) && !(fritekst && c is '\r' or '\n' or '\t')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text with every character that may not be stored replaced by U+FFFD, for echoing it back (a receipt's referanse).</summary>
    public static string? Rens(string? tekst)
    {
        if (ErGyldig(tekst))
        {
            return tekst;
        }

        var renset = new StringBuilder(tekst!.Length);
        for (var i = 0; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (char.IsHighSurrogate(c) && i + 1 < tekst.Length && char.IsLowSurrogate(tekst[i + 1]))
            {
                renset.Append(c).Append(tekst[++i]);
            }
            else
            {
                renset.Append(char.IsSurrogate(c) || char.IsControl(c) || c is '\uFFFE' or '\uFFFF' ? '\uFFFD' : c);
            }
        }

        return renset.ToString();
    }
}
