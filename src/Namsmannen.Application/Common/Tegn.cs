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
        for (var i = 0; tekst is not null && i < tekst.Length; i += Lengde(tekst, i))
        {
            if (Forbudt(tekst, i, fritekst))
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
        for (var i = 0; i < tekst.Length; i += Lengde(tekst, i))
        {
            renset.Append(Forbudt(tekst, i, fritekst: false) ? "\uFFFD" : tekst.AsSpan(i, Lengde(tekst, i)));
        }

        return renset.ToString();
    }

    /// <summary>2 for a surrogate pair (one character outside the BMP), otherwise 1.</summary>
    private static int Lengde(string tekst, int i) =>
        char.IsHighSurrogate(tekst[i]) && i + 1 < tekst.Length && char.IsLowSurrogate(tekst[i + 1]) ? 2 : 1;

    /// <summary>A lone surrogate, a noncharacter, or a control character (line breaks and tabs allowed in free text).</summary>
    private static bool Forbudt(string tekst, int i, bool fritekst)
    {
        if (Lengde(tekst, i) == 2)
        {
            return false;
        }

        var c = tekst[i];
        return char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (char.IsControl(c) && !(fritekst && c is '\r' or '\n' or '\t'));
    }
}
