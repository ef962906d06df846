using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Regler;

public enum Sivilstand
{
    Enslig,
    GiftEllerSamboer,
}

public sealed record SamvaersBarn(int Alder, int Klasse);

public sealed record Husstand(
    Sivilstand Sivilstand,
    bool PartnerHarEgenInntekt,
    IReadOnlyList<int> BarnAlder,
    IReadOnlyList<SamvaersBarn> Samvaer);

/// <summary>What the caseworker knows: income, household, and documented costs (null housing cost = use the norm).</summary>
public sealed record TrekkGrunnlag(
    DateOnly Dato,
    Belop NettoInntektPerManed,
    Husstand Husstand,
    Belop? DokumenterteBoutgifter,
    string? BegrunnelseForBoutgifterOverMaks,
    Belop SarligeUtgifter);

public sealed record TrekkLinje(string Post, Belop Belop, string Forklaring);

public sealed record TrekkResultat(
    Belop Livsopphold,
    Belop Boutgifter,
    Belop Samvaer,
    Belop SarligeUtgifter,
    Belop Forbeholdt,
    Belop TrekkPerManed,
    DateOnly SatserFra,
    IReadOnlyList<TrekkLinje> Linjer,
    IReadOnlyList<string> Advarsler);

/// <summary>How much can be taken from net income each month, and what the household keeps.</summary>
public static class Utleggstrekk
{
    // dekningsloven § 2-7: skyldneren beholder det som trengs til livsopphold og boutgifter for seg og husstanden
    public static TrekkResultat Beregn(TrekkGrunnlag grunnlag, Satsbok satser)
    {
        if (grunnlag.NettoInntektPerManed < Belop.Null)
        {
            throw new DomainException("Nettoinntekten kan ikke være negativ.");
        }

        if (grunnlag.SarligeUtgifter < Belop.Null)
        {
            throw new DomainException("Særlige utgifter kan ikke være negative.");
        }

        var advarsler = new List<string>();
        var linjer = new List<TrekkLinje>();
        var livsoppholdOppslag = satser.Livsopphold.Finn(grunnlag.Dato);
        AddAdvarsel(advarsler, livsoppholdOppslag.Advarsel);
        var sats = livsoppholdOppslag.Verdi;
        var husstand = grunnlag.Husstand;

        var livsopphold = Livsopphold(husstand, sats, linjer);
        var boutgifter = Boutgifter(grunnlag, satser, linjer, advarsler);
        var samvaer = Samvaer(grunnlag.Dato, husstand.Samvaer, satser, linjer, advarsler);
        if (grunnlag.SarligeUtgifter > Belop.Null)
        {
            linjer.Add(new("Særlige utgifter", grunnlag.SarligeUtgifter, "Dokumenterte særlige utgifter (barnepass, samvær, bidrag, medisiner)."));
        }

        var forbeholdt = livsopphold + boutgifter + samvaer + grunnlag.SarligeUtgifter;
        // domain.md § 5: trekket blir aldri negativt
        var trekk = Belop.Max(Belop.Null, grunnlag.NettoInntektPerManed - forbeholdt);
        return new TrekkResultat(livsopphold, boutgifter, samvaer, grunnlag.SarligeUtgifter, forbeholdt, trekk, livsoppholdOppslag.Rad!.Fra, linjer, advarsler);
    }

    private static Belop Livsopphold(Husstand husstand, Livsoppholdssats sats, List<TrekkLinje> linjer)
    {
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
        var barnYngstFørst = husstand.BarnAlder.Select((alder, i) => (alder, i)).OrderBy(b => b.alder).ThenBy(b => b.i).ToList();
        // Foreldre med hver sin inntekt deler barna: skyldneren dekker halvparten (seed 004)
        var andel = sammen && husstand.PartnerHarEgenInntekt ? 0.5m : 1m;
        var sum = voksen;
        for (var n = 0; n < barnYngstFørst.Count; n++)
        {
            var alder = barnYngstFørst[n].alder;
            var redusert = n < reduserte;
            var belop = Avrunding.TilOre(sats.Barn(alder) * (redusert ? 0.8m : 1m) * andel);
            var forklaring = $"Barn {alder} år: {new Belop(sats.Barn(alder))}" + (redusert ? " − 20 % (fjerde person eller flere)" : string.Empty) + (andel < 1 ? ", halvparten (partneren dekker resten)" : string.Empty) + ".";
            linjer.Add(new($"Livsopphold, barn {alder} år", new Belop(belop), forklaring));
            sum += belop;
        }

        return new Belop(sum);
    }

