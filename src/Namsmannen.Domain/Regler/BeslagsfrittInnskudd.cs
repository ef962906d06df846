using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Regler;

public sealed record BeslagsfrittInnskuddResultat(
    Belop Beslagsfritt,
    Belop LivsoppholdPerManed,
    DateOnly SatserFra,
    IReadOnlyList<TrekkLinje> Linjer,
    IReadOnlyList<string> Advarsler);

/// <summary>How much of a bank deposit the debtor keeps: money to live on until the next income, for the whole household.</summary>
public static class BeslagsfrittInnskudd
{
    public const int Maneder = 2;

    // dekningsloven § 2-6 (domain.md § 6): høyst to måneders livsopphold for husstanden, etter husstandsreglene i § 5; ikke boutgifter
    public static BeslagsfrittInnskuddResultat Beregn(DateOnly dato, Husstand husstand, Satsbok satser)
    {
        var livsopphold = Livsopphold.Beregn(husstand, dato, satser);
        var advarsler = new List<string>();
        if (livsopphold.Advarsel is { } advarsel)
        {
            advarsler.Add(advarsel);
        }

        if (husstand.Samvaer.Count > 0)
        {
            advarsler.Add("Samværstillegg er ikke med i det beslagsfrie innskuddet: dekningsloven § 2-6 regner husstandens livsopphold (domain.md § 6). Tillegget regnes inn i utleggstrekket.");
        }

        var beslagsfritt = new Belop(livsopphold.PerManed.Kroner * Maneder);
        var linjer = livsopphold.Linjer
            .Append(new TrekkLinje("Livsopphold per måned", livsopphold.PerManed, "Husstandens livsopphold, uten boutgifter."))
            .Append(new TrekkLinje("Beslagsfritt innskudd", beslagsfritt, $"{Maneder} måneders livsopphold for husstanden (dekningsloven § 2-6)."))
            .ToList();
        return new BeslagsfrittInnskuddResultat(beslagsfritt, livsopphold.PerManed, livsopphold.SatserFra, linjer, advarsler);
    }
}
