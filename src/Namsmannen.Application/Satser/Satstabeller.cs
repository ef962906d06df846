using System.Globalization;
using System.Text.Json.Nodes;

namespace Namsmannen.Application.Satser;

/// <summary>One value of a rate row: where it sits in the row's JSON (<c>sats</c>, <c>klasser.1.0</c>), its label and unit.</summary>
public sealed record Satsfelt(string Sti, string Ledetekst, string Enhet, int Desimaler = 2);

/// <summary>
/// A rate table as administrators see it (issue 20): its code in <c>satsrader</c>, its name, its values, and the
/// day of the year its rows must start on when the law fixes one.
/// </summary>
public sealed record Satstabellbeskrivelse(string Kode, string Navn, IReadOnlyList<Satsfelt> Felt, string Fornyes, Func<DateOnly, bool> GyldigFra, string DatoregelTekst)
{
    private static readonly CultureInfo Norsk = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>The row's JSON object from its values, by <see cref="Satsfelt.Sti"/>.</summary>
    public string Json(IReadOnlyDictionary<string, decimal> verdier)
    {
        var rot = new JsonObject();
        foreach (var felt in Felt)
        {
            Sett(rot, felt.Sti.Split('/'), verdier[felt.Sti]);
        }

        return rot.ToJsonString();
    }

    /// <summary>The values of a stored row, by <see cref="Satsfelt.Sti"/>.</summary>
    public IReadOnlyDictionary<string, decimal> Verdier(string json)
    {
        var rot = JsonNode.Parse(json);
        return Felt.ToDictionary(f => f.Sti, f => Les(rot, f.Sti.Split('/')));
    }

    /// <summary>The row's values in one line: «12,00 %», «Enslig 10 724 kr, …».</summary>
    public string Tekst(string json)
    {
        var verdier = Verdier(json);
        return string.Join(", ", Felt.Select(f => (Felt.Count == 1 ? string.Empty : f.Ledetekst + " ") + Tall(verdier[f.Sti], f)));
    }

    public static string Tall(decimal verdi, Satsfelt felt) =>
        verdi.ToString(felt.Enhet == "kr" && verdi == decimal.Truncate(verdi) ? "#,0" : "#,0." + new string('0', felt.Desimaler), Norsk) + (felt.Enhet.Length > 0 ? " " + felt.Enhet : string.Empty);

    private static void Sett(JsonObject rot, string[] sti, decimal verdi)
    {
        JsonNode node = rot;
        for (var i = 0; i < sti.Length; i++)
        {
            var siste = i == sti.Length - 1;
            var nesteErIndeks = !siste && int.TryParse(sti[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out _);
            if (node is JsonArray liste)
            {
                if (siste)
                {
                    liste.Add(verdi);
                    return;
                }

                throw new InvalidOperationException("A rate value path may end in an array, not pass through one.");
            }

            var objekt = (JsonObject)node;
            if (siste)
            {
                objekt[sti[i]] = verdi;
                return;
            }

            node = objekt[sti[i]] ??= nesteErIndeks ? new JsonArray() : new JsonObject();
        }
    }

    private static decimal Les(JsonNode? node, string[] sti)
    {
        foreach (var del in sti)
        {
            node = node is JsonArray liste ? liste[int.Parse(del, CultureInfo.InvariantCulture)] : node?[del];
        }

        return node?.GetValue<decimal>() ?? throw new InvalidOperationException($"The rate row has no value at {string.Join('.', sti)}.");
    }

    public string Datotekst(DateOnly dato) => dato.ToString("d. MMMM yyyy", Norsk);
}

/// <summary>Every rate table, in the order the admin page lists them. The codes are the data file's keys.</summary>
public static class Satstabeller
{
    private static readonly string[] Aldersbolker = ["0–5 år", "6–10 år", "11–14 år", "15 år og eldre"];

    private static bool Forste(DateOnly d, params int[] maneder) => d.Day == 1 && maneder.Contains(d.Month);

    private static bool ForsteIManeden(DateOnly d) => d.Day == 1;

    public static readonly IReadOnlyList<Satstabellbeskrivelse> Alle =
    [
        // Rettsgebyrloven § 1: rettsgebyret fastsettes fra 1. januar.
        new("rettsgebyr", "Rettsgebyret (R)", [new("belop", "Rettsgebyret", "kr")], "hvert år fra 1. januar", d => Forste(d, 1), "Rettsgebyret gjelder fra 1. januar."),
        .. Features.Beregninger.BeregnRettsgebyr.Steg.Select(s => new Satstabellbeskrivelse(
            "gebyrmultiplikatorer." + s.Key, "Gebyrmultiplikator: " + s.Value.Navn.ToLowerInvariant(), [new("multiplikator", "Multiplikator", "× R")],
            "når rettsgebyrloven endres", ForsteIManeden, "Multiplikatoren gjelder fra den første i en måned.")),
        // Folketrygdloven § 1-4: grunnbeløpet reguleres fra 1. mai.
        new("grunnbelop", "Grunnbeløpet (G)", [new("belop", "Grunnbeløpet", "kr")], "hvert år fra 1. mai", d => Forste(d, 5), "Grunnbeløpet gjelder fra 1. mai."),
        // FOR-2014-06-13-724: livsoppholdssatsene justeres fra 1. juli.
        new("livsopphold", "Livsoppholdssatsene", [
            new("enslig", "Enslig", "kr"), new("giftEllerSamboerHver", "Gift eller samboer, hver", "kr"), new("forsorgerEktefelle", "Forsørget ektefelle", "kr"),
            new("barn0til5", "Barn 0–5 år", "kr"), new("barn6til10", "Barn 6–10 år", "kr"), new("barn11til14", "Barn 11–14 år", "kr"), new("barn15pluss", "Barn 15 år og eldre", "kr")],
            "hvert år fra 1. juli", d => Forste(d, 7), "Livsoppholdssatsene gjelder fra 1. juli."),
        new("samvaer", "Samværssatsene", [.. Enumerable.Range(1, 4).SelectMany(k => Aldersbolker.Select((a, i) => new Satsfelt($"klasser/{k}/{i}", $"Klasse {k}, {a}", "kr")))],
            "hvert år fra 1. juli", d => Forste(d, 7), "Samværssatsene gjelder fra 1. juli."),
        new("boutgiftsnorm", "Boutgiftsnormen", [
            new("ensligRimelig", "Enslig, rimelig", "kr"), new("ensligMaks", "Enslig, høyst", "kr"), new("parRimelig", "Par, rimelig", "kr"),
            new("parMaks", "Par, høyst", "kr"), new("perBarn", "Per barn", "kr"), new("maksTotalt", "Høyst i alt", "kr")],
            "hvert år", ForsteIManeden, "Boutgiftsnormen gjelder fra den første i en måned."),
        // Forsinkelsesrenteloven § 3: renten fastsettes for hvert halvår fra 1. januar og 1. juli.
        new("forsinkelsesrente", "Forsinkelsesrenten", [new("sats", "Rentesatsen", "%")], "hvert halvår fra 1. januar og 1. juli", d => Forste(d, 1, 7), "Forsinkelsesrenten gjelder fra 1. januar eller 1. juli."),
    ];

    public static Satstabellbeskrivelse? Finn(string? kode) => Alle.FirstOrDefault(t => t.Kode == kode);
}
