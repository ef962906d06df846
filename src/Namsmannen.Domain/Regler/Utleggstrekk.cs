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
    IReadOnlyList<string> Advarsler)
{
    /// <summary>The rate rows the calculation used (livsopphold, the housing norm, samvær), by id (issue 20).</summary>
    public IReadOnlyList<long> Satsrader { get; init; } = [];
}

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
        var brukte = new List<long>();
        var husstand = grunnlag.Husstand;
        var livsoppholdet = Regler.Livsopphold.Beregn(husstand, grunnlag.Dato, satser);
        brukte.Add(livsoppholdet.SatsradId);
        AddAdvarsel(advarsler, livsoppholdet.Advarsel);
        linjer.AddRange(livsoppholdet.Linjer);
        var livsopphold = livsoppholdet.PerManed;
        var boutgifter = Boutgifter(grunnlag, satser, linjer, advarsler, brukte);
        var samvaer = Samvaer(grunnlag.Dato, husstand.Samvaer, satser, linjer, advarsler, brukte);
        if (grunnlag.SarligeUtgifter > Belop.Null)
        {
            linjer.Add(new("Særlige utgifter", grunnlag.SarligeUtgifter, "Dokumenterte særlige utgifter (barnepass, samvær, bidrag, medisiner)."));
        }

        var forbeholdt = livsopphold + boutgifter + samvaer + grunnlag.SarligeUtgifter;
        // domain.md § 5: trekket blir aldri negativt
        var trekk = Belop.Max(Belop.Null, grunnlag.NettoInntektPerManed - forbeholdt);
        return new TrekkResultat(livsopphold, boutgifter, samvaer, grunnlag.SarligeUtgifter, forbeholdt, trekk, livsoppholdet.SatserFra, linjer, advarsler)
        {
            Satsrader = BrukteSatsrader.Av(brukte),
        };
    }

    private static Belop Boutgifter(TrekkGrunnlag grunnlag, Satsbok satser, List<TrekkLinje> linjer, List<string> advarsler, List<long> brukte)
    {
        var husstand = grunnlag.Husstand;
        var sammen = husstand.Sivilstand == Sivilstand.GiftEllerSamboer;
        var (norm, normrad) = Boutgiftsnormen(grunnlag.Dato, satser, advarsler);
        brukte.Add(normrad);
        // Trondheim kommune 2024 (domain.md § 5): + 500 kr per barn hjemme, høyst 13 500 kr i alt, for normen og for høyeste godtatte
        var barnetillegg = norm.PerBarn * husstand.BarnAlder.Count;
        var maks = Math.Min((sammen ? norm.ParMaks : norm.EnsligMaks) + barnetillegg, norm.MaksTotalt);
        decimal husstandensBoutgift;
        string forklaring;
        if (grunnlag.DokumenterteBoutgifter is { } dokumentert)
        {
            if (dokumentert < Belop.Null)
            {
                throw new DomainException("Boutgiftene kan ikke være negative.");
            }

            husstandensBoutgift = dokumentert.Kroner;
            forklaring = "Dokumenterte boutgifter.";
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
        else
        {
            husstandensBoutgift = Math.Min((sammen ? norm.ParRimelig : norm.EnsligRimelig) + barnetillegg, norm.MaksTotalt);
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

    /// <summary>
    /// The housing norm for the date. Before the table's first row the earliest norm is used, flagged: the maximum
    /// still caps documented costs and the norm still stands in for undocumented ones (docs/domain.md, interpretation).
    /// </summary>
    private static (Boutgiftsnorm Norm, long SatsradId) Boutgiftsnormen(DateOnly dato, Satsbok satser, List<string> advarsler)
    {
        var oppslag = satser.Boutgiftsnorm.Finn(dato);
        if (oppslag.Status != SatsStatus.Mangler)
        {
            AddAdvarsel(advarsler, oppslag.Advarsel);
            return (oppslag.Verdi, oppslag.Rad!.Id);
        }

        var forste = satser.Boutgiftsnorm.Rader.Count > 0 && dato < satser.Boutgiftsnorm.Rader[0].Fra
            ? satser.Boutgiftsnorm.Rader[0]
            : throw new DomainException(oppslag.Advarsel + " Oppgi dokumenterte boutgifter.");
        AddAdvarsel(advarsler, $"{satser.Boutgiftsnorm.Navn} for {dato:dd.MM.yyyy} finnes ikke; normen fra {forste.Fra:dd.MM.yyyy} er brukt.");
        return (forste.Verdi, forste.Id);
    }

    private static Belop Samvaer(DateOnly dato, IReadOnlyList<SamvaersBarn> barn, Satsbok satser, List<TrekkLinje> linjer, List<string> advarsler, List<long> brukte)
    {
        if (barn.Count == 0)
        {
            return Belop.Null;
        }

        var oppslag = satser.Samvaer.Finn(dato);
        AddAdvarsel(advarsler, oppslag.Advarsel);
        var sats = oppslag.Verdi;
        brukte.Add(oppslag.Rad!.Id);
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
