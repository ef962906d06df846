using System.Globalization;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Domain.Penger;

/// <summary>
/// The KID (kundeidentifikasjon) a payment to namsmannen's account carries, so the bank file says which case it pays:
/// the saksnummer's digits (year and løpenummer, 2 + 6 or more) and a MOD10 (Luhn) check digit. Validated on the way
/// in with MOD10 or MOD11, the two check digits Norwegian banks accept (issue 16).
/// </summary>
public static class Kid
{
    // Bankenes Standardiseringskontor, KID: kontrollsiffer etter MOD10 (Luhn) eller MOD11
    public static string For(Saksnummer saksnummer)
    {
        var tall = saksnummer.ToString().Replace("-", string.Empty, StringComparison.Ordinal);
        return tall + Mod10(tall).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Whether <paramref name="kid"/> is 2 to 25 digits with a valid MOD10 or MOD11 check digit.</summary>
    public static bool ErGyldig(string? kid)
    {
        if (kid is null || kid.Length is < 2 or > 25 || !kid.All(char.IsAsciiDigit))
        {
            return false;
        }

        var tall = kid[..^1];
        var siste = kid[^1];
        return siste - '0' == Mod10(tall) || (Mod11(tall) is { } k && siste - '0' == k);
    }

    /// <summary>The saksnummer a valid KID of this system names, or null.</summary>
    public static string? Saksnummer(string? kid) =>
        ErGyldig(kid) && kid!.Length >= 9 && Mod10(kid[..^1]) == kid[^1] - '0'
            ? $"{kid[..2]}-{kid[2..^1]}"
            : null;

    private static int Mod10(string tall)
    {
        var sum = 0;
        for (var i = 0; i < tall.Length; i++)
        {
            var siffer = tall[tall.Length - 1 - i] - '0';
            var vektet = i % 2 == 0 ? siffer * 2 : siffer;
            sum += vektet > 9 ? vektet - 9 : vektet;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>The MOD11 check digit (weights 2–7 from the right), or null when the remainder gives none (11 − 1).</summary>
    internal static int? Mod11(string tall)
    {
        var sum = 0;
        for (var i = 0; i < tall.Length; i++)
        {
            sum += (tall[tall.Length - 1 - i] - '0') * (2 + (i % 6));
        }

        var rest = 11 - (sum % 11);
        return rest == 11 ? 0 : rest == 10 ? null : rest;
    }
}
