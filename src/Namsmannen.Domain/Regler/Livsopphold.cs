using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Regler;

/// <param name="SatsradId">The livsopphold row used (issue 20: a decision says which rate rows it used).</param>
public sealed record LivsoppholdResultat(Belop PerManed, DateOnly SatserFra, IReadOnlyList<TrekkLinje> Linjer, string? Advarsel, long SatsradId = 0);

/// <summary>
/// What the debtor's household needs to live on per month, before housing: the debtor's rate (alone, with a partner who
/// earns, or supporting a partner) and the children by age. The trekk and the free bank deposit both use this one rule.
/// </summary>
public static class Livsopphold
{
    // dekningsloven § 2-7 og FOR-2014-06-13-724 (livsoppholdssatser); seed 004 og domain.md § 5 for husstandsreglene
    public static LivsoppholdResultat Beregn(Husstand husstand, DateOnly dato, Satsbok satser)
    {
        var oppslag = satser.Livsopphold.Finn(dato);
        var sats = oppslag.Verdi;
        var linjer = new List<TrekkLinje>();
        var sammen = husstand.Sivilstand == Sivilstand.GiftEllerSamboer;
        decimal voksen;
        if (!sammen)
        {
            voksen = sats.Enslig;
            linjer.Add(new("Livsopphold, skyldner", new Belop(voksen), "Sats for enslig."));
        }
        else if (husstand.PartnerHarEgenInntekt)
        {
            voksen = sats.GiftEllerSamboerHver;
            linjer.Add(new("Livsopphold, skyldner", new Belop(voksen), "Sats for gift/samboer med egen inntekt (hver)."));
        }
        else
        {
            voksen = sats.ForsorgerEktefelle;
            linjer.Add(new("Livsopphold, skyldner og partner", new Belop(voksen), "Skyldneren forsørger partner uten egen inntekt."));
        }

        // domain.md § 5: fra fjerde person i husstanden reduseres barnesatsen med 20 %, yngste først
        var personer = 1 + (sammen ? 1 : 0) + husstand.BarnAlder.Count;
        var reduserte = Math.Max(0, personer - 3);
        var barnYngstForst = husstand.BarnAlder.Select((alder, i) => (alder, i)).OrderBy(b => b.alder).ThenBy(b => b.i).ToList();
        // seed 004: foreldre med hver sin inntekt deler barna, så skyldneren dekker halvparten
        var andel = sammen && husstand.PartnerHarEgenInntekt ? 0.5m : 1m;
        var sum = voksen;
        for (var n = 0; n < barnYngstForst.Count; n++)
        {
            var alder = barnYngstForst[n].alder;
            var redusert = n < reduserte;
            var belop = Avrunding.TilOre(sats.Barn(alder) * (redusert ? 0.8m : 1m) * andel);
            var forklaring = $"Barn {alder} år: {new Belop(sats.Barn(alder))}" + (redusert ? " − 20 % (fjerde person eller flere)" : string.Empty) + (andel < 1 ? ", halvparten (partneren dekker resten)" : string.Empty) + ".";
            linjer.Add(new($"Livsopphold, barn {alder} år", new Belop(belop), forklaring));
            sum += belop;
        }

        return new LivsoppholdResultat(new Belop(sum), oppslag.Rad!.Fra, linjer, oppslag.Advarsel, oppslag.Rad.Id);
    }
}
