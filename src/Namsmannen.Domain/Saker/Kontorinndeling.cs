namespace Namsmannen.Domain.Saker;

/// <summary>A namsmann office: the civil enforcement unit of one police district (politidistrikt).</summary>
public sealed record Kontor(string Kode, string Navn);

/// <summary>
/// Which office a case belongs to. The office is decided by where the debtor lives (issue 6); namsmannen's offices are
/// the twelve police districts. The system knows the debtor's postnummer, not the municipality, so the postnummer's
/// range stands in for the municipality (interpretation, listed in docs/domain.md): the ranges follow the postal
/// regions, which follow county lines closely enough for routing work, and a caseworker can see the address.
/// </summary>
public static class Kontorinndeling
{
    public static readonly Kontor Oslo = new("OSLO", "Oslo politidistrikt");
    public static readonly Kontor Ost = new("OST", "Øst politidistrikt");
    public static readonly Kontor Innlandet = new("INNLANDET", "Innlandet politidistrikt");
    public static readonly Kontor SorOst = new("SOR_OST", "Sør-Øst politidistrikt");
    public static readonly Kontor Agder = new("AGDER", "Agder politidistrikt");
    public static readonly Kontor SorVest = new("SOR_VEST", "Sør-Vest politidistrikt");
    public static readonly Kontor Vest = new("VEST", "Vest politidistrikt");
    public static readonly Kontor MoreOgRomsdal = new("MORE_OG_ROMSDAL", "Møre og Romsdal politidistrikt");
    public static readonly Kontor Trondelag = new("TRONDELAG", "Trøndelag politidistrikt");
    public static readonly Kontor Nordland = new("NORDLAND", "Nordland politidistrikt");
    public static readonly Kontor Troms = new("TROMS", "Troms politidistrikt");
    public static readonly Kontor Finnmark = new("FINNMARK", "Finnmark politidistrikt");

    /// <summary>The offices in the order the police list their districts, south and east first.</summary>
    public static readonly IReadOnlyList<Kontor> Alle = [Oslo, Ost, Innlandet, SorOst, Agder, SorVest, Vest, MoreOgRomsdal, Trondelag, Nordland, Troms, Finnmark];

    /// <summary>Postnummer ranges (first and last, inclusive) and their office; together they cover 0000–9999 without overlap.</summary>
    public static readonly IReadOnlyList<(int Fra, int Til, Kontor Kontor)> Omrader =
    [
        (0, 1399, Oslo), // Oslo, Asker and Bærum
        (1400, 2099, Ost), // Follo, Østfold, Romerike
        (2100, 2999, Innlandet), // Hedmark and Oppland
        (3000, 3999, SorOst), // Buskerud, Vestfold, Telemark
        (4000, 4399, SorVest), // Stavanger, Sandnes, Jæren, Dalane
        (4400, 4999, Agder),
        (5000, 5499, Vest), // Bergen and Hordaland
        (5500, 5599, SorVest), // Haugesund and Karmøy
        (5600, 5999, Vest), // Sunnhordland, Hardanger, Nordhordland
        (6000, 6699, MoreOgRomsdal),
        (6700, 6999, Vest), // Sogn og Fjordane
        (7000, 7999, Trondelag),
        (8000, 8999, Nordland),
        (9000, 9499, Troms),
        (9500, 9999, Finnmark),
    ];

    /// <summary>The office for a debtor's postnummer (four digits).</summary>
    public static Kontor Finn(string postnummer)
    {
        if (postnummer is not { Length: 4 } || !int.TryParse(postnummer, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var nummer))
        {
            throw new DomainException($"Postnummeret «{postnummer}» er ikke fire siffer, så saken kan ikke fordeles til et kontor.");
        }

        foreach (var (fra, til, kontor) in Omrader)
        {
            if (nummer >= fra && nummer <= til)
            {
                return kontor;
            }
        }

        throw new DomainException($"Postnummeret {postnummer} hører ikke til noe kontor.");
    }

    /// <summary>
    /// The office for a debtor's address: by its postnummer, unless Posten's register has no such postnummer but knows
    /// the poststed and every postnummer of that poststed lies with one office; then by the poststed (interpretation,
    /// listed in docs/domain.md; issue 12, M2: «9999 Oslo» was sent to Finnmark). The address is flagged either way.
    /// </summary>
    public static Kontor Finn(string postnummer, string poststed, Parter.Postnummerregister register)
    {
        if (register.Finn(postnummer) is null)
        {
            var kontorer = register.MedPoststed(poststed).Select(p => Finn(p.Postnummer)).Distinct().ToList();
            if (kontorer.Count == 1)
            {
                return kontorer[0];
            }
        }

        return Finn(postnummer);
    }

    public static Kontor? FraKode(string? kode) => Alle.FirstOrDefault(k => k.Kode == kode);

    public static string Navn(string kode) => FraKode(kode)?.Navn ?? kode;
}
