namespace Namsmannen.Domain.Identifikatorer;

/// <summary>A nine-digit organisasjonsnummer from Enhetsregisteret, checked by modulus 11.</summary>
public sealed record Organisasjonsnummer
{
    // Brønnøysundregistrene: vekttall 3,2,7,6,5,4,3,2 for kontrollsifferet
    private static readonly int[] Weights = [3, 2, 7, 6, 5, 4, 3, 2];

    private Organisasjonsnummer(string verdi) => Verdi = verdi;

    public string Verdi { get; }

    public static Organisasjonsnummer Parse(string? input) =>
        TryParse(input, out var result, out var feil) ? result : throw new DomainException(feil);

    public static bool TryParse(string? input, out Organisasjonsnummer result, out string feil)
    {
        result = null!;
        var digits = (input ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit))
        {
            feil = "Organisasjonsnummeret må ha 9 siffer.";
            return false;
        }

        var d = digits.Select(c => c - '0').ToArray();
        if (ControlDigit(d) != d[8])
        {
            feil = "Organisasjonsnummeret har feil kontrollsiffer.";
            return false;
        }

        result = new Organisasjonsnummer(digits);
        feil = string.Empty;
        return true;
    }

    /// <summary>Completes eight digits with their control digit, or gives null when remainder 1 makes them unusable.</summary>
    public static Organisasjonsnummer? Create(string first8)
    {
        if (first8.Length != 8 || !first8.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Åtte siffer forventes.", nameof(first8));
        }

        var k = ControlDigit(first8.Select(c => c - '0').ToArray());
        return k is null ? null : new Organisasjonsnummer(first8 + k.Value);
    }

    public override string ToString() => Verdi;

    private static int? ControlDigit(int[] d)
    {
        var remainder = Weights.Select((w, i) => w * d[i]).Sum() % 11;
        return remainder switch
        {
            0 => 0,
            1 => null,
            _ => 11 - remainder,
        };
    }
}
