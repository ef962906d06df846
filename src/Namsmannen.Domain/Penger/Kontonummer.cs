namespace Namsmannen.Domain.Penger;

/// <summary>A Norwegian bank account number: 11 digits, the last a MOD11 check digit; shown as 4-2-5 digits.</summary>
public sealed record Kontonummer
{
    private Kontonummer(string verdi) => Verdi = verdi;

    public string Verdi { get; }

    /// <summary>Reads an account number typed with or without spaces and dots, or says why it is not one.</summary>
    // Bankenes Standardiseringskontor: kontonummer 11 siffer, kontrollsiffer etter MOD11 (vekter 5,4,3,2,7,6,5,4,3,2)
    public static bool TryParse(string? tekst, out Kontonummer kontonummer, out string feil)
    {
        kontonummer = null!;
        var siffer = new string((tekst ?? string.Empty).Where(c => c is not (' ' or '.')).ToArray());
        if (siffer.Length != 11 || !siffer.All(char.IsAsciiDigit))
        {
            feil = "Kontonummeret må ha 11 siffer, for eksempel 1234 56 78903.";
            return false;
        }

        if (Kid.Mod11(siffer[..10]) is not { } kontroll || kontroll != siffer[10] - '0')
        {
            feil = "Kontonummeret har feil kontrollsiffer. Sjekk at det er skrevet riktig.";
            return false;
        }

        kontonummer = new Kontonummer(siffer);
        feil = string.Empty;
        return true;
    }

    public static Kontonummer Parse(string? tekst) => TryParse(tekst, out var k, out var feil) ? k : throw new DomainException(feil, "Kontonummer");

    /// <summary>Completes ten digits with their check digit, or null when MOD11 gives none (for demo and test accounts).</summary>
    public static Kontonummer? MedKontrollsiffer(string ti) =>
        ti.Length == 10 && ti.All(char.IsAsciiDigit) && Kid.Mod11(ti) is { } k ? new Kontonummer(ti + k) : null;

    /// <summary>4-2-5, as a bank prints it.</summary>
    public string Formatert => Formater(Verdi);

    /// <summary>«7694 05 00012»: an 11-digit account number grouped as banks print it; anything else as it is.</summary>
    public static string Formater(string verdi) => verdi.Length == 11 ? $"{verdi[..4]} {verdi[4..6]} {verdi[6..]}" : verdi;

    public override string ToString() => Verdi;
}
