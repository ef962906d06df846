using System.Globalization;

namespace Namsmannen.Domain.Satser;

/// <summary>How often the law renews a rate table.</summary>
public enum Fornyelse
{
    /// <summary>Fixed once; changes only when the law changes (fee multiples).</summary>
    Ingen,
    Arlig,
    Halvarlig,
}

public enum SatsStatus
{
    Gyldig,

    /// <summary>The latest row is used, but its renewal is overdue: shown with a warning.</summary>
    Utdatert,

    /// <summary>No row may be used for the date.</summary>
    Mangler,
}

/// <param name="Avledet">Derived (a policy rate plus 8 points) and not yet confirmed by an administrator: shown with a mark.</param>
/// <param name="Id">The row's id in the rate tables, so a decision can say which row it used; 0 for a row not from there.</param>
public sealed record SatsRad<T>(DateOnly Fra, T Verdi, string Kilde, bool Avledet = false, long Id = 0);

/// <summary>The rows a decision used, as it records them (issue 20): each row from the rate tables once; a row not from there (id 0) is left out.</summary>
public static class BrukteSatsrader
{
    public static IReadOnlyList<long> Av(IEnumerable<long> ider) => ider.Where(id => id > 0).Distinct().ToList();
}

public sealed record SatsOppslag<T>(string Tabell, DateOnly Dato, SatsStatus Status, SatsRad<T>? Rad, string? Advarsel)
{
    public T Verdi => Rad is not null ? Rad.Verdi : throw new DomainException(Advarsel ?? $"{Tabell} mangler for {Dato:dd.MM.yyyy}.");
}

/// <summary>
/// A dated rate table listing each change: a row applies from its date until the next row. A date before the first
/// row is missing. The newest row holds only until its renewal date (next 1 January, 1 July, …); past that the rate is
/// missing, unless the table allows stale rows, in which case the newest row is used and flagged (never silently).
/// </summary>
public sealed class Satstabell<T>
{
    private static readonly CultureInfo Norsk = CultureInfo.GetCultureInfo("nb-NO");
    private readonly SatsRad<T>[] rader;

    public Satstabell(string navn, IEnumerable<SatsRad<T>> rader, Fornyelse fornyelse, bool tillatUtdatert)
    {
        Navn = navn;
        this.rader = rader.OrderBy(r => r.Fra).ToArray();
        Fornyelse = fornyelse;
        TillatUtdatert = tillatUtdatert;
        if (this.rader.Select(r => r.Fra).Distinct().Count() != this.rader.Length)
        {
            throw new DomainException($"{navn} har to rader med samme fra-dato.");
        }
    }

    public string Navn { get; }

    public Fornyelse Fornyelse { get; }

    public bool TillatUtdatert { get; }

    public IReadOnlyList<SatsRad<T>> Rader => rader;

    /// <summary>The day the newest row lapses (next 1 January, 1 July, …; never for <see cref="Fornyelse.Ingen"/>), or null for an empty table.</summary>
    public DateOnly? Fornyes => rader.Length == 0 ? null : Fornyelse switch
    {
        Fornyelse.Arlig => rader[^1].Fra.AddYears(1),
        Fornyelse.Halvarlig => rader[^1].Fra.AddMonths(6),
        _ => DateOnly.MaxValue,
    };

    public SatsOppslag<T> Finn(DateOnly dato)
    {
        var rad = rader.LastOrDefault(r => r.Fra <= dato);
        if (rad is null)
        {
            return new(Navn, dato, SatsStatus.Mangler, null, $"{Navn} mangler for {Tekst(dato)}: tabellen starter {(rader.Length > 0 ? Tekst(rader[0].Fra) : "ikke")}.");
        }

        if (!ReferenceEquals(rad, rader[^1]))
        {
            return new(Navn, dato, SatsStatus.Gyldig, rad, null);
        }

        var fornyes = Fornyes!.Value;
        if (dato < fornyes)
        {
            return new(Navn, dato, SatsStatus.Gyldig, rad, null);
        }

        return TillatUtdatert
            ? new(Navn, dato, SatsStatus.Utdatert, rad, $"{Navn} fra {Tekst(fornyes)} mangler; satsene fra {Tekst(rad.Fra)} er brukt.")
            : new(Navn, dato, SatsStatus.Mangler, null, $"{Navn} fra {Tekst(fornyes)} mangler, så {Navn.ToLower(Norsk)} for {Tekst(dato)} er ukjent.");
    }

    /// <summary>Whether the table has a row for the date, and the warning when it has none or a stale one.</summary>
    public (SatsStatus Status, string? Advarsel) Tilstand(DateOnly dato)
    {
        var oppslag = Finn(dato);
        return (oppslag.Status, oppslag.Advarsel);
    }

    private static string Tekst(DateOnly dato) => dato.ToString("d. MMMM yyyy", Norsk);
}
