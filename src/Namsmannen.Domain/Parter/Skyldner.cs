using Namsmannen.Domain.Identifikatorer;

namespace Namsmannen.Domain.Parter;

/// <summary>The debtor: a person (fødselsnummer or D-nummer) or a company (organisasjonsnummer).</summary>
public sealed class Skyldner
{
    private Skyldner()
    {
        Identifikator = string.Empty;
        Navn = string.Empty;
        Adresse = string.Empty;
        Postnummer = string.Empty;
        Poststed = string.Empty;
    }

    private Skyldner(Guid id, Skyldnertype type, string identifikator, string navn, string adresse, string postnummer, string poststed)
    {
        if (string.IsNullOrWhiteSpace(navn))
        {
            throw new DomainException("Skyldneren må ha et navn.");
        }

        Id = id;
        Type = type;
        Identifikator = identifikator;
        Navn = navn.Trim();
        Adresse = adresse.Trim();
        Postnummer = postnummer.Trim();
        Poststed = poststed.Trim();
    }

    public Guid Id { get; private set; }

    public Skyldnertype Type { get; private set; }

    /// <summary>Fødselsnummer/D-nummer for a person, organisasjonsnummer for a company. Sensitive: show masked.</summary>
    public string Identifikator { get; private set; }

    public string Navn { get; private set; }

    public string Adresse { get; private set; }

    public string Postnummer { get; private set; }

    public string Poststed { get; private set; }

    /// <summary>The målform the debtor has asked for; null when not known (the contact register's is used, else bokmål).</summary>
    public Malform? Malform { get; private set; }

    /// <summary>
    /// The address is protected (fortrolig adresse, folkeregisterloven § 10-4): it is printed only on letters to the
    /// debtor, never on any letter to another party.
    /// </summary>
    public bool FortroligAdresse { get; private set; }

    /// <summary>Household and income as last documented by the debtor or found by namsmannen; null until registered.</summary>
    public Husstandsopplysninger? Husstand { get; private set; }

    public void SettMalform(Malform? malform) => Malform = malform;

    public void SettFortroligAdresse(bool fortrolig) => FortroligAdresse = fortrolig;

    /// <summary>The address as one line, as the case page and the audit log show it.</summary>
    public string Postadresse => $"{Adresse}, {Postnummer} {Poststed}";

    /// <summary>
    /// Namsmannen corrects the debtor's address after checking it (issue 12, M2: a creditor's address is never written
    /// over namsmannen's; a caseworker's check is). The cases stay with their office (docs/domain.md).
    /// </summary>
    public void RettAdresse(string adresse, string postnummer, string poststed)
    {
        if (string.IsNullOrWhiteSpace(adresse) || string.IsNullOrWhiteSpace(poststed) || postnummer?.Trim() is not { Length: 4 } nummer || !nummer.All(char.IsAsciiDigit))
        {
            throw new DomainException("En adresse har gateadresse eller postboks, et postnummer på fire siffer og et poststed.");
        }

        Adresse = adresse.Trim();
        Postnummer = nummer;
        Poststed = poststed.Trim();
    }

    public string MaskertIdentifikator =>
        Type == Skyldnertype.Person ? Fodselsnummer.Mask(Identifikator) : Identifikator;

    // dekningsloven § 2-7: trekket bygger på skyldnerens inntekt og husstandens behov, slik de er dokumentert
    public void RegistrerHusstand(Husstandsopplysninger opplysninger) => Husstand = opplysninger;

    public static Skyldner Person(Guid id, Fodselsnummer fodselsnummer, string navn, string adresse, string postnummer, string poststed) =>
        new(id, Skyldnertype.Person, fodselsnummer.Verdi, navn, adresse, postnummer, poststed);

    public static Skyldner Virksomhet(Guid id, Organisasjonsnummer organisasjonsnummer, string navn, string adresse, string postnummer, string poststed) =>
        new(id, Skyldnertype.Virksomhet, organisasjonsnummer.Verdi, navn, adresse, postnummer, poststed);
}
