using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Regler;

public enum Heftelsestype
{
    Legalpant,
    Pant,
}

public sealed record Heftelse(string Id, Heftelsestype Type, int Prioritet, Belop Krav, bool Saksoker);

public sealed record FordelingsLinje(string Mottaker, Belop Belop, Belop Udekket);

public sealed record FordelingResultat(
    Belop Salgssum,
    Belop Rettsgebyr,
    RettsgebyrResultat RettsgebyrBegjaering,
    RettsgebyrResultat RettsgebyrGjennomfort,
    IReadOnlyList<FordelingsLinje> Linjer,
    bool PrisOverstigerKostnadene,
    bool Dekningsprinsippet,
    Belop TilSaksoker)
{
    /// <summary>The rate rows both fees were computed from (issue 20: a decision records the rows it used).</summary>
    public IReadOnlyList<long> Satsrader => BrukteSatsrader.Av(RettsgebyrBegjaering.Satsrader.Concat(RettsgebyrGjennomfort.Satsrader));
}

/// <summary>Distribution of the proceeds of a tvangssalg of løsøre, to the øre.</summary>
public static class Fordeling
{
    public const string Skyldner = "skyldner";
    public const string RettsgebyrMottaker = "rettsgebyr";
    public const string Salgsomkostninger = "salgsomkostninger";

    /// <summary>The calculator's fordeling, given one date.</summary>
    // ASSUMPTION (domain.md § 7): en kalkulator med én dato bruker R for den datoen til begge gebyrene
    public static FordelingResultat Beregn(DateOnly dato, Belop salgssum, Belop salgsomkostninger, IReadOnlyList<Heftelse> heftelser, Satsbok satser) =>
        Beregn(dato, dato, salgssum, salgsomkostninger, heftelser, satser);

    /// <summary>A case's fordeling: the begjæring fee with the R of the day tvangssalg was requested, the sale fee with the R of the day of the sale.</summary>
    // domain.md § 7 (seed 002): gebyr og salgskostnader, legalpant, pant i prioritet, overskudd til skyldneren
    public static FordelingResultat Beregn(DateOnly begjart, DateOnly solgt, Belop salgssum, Belop salgsomkostninger, IReadOnlyList<Heftelse> heftelser, Satsbok satser)
    {
        if (salgssum < Belop.Null || salgsomkostninger < Belop.Null)
        {
            throw new DomainException("Salgssum og salgsomkostninger kan ikke være negative.");
        }

        if (heftelser.Any(h => h.Krav < Belop.Null))
        {
            throw new DomainException("Et krav kan ikke være negativt.");
        }

        if (heftelser.Select(h => h.Id).Distinct(StringComparer.Ordinal).Count() != heftelser.Count)
        {
            throw new DomainException("To heftelser har samme id.");
        }

        if (heftelser.Count(h => h.Saksoker) > 1)
        {
            throw new DomainException("Bare én heftelse kan tilhøre saksøkeren.");
        }

        // domain.md § 4 og § 7: gebyret for begjæringen (1,25 R) og for gjennomført salg (2,2 R), hver for seg avrundet, med R for hver sin dag
        var begjaering = Rettsgebyr.Beregn(RettsgebyrSteg.TvangssalgLosoreBegjaering, begjart, satser);
        var gjennomfort = Rettsgebyr.Beregn(RettsgebyrSteg.TvangssalgLosoreGjennomfort, solgt, satser);
        var rettsgebyr = begjaering.Belop + gjennomfort.Belop;

        var igjen = salgssum;
        var linjer = new List<FordelingsLinje>();
        foreach (var (mottaker, krav) in new[] { (RettsgebyrMottaker, rettsgebyr), (Salgsomkostninger, salgsomkostninger) })
        {
            var betalt = Belop.Min(igjen, krav);
            igjen -= betalt;
            linjer.Add(new FordelingsLinje(mottaker, betalt, krav - betalt));
        }

        // domain.md § 7: legalpant, så pant etter prioritet; panteloven § 1-13: like prioritet deler forholdsmessig
        foreach (var gruppe in Ordne(heftelser).GroupBy(h => (h.Type == Heftelsestype.Legalpant ? 0 : 1, h.Prioritet)))
        {
            var krav = gruppe.ToList();
            var andeler = ForholdsmessigDeling(igjen, krav.Select(h => h.Krav).ToList());
            foreach (var (heftelse, betalt) in krav.Zip(andeler))
            {
                igjen -= betalt;
                linjer.Add(new FordelingsLinje(heftelse.Id, betalt, heftelse.Krav - betalt));
            }
        }

        linjer.Add(new FordelingsLinje(Skyldner, igjen, Belop.Null));

        var kostnader = rettsgebyr + salgsomkostninger;
        var saksoker = heftelser.SingleOrDefault(h => h.Saksoker);
        var tilSaksoker = saksoker is null ? Belop.Null : linjer.Single(l => l.Mottaker == saksoker.Id).Belop;
        return new FordelingResultat(
            salgssum,
            rettsgebyr,
            begjaering,
            gjennomfort,
            linjer,
            // seed 002: namsmannen selger bare hvis salgssummen overstiger kostnadene
            PrisOverstigerKostnadene: salgssum > kostnader,
            // domain.md § 7 (dekningsprinsippet): saksøkeren må få noe etter kostnader og foranstående pant
            Dekningsprinsippet: saksoker is null || tilSaksoker > Belop.Null,
            tilSaksoker);
    }

    /// <summary>Legalpant first, then money pledges, each by priority (lower number ranks ahead); equal ranks keep their given order.</summary>
    public static IReadOnlyList<Heftelse> Ordne(IEnumerable<Heftelse> heftelser) =>
        heftelser.OrderBy(h => h.Type == Heftelsestype.Legalpant ? 0 : 1).ThenBy(h => h.Prioritet).ToList();

    /// <summary>
    /// Shares <paramref name="tilgjengelig"/> among claims of equal priority: all are paid when it covers them, otherwise
    /// each gets its share in proportion to its claim, to the øre. The øre left by rounding down go to the largest
    /// remainders, then to the larger claims, then in the given order; never by name or id. Sums exactly.
    /// </summary>
    // panteloven § 1-13: panteretter med lik prioritet deler forholdsmessig etter kravenes størrelse
    public static IReadOnlyList<Belop> ForholdsmessigDeling(Belop tilgjengelig, IReadOnlyList<Belop> krav)
    {
        var sum = krav.Aggregate(Belop.Null, (a, k) => a + k);
        if (tilgjengelig >= sum)
        {
            return krav;
        }

        // In øre: at most 10^14 each, so every product below stays inside decimal's 28 digits.
        var ore = decimal.Truncate(tilgjengelig.Kroner * 100m);
        var sumOre = sum.Kroner * 100m;
        var deler = krav.Select((k, i) =>
        {
            var teller = ore * k.Kroner * 100m;
            var hele = decimal.Floor(teller / sumOre);
            return (Indeks: i, Ore: hele, Brok: teller - (hele * sumOre), Krav: k.Kroner);
        }).ToList();
        var tilOvers = ore - deler.Sum(d => d.Ore);
        var ekstra = deler.OrderByDescending(d => d.Brok).ThenByDescending(d => d.Krav).ThenBy(d => d.Indeks)
            .Take((int)tilOvers).Select(d => d.Indeks).ToHashSet();
        return deler.Select(d => new Belop((d.Ore + (ekstra.Contains(d.Indeks) ? 1m : 0m)) / 100m)).ToList();
    }
}
