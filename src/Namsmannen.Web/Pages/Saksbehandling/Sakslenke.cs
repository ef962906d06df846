using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Namsmannen.Application.Features.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling;

/// <summary>
/// A case list as a link: the query's filters under the names the list page binds (<c>Data.…</c>), in one place for
/// the list's own paging, its hidden form fields and the dashboard's links to the cases behind a figure.
/// </summary>
public static class Sakslenke
{
    /// <summary>The filters only links set (the dashboard's); the list's form carries them on as hidden fields.</summary>
    public static readonly IReadOnlySet<string> Skjulte = new HashSet<string>(StringComparer.Ordinal)
    {
        "Data.Kontor", "Data.SaksbehandlerId", "Data.Apne", "Data.MottattFra", "Data.MottattTil", "Data.AvsluttetFra", "Data.AvsluttetTil",
    };

    public static string Til(Arbeidsliste.Query q) =>
        QueryHelpers.AddQueryString("/saksbehandling", Parametre(q).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));

    /// <summary>Every filter that is set, in a fixed order.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Parametre(Arbeidsliste.Query q)
    {
        (string Navn, string? Verdi)[] alle =
        [
            ("Data.Visning", q.Visning.ToString()),
            ("Data.Kontor", q.Kontor),
            ("Data.Stadium", q.Stadium?.ToString()),
            ("Data.KreditorId", q.KreditorId?.ToString()),
            ("Data.SaksbehandlerId", q.SaksbehandlerId),
            ("Data.Apne", q.Apne?.ToString().ToLowerInvariant()),
            ("Data.MottattFra", Dato(q.MottattFra)),
            ("Data.MottattTil", Dato(q.MottattTil)),
            ("Data.AvsluttetFra", Dato(q.AvsluttetFra)),
            ("Data.AvsluttetTil", Dato(q.AvsluttetTil)),
            ("Data.Sok", q.Sok),
            ("Data.Delsok", q.Delsok ? "true" : null),
            ("Data.EtterMottatt", Dato(q.EtterMottatt)),
            ("Data.EtterSaksnummer", q.EtterSaksnummer),
        ];
        return alle.Where(p => !string.IsNullOrWhiteSpace(p.Verdi)).Select(p => new KeyValuePair<string, string>(p.Navn, p.Verdi!));
    }

    /// <summary>The filters the dashboard's links set, in words, so the user knows why the list is what it is.</summary>
    public static IReadOnlyList<string> Filtre(Arbeidsliste.Query d, string? saksbehandlernavn)
    {
        var filtre = new List<string>();
        if (!string.IsNullOrEmpty(d.Kontor))
        {
            filtre.Add(Namsmannen.Domain.Saker.Kontorinndeling.Navn(d.Kontor));
        }

        if (d.SaksbehandlerId == Arbeidsliste.IkkeTildelt)
        {
            filtre.Add("uten saksbehandler");
        }
        else if (!string.IsNullOrEmpty(d.SaksbehandlerId))
        {
            filtre.Add("hos " + (saksbehandlernavn ?? "en valgt saksbehandler"));
        }

        if (d.Apne is { } apne)
        {
            filtre.Add(apne ? "bare åpne saker" : "bare lukkede saker");
        }

        if (d.MottattFra is not null || d.MottattTil is not null)
        {
            filtre.Add("mottatt " + Periode(d.MottattFra, d.MottattTil));
        }

        if (d.AvsluttetFra is not null || d.AvsluttetTil is not null)
        {
            filtre.Add("avsluttet " + Periode(d.AvsluttetFra, d.AvsluttetTil));
        }

        return filtre;

        static string Periode(DateOnly? fra, DateOnly? til) => (fra, til) switch
        {
            ({ } f, { } t) => $"{Format.Dato(f)}–{Format.Dato(t)}",
            ({ } f, null) => $"fra {Format.Dato(f)}",
            (null, { } t) => $"til og med {Format.Dato(t)}",
            _ => string.Empty,
        };
    }

    private static string? Dato(DateOnly? dato) => dato?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
