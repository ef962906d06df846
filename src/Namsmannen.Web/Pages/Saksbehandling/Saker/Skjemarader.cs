using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>
/// A list the form shows as a fixed number of rows, of which the user fills some: the filled rows go to the command,
/// and an error the validator gives element k of the list goes back to the form row it came from.
/// </summary>
public sealed partial class Skjemarader(string liste)
{
    private readonly List<int> rader = [];

    public IReadOnlyList<T> Utfylte<T>(IReadOnlyList<T>? alle, Func<T, bool> utfylt)
    {
        rader.Clear();
        var utfylte = new List<T>();
        for (var i = 0; i < (alle?.Count ?? 0); i++)
        {
            if (alle![i] is { } rad && utfylt(rad))
            {
                utfylte.Add(rad);
                rader.Add(i);
            }
        }

        return utfylte;
    }

    /// <summary>"Liste[k].Felt" of the command as the form's "Data.Liste[i].Felt"; null for any other property.</summary>
    public string? Felt(string kommandofelt)
    {
        var treff = Element().Match(kommandofelt);
        if (!treff.Success || treff.Groups["liste"].Value != liste)
        {
            return null;
        }

        var k = int.Parse(treff.Groups["k"].Value, CultureInfo.InvariantCulture);
        return k < rader.Count ? $"Data.{liste}[{rader[k]}]{treff.Groups["rest"].Value}" : null;
    }

    [GeneratedRegex(@"^(?<liste>\w+)\[(?<k>\d+)\](?<rest>.*)$")]
    private static partial Regex Element();
}
