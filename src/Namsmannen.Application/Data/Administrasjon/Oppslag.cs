namespace Namsmannen.Application.Data.Administrasjon;

/// <summary>
/// One line of the lookup log (issue 12, M8): who searched for a person by fødselsnummer or organisasjonsnummer, or
/// opened a debtor's page, and when. The application log masks the number, so this is where the person can be found
/// again: by the debtor's id, never the number. Append-only: a trigger refuses every update and delete.
/// </summary>
public sealed class Oppslag
{
    /// <summary>A search in the case list by a debtor's number.</summary>
    public const string Identifikatorsok = "IDENTIFIKATORSOK";

    /// <summary>The debtor's page (cases, income, household) opened.</summary>
    public const string SkyldnerVist = "SKYLDNER_VIST";

    /// <summary>An administrator read the lookups of a debtor.</summary>
    public const string OppslagLest = "OPPSLAG_LEST";

    public long Id { get; init; }

    public DateTimeOffset Tidspunkt { get; init; }

    public string Art { get; init; } = string.Empty;

    /// <summary>The debtor looked up; null when namsmannen has no debtor with the number searched for.</summary>
    public Guid? SkyldnerId { get; init; }

    public string? UtfortAv { get; init; }

    public string UtfortAvNavn { get; init; } = string.Empty;

    /// <summary>The user's office when the lookup was made; null for an administrator.</summary>
    public string? Kontor { get; init; }
}