    private static Belop Boutgifter(TrekkGrunnlag grunnlag, Satsbok satser, List<TrekkLinje> linjer, List<string> advarsler)
    {
        var husstand = grunnlag.Husstand;
        var sammen = husstand.Sivilstand == Sivilstand.GiftEllerSamboer;
        var normOppslag = satser.Boutgiftsnorm.Finn(grunnlag.Dato);
        decimal husstandensBoutgift;
        string forklaring;
        if (grunnlag.DokumenterteBoutgifter is null && normOppslag.Status == SatsStatus.Mangler)
        {
            throw new DomainException(normOppslag.Advarsel + " Oppgi dokumenterte boutgifter.");
        }

        if (grunnlag.DokumenterteBoutgifter is { } dokumentert)
        {
            if (dokumentert < Belop.Null)
            {
                throw new DomainException("Boutgiftene kan ikke være negative.");
            }

            husstandensBoutgift = dokumentert.Kroner;
            forklaring = "Dokumenterte boutgifter.";
            if (normOppslag.Status != SatsStatus.Mangler)
            {
                AddAdvarsel(advarsler, normOppslag.Advarsel);
                var norm = normOppslag.Verdi;
                var maks = Math.Min((sammen ? norm.ParMaks : norm.EnsligMaks) + (norm.PerBarn * husstand.BarnAlder.Count), norm.MaksTotalt);
                if (husstandensBoutgift > maks)
                {
                    if (string.IsNullOrWhiteSpace(grunnlag.BegrunnelseForBoutgifterOverMaks))
                    {
                        forklaring = $"Dokumentert {dokumentert}, begrenset til høyeste godtatte {new Belop(maks)}.";
                        husstandensBoutgift = maks;
                    }
                    else
                    {
                        forklaring = $"Dokumentert over høyeste godtatte {new Belop(maks)}, godtatt med begrunnelse: {grunnlag.BegrunnelseForBoutgifterOverMaks.Trim()}";
                    }
                }
            }
        }
        else
        {
            AddAdvarsel(advarsler, normOppslag.Advarsel);
            var norm = normOppslag.Verdi;
            husstandensBoutgift = (sammen ? norm.ParRimelig : norm.EnsligRimelig) + (norm.PerBarn * husstand.BarnAlder.Count);
            forklaring = "Ingen dokumentasjon: rimelig norm for husstanden.";
        }

        // ASSUMPTION (domain.md § 5): en partner med egen inntekt bærer halvparten av husstandens boutgifter
        if (sammen && husstand.PartnerHarEgenInntekt)
        {
            husstandensBoutgift = Avrunding.TilOre(husstandensBoutgift / 2m);
            forklaring += " Partneren har egen inntekt og bærer halvparten.";
        }

        var belop = new Belop(Avrunding.TilOre(husstandensBoutgift));
        linjer.Add(new("Boutgifter", belop, forklaring));
        return belop;
    }

    private static Belop Samvaer(DateOnly dato, IReadOnlyList<SamvaersBarn> barn, Satsbok satser, List<TrekkLinje> linjer, List<string> advarsler)
    {
        if (barn.Count == 0)
        {
            return Belop.Null;
        }

        var oppslag = satser.Samvaer.Finn(dato);
        AddAdvarsel(advarsler, oppslag.Advarsel);
        var sats = oppslag.Verdi;
        // domain.md § 5: fra det tredje samværsbarnet reduseres tillegget med 20 %; ASSUMPTION: yngste først, som husstandsregelen
        var reduserte = Math.Max(0, barn.Count - 2);
        var sum = 0m;
        foreach (var (b, n) in barn.Select((b, i) => (b, i)).OrderBy(x => x.b.Alder).ThenBy(x => x.i).Select((x, n) => (x.b, n)))
        {
            var redusert = n < reduserte;
            var belop = Avrunding.TilOre(sats.Sats(b.Klasse, b.Alder) * (redusert ? 0.8m : 1m));
            linjer.Add(new($"Samvær, barn {b.Alder} år", new Belop(belop), $"Samværsklasse {b.Klasse}" + (redusert ? ", − 20 % (tredje samværsbarn eller flere)." : ".")));
            sum += belop;
        }

        return new Belop(sum);
    }

    private static void AddAdvarsel(List<string> advarsler, string? advarsel)
    {
        if (advarsel is not null && !advarsler.Contains(advarsel))
        {
            advarsler.Add(advarsel);
        }
    }

    /// <summary>When a trekk decided on <paramref name="vedtatt"/> must end at the latest, or null when it runs until paid.</summary>
    // innkrevingsloven (Prop. 37 L (2024–2025)): fra 1.1.2026 løper trekket til kravene er betalt; før det høyst 2 år (5 for skatt)
    public static DateOnly? SenesteSlutt(DateOnly vedtatt, bool skattekrav) =>
        vedtatt >= new DateOnly(2026, 1, 1) ? null : vedtatt.AddYears(skattekrav ? 5 : 2);

    /// <summary>The earliest first trekk: about a month after the utleggsforretning, moved to a working day.</summary>
    // tvangsfullbyrdelsesloven § 7-17: trekket skal ikke begynne å løpe straks (seed 004: ca. en måned)
    public static DateOnly TidligsteStart(DateOnly utleggsforretning) => Frister.FristOmManeder(utleggsforretning, 1);
}
