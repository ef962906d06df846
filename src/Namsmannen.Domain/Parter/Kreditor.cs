namespace Namsmannen.Domain.Parter;

/// <summary>A creditor organisation: a principal, an inkassobyrå, or a særnamsmann.</summary>
public sealed class Kreditor
{
    private Kreditor()
    {
        Navn = string.Empty;
        Organisasjonsnummer = string.Empty;
    }

    public Kreditor(Guid id, string navn, Identifikatorer.Organisasjonsnummer organisasjonsnummer, bool erSaernamsmann)
    {
        if (string.IsNullOrWhiteSpace(navn))
        {
            throw new DomainException("Kreditoren må ha et navn.");
        }

        Id = id;
        Navn = navn.Trim();
        Organisasjonsnummer = organisasjonsnummer.Verdi;
        ErSaernamsmann = erSaernamsmann;
    }

    public Guid Id { get; private set; }

    public string Navn { get; private set; }

    public string Organisasjonsnummer { get; private set; }

    /// <summary>Public creditors with their own enforcement power (domain.md § 1).</summary>
    public bool ErSaernamsmann { get; private set; }

    /// <summary>The account namsmannen pays the creditor's share of money it receives to; without one, payouts are held (issue 16).</summary>
    public string? Kontonummer { get; private set; }

    /// <summary>The målform the creditor's letters are written in.</summary>
    public Malform Malform { get; private set; }

    /// <summary>The creditor's postal address for letters on paper: street, postnummer and poststed; empty when not known.</summary>
    public string Adresse { get; private set; } = string.Empty;

    public string Postnummer { get; private set; } = string.Empty;

    public string Poststed { get; private set; } = string.Empty;

    public void SettMalform(Malform malform) => Malform = malform;

    public void SettAdresse(string adresse, string postnummer, string poststed)
    {
        Adresse = adresse.Trim();
        Postnummer = postnummer.Trim();
        Poststed = poststed.Trim();
    }

    public void SettKontonummer(Penger.Kontonummer? kontonummer) => Kontonummer = kontonummer?.Verdi;
}
