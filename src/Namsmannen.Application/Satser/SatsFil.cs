using System.Globalization;
using System.Text.Json;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Application.Satser;

/// <summary>
/// Reads rate tables in the data file's JSON shape into a <see cref="Satsbok"/>: the rows in force in PostgreSQL
/// (<see cref="Satsregister"/>, issue 20), or the data file <c>Satser/satser.json</c> (embedded in this assembly) that
/// the migration <c>Satsrader</c> seeded them from, which the rules' tests still read. Each table's renewal cadence and
/// whether a stale newest row may be used are decided here, in one place.
/// </summary>
public static class SatsFil
{
    public const string Ressurs = "Namsmannen.Satser.json";

    public static Satsbok Les()
    {
        using var stream = typeof(SatsFil).Assembly.GetManifestResourceStream(Ressurs)
            ?? throw new InvalidOperationException($"The rate data file {Ressurs} is not embedded.");
        using var json = JsonDocument.Parse(stream);
        return Les(json.RootElement);
    }

    public static Satsbok Les(JsonElement root)
    {
        var multiplikatorer = root.GetProperty("gebyrmultiplikatorer").EnumerateObject().ToDictionary(
            p => Steg(p.Name),
            p => new Satstabell<decimal>($"Gebyrmultiplikator for {p.Name}", p.Value.EnumerateArray().Select(r => Rad(r, r.GetProperty("multiplikator").GetDecimal())), Fornyelse.Ingen, tillatUtdatert: false));
        foreach (var steg in Enum.GetValues<RettsgebyrSteg>().Where(s => !multiplikatorer.ContainsKey(s)))
        {
            throw new InvalidOperationException($"The rate data file has no fee multiple for {steg}.");
        }

        return new Satsbok(
            // Rettsgebyret fastsettes fra 1. januar hvert år (rettsgebyrloven § 1): et manglende år er ukjent.
            new Satstabell<decimal>("Rettsgebyret", Rader(root, "rettsgebyr", r => r.GetProperty("belop").GetDecimal()), Fornyelse.Arlig, tillatUtdatert: false),
            multiplikatorer,
            // Grunnbeløpet reguleres fra 1. mai hvert år (folketrygdloven § 1-4).
            new Satstabell<decimal>("Grunnbeløpet", Rader(root, "grunnbelop", r => r.GetProperty("belop").GetDecimal()), Fornyelse.Arlig, tillatUtdatert: false),
            // Livsoppholdssatsene justeres 1. juli (FOR-2014-06-13-724); domain.md: nyere rader er ikke bekreftet, så den siste brukes med advarsel.
            new Satstabell<Livsoppholdssats>("Livsoppholdssatsene", Rader(root, "livsopphold", r => new Livsoppholdssats(
                D(r, "enslig"), D(r, "giftEllerSamboerHver"), D(r, "forsorgerEktefelle"), D(r, "barn0til5"), D(r, "barn6til10"), D(r, "barn11til14"), D(r, "barn15pluss"))), Fornyelse.Arlig, tillatUtdatert: true),
            new Satstabell<Samvaerssats>("Samværssatsene", Rader(root, "samvaer", r => new Samvaerssats(
                r.GetProperty("klasser").EnumerateObject().ToDictionary(k => int.Parse(k.Name, CultureInfo.InvariantCulture), k => k.Value.EnumerateArray().Select(v => v.GetDecimal()).ToArray()))), Fornyelse.Arlig, tillatUtdatert: true),
            new Satstabell<Boutgiftsnorm>("Boutgiftsnormen", Rader(root, "boutgiftsnorm", r => new Boutgiftsnorm(
                D(r, "ensligRimelig"), D(r, "ensligMaks"), D(r, "parRimelig"), D(r, "parMaks"), D(r, "perBarn"), D(r, "maksTotalt"))), Fornyelse.Arlig, tillatUtdatert: true),
            // Forsinkelsesrenten fastsettes for hvert halvår fra 1. januar og 1. juli (forsinkelsesrenteloven § 3).
            new Satstabell<decimal>("Forsinkelsesrenten", Rader(root, "forsinkelsesrente", r => r.GetProperty("sats").GetDecimal()), Fornyelse.Halvarlig, tillatUtdatert: false));
    }

    private static IEnumerable<SatsRad<T>> Rader<T>(JsonElement root, string tabell, Func<JsonElement, T> verdi) =>
        root.GetProperty(tabell).EnumerateArray().Select(r => Rad(r, verdi(r)));

    private static SatsRad<T> Rad<T>(JsonElement r, T verdi) => new(
        DateOnly.ParseExact(r.GetProperty("fra").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        verdi,
        r.GetProperty("kilde").GetString() ?? string.Empty,
        r.TryGetProperty("avledet", out var avledet) && avledet.GetBoolean(),
        r.TryGetProperty("id", out var id) ? id.GetInt64() : 0);

    private static decimal D(JsonElement r, string navn) => r.GetProperty(navn).GetDecimal();

    /// <summary>The fee steps by their code, the same in the rate tables as in the fee calculator's API.</summary>
    private static RettsgebyrSteg Steg(string navn) =>
        Features.Beregninger.BeregnRettsgebyr.Steg.TryGetValue(navn, out var steg)
            ? steg.Steg
            : throw new InvalidOperationException($"Unknown fee step {navn} in the rate data file.");
}
