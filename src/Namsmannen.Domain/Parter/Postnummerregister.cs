namespace Namsmannen.Domain.Parter;

/// <summary>
/// One row of Posten's postnummerregister: a postnummer, its poststed, the municipality it lies in, and its category
/// (G street addresses, P post boxes, B both, S service numbers, F several uses).
/// </summary>
public sealed record Poststed(string Postnummer, string Navn, string Kommunenummer, string Kommunenavn, char Kategori);

/// <summary>What Posten's register says of a postal address's postnummer and poststed (issue 12, M2).</summary>
public enum Adressekontroll
{
    /// <summary>The postnummer exists and the poststed is its own.</summary>
    Godkjent,

    /// <summary>The register has no such postnummer.</summary>
    UkjentPostnummer,

    /// <summary>The postnummer exists, but under another poststed.</summary>
    AnnetPoststed,
}

/// <summary>
/// Posten's postnummerregister as of one day: which postnumre exist and which poststed each belongs to. It is dated
/// data (Posten changes it a few times a year), read from Posten's own file format by the application; here it only
/// answers questions.
/// </summary>
public sealed class Postnummerregister
{
    private readonly Dictionary<string, Poststed> etterNummer;
    private readonly Dictionary<string, List<Poststed>> etterNavn;

    public Postnummerregister(DateOnly dato, IEnumerable<Poststed> poststeder)
    {
        Dato = dato;
        etterNummer = new Dictionary<string, Poststed>(StringComparer.Ordinal);
        etterNavn = new Dictionary<string, List<Poststed>>(StringComparer.Ordinal);
        foreach (var poststed in poststeder)
        {
            if (!etterNummer.TryAdd(poststed.Postnummer, poststed))
            {
                throw new ArgumentException($"Postnummeret {poststed.Postnummer} står to ganger i registeret.", nameof(poststeder));
            }

            var navn = Normaliser(poststed.Navn);
            if (!etterNavn.TryGetValue(navn, out var liste))
            {
                etterNavn[navn] = liste = [];
            }

            liste.Add(poststed);
        }
    }

    /// <summary>The day the register was taken from Posten.</summary>
    public DateOnly Dato { get; }

    public int Antall => etterNummer.Count;

    public IEnumerable<Poststed> Alle => etterNummer.Values;

    public Poststed? Finn(string postnummer) => etterNummer.GetValueOrDefault(postnummer.Trim());

    /// <summary>Every postnummer of a poststed, spelled in any case, with spaces and hyphens alike.</summary>
    public IReadOnlyList<Poststed> MedPoststed(string poststed) =>
        etterNavn.TryGetValue(Normaliser(poststed), out var liste) ? liste : [];

    public Adressekontroll Kontroller(string postnummer, string poststed) => Finn(postnummer) switch
    {
        null => Adressekontroll.UkjentPostnummer,
        var funnet when Normaliser(funnet.Navn) != Normaliser(poststed) => Adressekontroll.AnnetPoststed,
        _ => Adressekontroll.Godkjent,
    };

    /// <summary>Posten writes poststeder in capitals; a creditor writes «Mo i Rana» or «Mo  i  Rana».</summary>
    private static string Normaliser(string navn) =>
        string.Join(' ', navn.Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
