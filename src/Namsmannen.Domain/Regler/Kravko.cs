using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Domain.Regler;

/// <summary>Priority classes of the claim queue, dekningsloven § 2-8.</summary>
public enum Kravklasse
{
    Bidrag = 1,
    ErstatningForStraffbarHandling = 2,
    Boter = 3,
    SkattOgAvgifter = 4,
    AndreKrav = 5,
}

/// <param name="TrekkSlutt">The last day an old-regime trekk may run (2 years, 5 for tax), or null when it runs until paid.</param>
public sealed record KravIKo(string Saksnummer, Kravklasse Klasse, DateOnly TrekkVedtatt, Belop Utestaende, DateOnly? TrekkSlutt = null);

public sealed record KravDekning(string Saksnummer, Belop Dekket, Belop GjenstaarEtter);

/// <summary>The one coordinated trekk per debtor pays the claims in a queue, one at a time.</summary>
public static class Kravko
{
    // dekningsloven § 2-8: bidrag, erstatning for straffbare handlinger, bøter, skatt og avgifter, andre krav
    // ASSUMPTION (domain.md § 5): innen en klasse etter datoen trekket ble vedtatt, så saksnummer (som tall)
    public static IReadOnlyList<KravIKo> Ordne(IEnumerable<KravIKo> krav) =>
        krav.OrderBy(k => k.Klasse).ThenBy(k => k.TrekkVedtatt).ThenBy(k => k.Saksnummer, Saksnummer.Rekkefolge).ToList();

    /// <summary>The claims still in the queue on <paramref name="dato"/>: an old-regime trekk leaves it on its end date.</summary>
    // domain.md § 5: før 2026 løper et trekk høyst 2 år (5 for skatt); det utløpte trekket er ikke lenger en del av køen
    public static IReadOnlyList<KravIKo> Aktive(IEnumerable<KravIKo> krav, DateOnly dato) =>
        krav.Where(k => k.TrekkSlutt is not { } slutt || dato < slutt).ToList();

    // ASSUMPTION (domain.md § 5): månedens trekk betaler det første kravet i køen til det er oppgjort, så det neste
    public static IReadOnlyList<KravDekning> FordelManedstrekk(Belop trekk, IEnumerable<KravIKo> krav)
    {
        if (trekk < Belop.Null)
        {
            throw new DomainException("Trekket kan ikke være negativt.");
        }

        var igjen = trekk;
        var resultat = new List<KravDekning>();
        foreach (var k in Ordne(krav))
        {
            if (k.Utestaende < Belop.Null)
            {
                throw new DomainException($"Utestående på sak {k.Saksnummer} kan ikke være negativt.");
            }

            var dekket = Belop.Min(igjen, k.Utestaende);
            igjen -= dekket;
            resultat.Add(new KravDekning(k.Saksnummer, dekket, k.Utestaende - dekket));
        }

        return resultat;
    }
}
