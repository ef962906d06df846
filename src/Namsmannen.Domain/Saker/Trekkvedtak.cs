using System.Text.Json;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Saker;

/// <summary>
/// An utleggstrekk decided in a case, with its basis: what was entered, the calculation line by line and its warnings,
/// so the decision can be read back exactly as it was made. Owned by the case (<see cref="Sak.Trekkvedtak"/>) and made
/// only by <see cref="Sak.VedtaTrekk"/>. From 2026 a debtor's trekk are coordinated: one monthly amount pays the kravkø.
/// </summary>
public sealed class Trekkvedtak
{
    private Trekkvedtak()
    {
    }

    public Guid Id { get; private set; }

    public Guid SakId { get; private set; }

    public Guid SkyldnerId { get; private set; }

    public string ArbeidsgiverOrgnr { get; private set; } = string.Empty;

    public Belop BelopPerManed { get; private set; }

    public DateOnly Vedtatt { get; private set; }

    public DateOnly Start { get; private set; }

    public DateOnly? SenesteSlutt { get; private set; }

    public Kravklasse Kravklasse { get; private set; }

    /// <summary>The calculation line by line, as JSON, so the decision can be read back exactly as it was made.</summary>
    public string Beregning { get; private set; } = string.Empty;

    /// <summary>What the calculation was given (income, household, housing, special costs), as JSON: the decision's basis.</summary>
    public string Grunnlag { get; private set; } = "{}";

    /// <summary>The rate rows the decision's calculation used, by id (issue 20).</summary>
    public long[] Satsrader { get; private set; } = [];

    /// <summary>The calculator's warnings when the decision was made (a stale rate, a norm from another year), as a JSON array.</summary>
    public string Advarsler { get; private set; } = "[]";

    internal static Trekkvedtak Vedtak(Sak sak, string arbeidsgiverOrgnr, TrekkResultat beregning, string grunnlag, DateOnly vedtatt, DateOnly start, DateOnly? senesteSlutt, Kravklasse klasse) => new()
    {
        Id = Guid.NewGuid(),
        SakId = sak.Id,
        SkyldnerId = sak.SkyldnerId,
        ArbeidsgiverOrgnr = arbeidsgiverOrgnr,
        BelopPerManed = beregning.TrekkPerManed,
        Vedtatt = vedtatt,
        Start = start,
        SenesteSlutt = senesteSlutt,
        Kravklasse = klasse,
        Beregning = BeregningJson(beregning),
        Grunnlag = grunnlag,
        Advarsler = JsonSerializer.Serialize(beregning.Advarsler),
        Satsrader = [.. beregning.Satsrader],
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
