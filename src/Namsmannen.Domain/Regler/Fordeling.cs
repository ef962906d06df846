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
    Belop TilSaksoker);

/// <summary>Distribution of the proceeds of a tvangssalg of løsøre, to the øre.</summary>
public static class Fordeling
{
    public const string Skyldner = "skyldner";
    public const string RettsgebyrMottaker = "rettsgebyr";
    public const string Salgsomkostninger = "salgsomkostninger";

    // domain.md § 7 (seed 002): gebyr og salgskostnader, legalpant, pant i prioritet, overskudd til skyldneren
    public static FordelingResultat Beregn(DateOnly dato, Belop salgssum, Belop salgsomkostninger, IReadOnlyList<Heftelse> heftelser, Satsbok satser)
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

        // domain.md § 7: gebyret for begjæringen (1,25 R) og for gjennomført salg (2,2 R), hver for seg avrundet.
        // ASSUMPTION (domain.md § 7): en kalkulator med én dato bruker R for den datoen til begge.
        var begjaering = Rettsgebyr.Beregn(RettsgebyrSteg.TvangssalgLosoreBegjaering, dato, satser);
        var gjennomfort = Rettsgebyr.Beregn(RettsgebyrSteg.TvangssalgLosoreGjennomfort, dato, satser);
        var rettsgebyr = begjaering.Belop + gjennomfort.Belop;

        var poster = new List<(string Mottaker, Belop Krav)> { (RettsgebyrMottaker, rettsgebyr), (Salgsomkostninger, salgsomkostninger) };
        poster.AddRange(Ordne(heftelser).Select(h => (h.Id, h.Krav)));

        var igjen = salgssum;
        var linjer = new List<FordelingsLinje>();
        foreach (var (mottaker, krav) in poster)
        {
            var betalt = Belop.Min(igjen, krav);
            igjen -= betalt;
            linjer.Add(new FordelingsLinje(mottaker, betalt, krav - betalt));
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

    /// <summary>Legalpant first, then money pledges, each by priority (lower number ranks ahead).</summary>
    public static IReadOnlyList<Heftelse> Ordne(IEnumerable<Heftelse> heftelser) =>
        heftelser.OrderBy(h => h.Type == Heftelsestype.Legalpant ? 0 : 1).ThenBy(h => h.Prioritet).ThenBy(h => h.Id, StringComparer.Ordinal).ToList();
}
