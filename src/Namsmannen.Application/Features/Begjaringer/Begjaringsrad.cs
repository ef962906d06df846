using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Begjaringer;

/// <summary>
/// One begjæring as the creditor sent it, every field as text: from the API's JSON, a CSV row or the portal form.
/// All three go through <see cref="BegjaringLeser"/>, so they are checked by the same rules with the same messages.
/// </summary>
public sealed record Begjaringsrad
{
    public string? Referanse { get; init; }

    public string? Type { get; init; }

    public string? SkyldnerIdentifikator { get; init; }

    public string? SkyldnerNavn { get; init; }

    public string? SkyldnerAdresse { get; init; }

    public string? SkyldnerPostnummer { get; init; }

    public string? SkyldnerPoststed { get; init; }

    public string? GrunnlagType { get; init; }

    public string? GrunnlagForkynt { get; init; }

    public string? GrunnlagOppfyllelsesfrist { get; init; }

    public string? GrunnlagForfall { get; init; }

    public string? Hovedstol { get; init; }

    public string? Renter { get; init; }

    public string? Omkostninger { get; init; }

    public string? VarselSendt { get; init; }

    /// <summary>The row came as API JSON: its amounts are JSON numbers in their raw text, read as such.</summary>
    public bool Json { get; init; }

    /// <summary>Amount fields (by API name) whose JSON value was a string; they are refused, since a JSON amount is a number.</summary>
    public IReadOnlySet<string> BelopSomTekst { get; init; } = new HashSet<string>();
}

/// <summary>Why a field was refused: the field's path as in the API (<c>skyldner.identifikator</c>), a stable code and a Norwegian sentence.</summary>
public sealed record Feil(string Felt, string Kode, string Melding);

/// <summary>A begjæring that passed every check, with typed values.</summary>
public sealed record GyldigBegjaring(
    string Referanse,
    Begjaringstype Type,
    Domain.Parter.Skyldnertype SkyldnerType,
    string SkyldnerIdentifikator,
    string SkyldnerNavn,
    string SkyldnerAdresse,
    string SkyldnerPostnummer,
    string SkyldnerPoststed,
    Tvangsgrunnlag Grunnlag,
    decimal Hovedstol,
    decimal Renter,
    decimal Omkostninger,
    DateOnly? VarselSendt);

/// <summary>The answer for one item: MOTTATT with the new saksnummer, AVVIST with the reasons, or DUPLIKAT with the existing saksnummer.</summary>
public sealed record Kvittering(int Linje, string? Referanse, string Status, string? Saksnummer, IReadOnlyList<Feil> Feil)
{
    public const string Mottatt = "MOTTATT";
    public const string Avvist = "AVVIST";
    public const string Duplikat = "DUPLIKAT";

    /// <summary>
    /// What namsmannen will check about a received begjæring without refusing it: an address Posten's register does not
    /// know as given (issue 12, M2). Left out of the JSON when there is none, so a clean receipt reads as before.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Feil>? Merknader { get; init; }
}

/// <summary>The fields of a begjæring by their API and CSV names, in the order the CSV file has them.</summary>
public static class Felt
{
    public const string Referanse = "referanse";
    public const string Type = "type";
    public const string SkyldnerIdentifikator = "skyldner.identifikator";
    public const string SkyldnerNavn = "skyldner.navn";
    public const string SkyldnerAdresse = "skyldner.adresse";
    public const string SkyldnerPostnummer = "skyldner.postnummer";
    public const string SkyldnerPoststed = "skyldner.poststed";
    public const string GrunnlagType = "grunnlag.type";
    public const string GrunnlagForkynt = "grunnlag.forkynt";
    public const string GrunnlagOppfyllelsesfrist = "grunnlag.oppfyllelsesfrist";
    public const string GrunnlagForfall = "grunnlag.forfall";
    public const string Hovedstol = "krav.hovedstol";
    public const string Renter = "krav.renter";
    public const string Omkostninger = "krav.omkostninger";
    public const string VarselSendt = "varselSendt";

    public static readonly IReadOnlyList<string> Alle =
    [
        Referanse, Type, SkyldnerIdentifikator, SkyldnerNavn, SkyldnerAdresse, SkyldnerPostnummer, SkyldnerPoststed,
        GrunnlagType, GrunnlagForkynt, GrunnlagOppfyllelsesfrist, GrunnlagForfall, Hovedstol, Renter, Omkostninger, VarselSendt,
    ];

    /// <summary>"skyldner.identifikator" → "SkyldnerIdentifikator": the form's property for an API field.</summary>
    public static string Egenskap(string felt) => string.Concat(felt.Split('.').Select(d => char.ToUpperInvariant(d[0]) + d[1..])) switch
    {
        "KravHovedstol" => nameof(Begjaringsrad.Hovedstol),
        "KravRenter" => nameof(Begjaringsrad.Renter),
        "KravOmkostninger" => nameof(Begjaringsrad.Omkostninger),
        var egenskap => egenskap,
    };

    /// <summary>The field's value in a row, by its API name.</summary>
    public static string? Verdi(Begjaringsrad rad, string felt) => felt switch
    {
        Referanse => rad.Referanse,
        Type => rad.Type,
        SkyldnerIdentifikator => rad.SkyldnerIdentifikator,
        SkyldnerNavn => rad.SkyldnerNavn,
        SkyldnerAdresse => rad.SkyldnerAdresse,
        SkyldnerPostnummer => rad.SkyldnerPostnummer,
        SkyldnerPoststed => rad.SkyldnerPoststed,
        GrunnlagType => rad.GrunnlagType,
        GrunnlagForkynt => rad.GrunnlagForkynt,
        GrunnlagOppfyllelsesfrist => rad.GrunnlagOppfyllelsesfrist,
        GrunnlagForfall => rad.GrunnlagForfall,
        Hovedstol => rad.Hovedstol,
        Renter => rad.Renter,
        Omkostninger => rad.Omkostninger,
        VarselSendt => rad.VarselSendt,
        _ => throw new ArgumentOutOfRangeException(nameof(felt), felt, "Ukjent felt."),
    };

    /// <summary>A row from field values by API name (the CSV reader's and the JSON reader's common ground).</summary>
    public static Begjaringsrad Rad(Func<string, string?> verdi) => new()
    {
        Referanse = verdi(Referanse),
        Type = verdi(Type),
        SkyldnerIdentifikator = verdi(SkyldnerIdentifikator),
        SkyldnerNavn = verdi(SkyldnerNavn),
        SkyldnerAdresse = verdi(SkyldnerAdresse),
        SkyldnerPostnummer = verdi(SkyldnerPostnummer),
        SkyldnerPoststed = verdi(SkyldnerPoststed),
        GrunnlagType = verdi(GrunnlagType),
        GrunnlagForkynt = verdi(GrunnlagForkynt),
        GrunnlagOppfyllelsesfrist = verdi(GrunnlagOppfyllelsesfrist),
        GrunnlagForfall = verdi(GrunnlagForfall),
        Hovedstol = verdi(Hovedstol),
        Renter = verdi(Renter),
        Omkostninger = verdi(Omkostninger),
        VarselSendt = verdi(VarselSendt),
    };
}
