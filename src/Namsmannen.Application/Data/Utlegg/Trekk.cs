using System.Text.Json;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Utlegg;

/// <summary>An utleggstrekk decided in a case. From 2026 a debtor's trekk are coordinated: one monthly amount pays the kravkø.</summary>
public sealed class Trekk
{
    public Guid Id { get; init; }

    public Guid SakId { get; init; }

    public Guid SkyldnerId { get; init; }

    public string ArbeidsgiverOrgnr { get; init; } = string.Empty;

    public decimal BelopPerManed { get; init; }

    public DateOnly Vedtatt { get; init; }

    public DateOnly Start { get; init; }

    public DateOnly? SenesteSlutt { get; init; }

    public string Kravklasse { get; init; } = string.Empty;

    /// <summary>The calculation line by line, as JSON, so the decision can be read back exactly as it was made.</summary>
    public string Beregning { get; init; } = string.Empty;

    /// <summary>What the calculation was given (income, household, housing, special costs), as JSON: the decision's basis.</summary>
    public string Grunnlag { get; init; } = "{}";

    /// <summary>The calculator's warnings when the decision was made (a stale rate, a norm from another year), as a JSON array.</summary>
    public string Advarsler { get; init; } = "[]";

    /// <summary>An utleggstrekk decided on <paramref name="vedtatt"/> for <paramref name="sak"/>, with its calculation, basis and warnings.</summary>
    public static Trekk Vedtak(Sak sak, string arbeidsgiverOrgnr, TrekkResultat beregning, object grunnlag, DateOnly vedtatt, DateOnly start, DateOnly? senesteSlutt, Kravklasse klasse) => new()
    {
        Id = Guid.NewGuid(),
        SakId = sak.Id,
        SkyldnerId = sak.SkyldnerId,
        ArbeidsgiverOrgnr = arbeidsgiverOrgnr,
        BelopPerManed = beregning.TrekkPerManed.Kroner,
        Vedtatt = vedtatt,
        Start = start,
        SenesteSlutt = senesteSlutt,
        Kravklasse = klasse.ToString(),
        Beregning = BeregningJson(beregning),
        Grunnlag = JsonSerializer.Serialize(grunnlag),
        Advarsler = JsonSerializer.Serialize(beregning.Advarsler),
    };

    /// <summary>A calculation's lines as they are stored (here and on a recalculated version).</summary>
    public static string BeregningJson(TrekkResultat beregning) =>
        JsonSerializer.Serialize(beregning.Linjer.Select(l => new Linje(l.Post, l.Belop.Kroner, l.Forklaring)));

    /// <summary>The calculation's lines as stored.</summary>
    public IReadOnlyList<Linje> Linjer() => JsonSerializer.Deserialize<List<Linje>>(Beregning) ?? [];

    /// <summary>The warnings as stored.</summary>
    public IReadOnlyList<string> Advarselliste() => JsonSerializer.Deserialize<List<string>>(Advarsler) ?? [];

    /// <summary>One line of the stored calculation (JSON names post, belop, forklaring).</summary>
    public sealed record Linje(
        [property: System.Text.Json.Serialization.JsonPropertyName("post")] string Post,
        [property: System.Text.Json.Serialization.JsonPropertyName("belop")] decimal Belop,
        [property: System.Text.Json.Serialization.JsonPropertyName("forklaring")] string Forklaring);
}
