using System.Globalization;

namespace Namsmannen.Domain.Regler;

public enum Grunnlagstype
{
    // Alminnelige tvangsgrunnlag, tvangsfullbyrdelsesloven § 4-1
    Dom,
    Kjennelse,
    Rettsforlik,
    ForlikIForliksradet,
    Voldgiftsdom,
    VedtattForelegg,

    // Særlige tvangsgrunnlag for utlegg, § 7-2
    EksigibeltGjeldsbrev,
    KravTvangskraftigEtterAnnenLov,
    Skriftstykke,

    // Pant for tvangssalg (§ 11-2) og salgspant for tilbakelevering
    Utleggspant,
    Legalpant,
    Avtalepant,
    Salgspant,
}

public sealed record Tvangsgrunnlag(Grunnlagstype Type, DateOnly? Forkynt = null, DateOnly? Oppfyllelsesfrist = null, DateOnly? Forfall = null);

public sealed record Grunn(string Kode, string Melding);

public sealed record Tvangskraftvurdering(bool Tvangskraftig, IReadOnlyList<Grunn> Grunner, DateOnly? TidligsteBegjaring, DateOnly? SenesteBegjaring, DateOnly? Foreldes);

/// <summary>Whether a begjæring on <c>dato</c> rests on an enforceable basis: a vurdering with reasons, never just a bool.</summary>
public static class Tvangskraft
{
    public const string ManglerGrunnlag = "MANGLER_GRUNNLAG";
    public const string ManglerForkynnelse = "MANGLER_FORKYNNELSE";
    public const string IkkeRettskraftig = "IKKE_RETTSKRAFTIG";
    public const string OppfyllelsesfristLoper = "OPPFYLLELSESFRIST_LOPER";
    public const string ManglerForfall = "MANGLER_FORFALL";
    public const string IkkeForfalt = "IKKE_FORFALT";
    public const string VarselMangler = "VARSEL_MANGLER";
    public const string VarselForForfall = "VARSEL_FOR_FORFALL";
    public const string VarselfristLoper = "VARSELFRIST_LOPER";
    public const string VarselUtlopt = "VARSEL_UTLOPT";
    public const string Foreldet = "FORELDET";
    public const string UgyldigKombinasjon = "UGYLDIG_KOMBINASJON";

    private static readonly CultureInfo Norsk = CultureInfo.GetCultureInfo("nb-NO");

    public static bool ErAlminnelig(Grunnlagstype type) => type <= Grunnlagstype.VedtattForelegg;

    public static Tvangskraftvurdering Vurder(DateOnly dato, IReadOnlyList<Tvangsgrunnlag> grunnlag, DateOnly? varselSendt)
    {
        var grunner = new List<Grunn>();
        DateOnly? tidligste = null, seneste = null, foreldes = null;
        if (grunnlag.Count == 0)
        {
            grunner.Add(new(ManglerGrunnlag, "Begjæringen må ha et tvangsgrunnlag."));
            return new(false, grunner, null, null, null);
        }

        // tvangsfullbyrdelsesloven § 7-4 annet ledd: et skriftstykke etter § 7-2 f kan ikke kombineres med et alminnelig tvangsgrunnlag
        if (grunnlag.Any(g => g.Type == Grunnlagstype.Skriftstykke) && grunnlag.Any(g => ErAlminnelig(g.Type)))
        {
            grunner.Add(new(UgyldigKombinasjon, "Et skriftstykke etter § 7-2 f kan ikke kombineres med et alminnelig tvangsgrunnlag i samme begjæring (§ 7-4 annet ledd)."));
        }

        foreach (var g in grunnlag)
        {
            if (ErAlminnelig(g.Type))
            {
                VurderAlminnelig(dato, g, varselSendt, grunner, ref tidligste, ref seneste, ref foreldes);
            }
            else
            {
                VurderSaerlig(dato, g, varselSendt, grunner, ref tidligste, ref seneste, ref foreldes);
            }
        }

        return new(grunner.Count == 0, grunner.DistinctBy(g => g.Kode + g.Melding).ToList(), tidligste, seneste, foreldes);
    }

    private static void VurderAlminnelig(DateOnly dato, Tvangsgrunnlag g, DateOnly? varselSendt, List<Grunn> grunner, ref DateOnly? tidligste, ref DateOnly? seneste, ref DateOnly? foreldes)
    {
        if (g.Forkynt is not { } forkynt)
        {
            grunner.Add(new(ManglerForkynnelse, "Oppgi når tvangsgrunnlaget ble forkynt eller inngått."));
            return;
        }

        var fra = forkynt;
        if (g.Type is Grunnlagstype.Dom or Grunnlagstype.Kjennelse)
        {
            // tvisteloven §§ 29-4, 19-1 / tvangsfullbyrdelsesloven § 4-4: rettskraftig når ankefristen på en måned er ute;
            // domstolloven § 140: ankefristen løper ikke i rettsferie
            var ankefristUte = Rettsferie.FristOmManeder(forkynt, 1);
            if (dato <= ankefristUte)
            {
                var ferie = ankefristUte != Frister.FristOmManeder(forkynt, 1) ? " Rettsferien regnes ikke med i ankefristen (domstolloven § 140)." : string.Empty;
                grunner.Add(new(IkkeRettskraftig, $"Avgjørelsen er ikke rettskraftig før ankefristen går ut {Tekst(ankefristUte)}.{ferie}"));
            }

            fra = Senest(fra, ankefristUte.AddDays(1));
        }

        // tvangsfullbyrdelsesloven § 4-4 / tvisteloven § 19-7: oppfyllelsesfristen er normalt to uker fra forkynnelse
        var oppfyllelsesfrist = g.Oppfyllelsesfrist ?? Frister.FristOmDager(forkynt, 14);
        if (dato <= oppfyllelsesfrist)
        {
            grunner.Add(new(OppfyllelsesfristLoper, $"Oppfyllelsesfristen løper til og med {Tekst(oppfyllelsesfrist)}."));
        }

        fra = Senest(fra, oppfyllelsesfrist.AddDays(1));
        tidligste = Senest(tidligste, fra);

        // tvangsfullbyrdelsesloven § 4-19 (1): nytt varsel når det er gått mer enn ett år siden grunnlaget først kunne fullbyrdes
        if (dato > fra.AddYears(1))
        {
            VurderVarsel(dato, varselSendt, forfall: oppfyllelsesfrist, grunner, ref tidligste, ref seneste);
        }

        // foreldelsesloven § 21: ti år etter et tvangsgrunnlag som dom
        var foreldet = oppfyllelsesfrist.AddYears(10);
        foreldes = Tidligst(foreldes, foreldet);
        if (dato > foreldet)
        {
            grunner.Add(new(Foreldet, $"Kravet ble foreldet {Tekst(foreldet)} (foreldelsesloven § 21)."));
        }
    }

    private static void VurderSaerlig(DateOnly dato, Tvangsgrunnlag g, DateOnly? varselSendt, List<Grunn> grunner, ref DateOnly? tidligste, ref DateOnly? seneste, ref DateOnly? foreldes)
    {
        if (g.Forfall is not { } forfall)
        {
            grunner.Add(new(ManglerForfall, "Oppgi når kravet forfalt."));
            return;
        }

        // tvangsfullbyrdelsesloven § 4-1 annet ledd / § 7-2: kravet må være forfalt og misligholdt
        if (dato <= forfall)
        {
            grunner.Add(new(IkkeForfalt, $"Kravet forfaller {Tekst(forfall)} og kan ikke begjæres tvangsfullbyrdet før det er misligholdt."));
        }

        tidligste = Senest(tidligste, forfall.AddDays(1));
        VurderVarsel(dato, varselSendt, forfall, grunner, ref tidligste, ref seneste);

        var erPant = g.Type is Grunnlagstype.Utleggspant or Grunnlagstype.Legalpant or Grunnlagstype.Avtalepant or Grunnlagstype.Salgspant;
        if (!erPant)
        {
            // foreldelsesloven §§ 2 og 3: alminnelig foreldelsesfrist tre år fra forfall; ASSUMPTION (domain.md § 3): sjekkes ved mottak
            var foreldet = forfall.AddYears(3);
            foreldes = Tidligst(foreldes, foreldet);
            if (dato > foreldet)
            {
                grunner.Add(new(Foreldet, $"Kravet ble foreldet {Tekst(foreldet)} (foreldelsesloven § 2)."));
            }
        }
    }

    private static void VurderVarsel(DateOnly dato, DateOnly? varselSendt, DateOnly forfall, List<Grunn> grunner, ref DateOnly? tidligste, ref DateOnly? seneste)
    {
        // tvangsfullbyrdelsesloven § 4-18: skriftlig varsel, sendt tidligst ved forfall; begjæring tidligst 14 dager etter
        if (varselSendt is not { } varsel)
        {
            grunner.Add(new(VarselMangler, "Varsel om tvangsfullbyrdelse etter § 4-18 mangler."));
            return;
        }

        if (varsel < forfall)
        {
            grunner.Add(new(VarselForForfall, $"Varselet ble sendt {Tekst(varsel)}, før kravet forfalt {Tekst(forfall)} (§ 4-18)."));
        }

        var fraDato = varsel.AddDays(14);
        // tvangsfullbyrdelsesloven § 4-19: varselet gjelder i ett år etter at fristen på 14 dager gikk ut
        var tilDato = fraDato.AddYears(1);
        tidligste = Senest(tidligste, fraDato);
        seneste = Tidligst(seneste, tilDato);
        if (dato < fraDato)
        {
            grunner.Add(new(VarselfristLoper, $"Begjæringen kan tidligst sendes {Tekst(fraDato)}, 14 dager etter varselet (§ 4-18)."));
        }
        else if (dato > tilDato)
        {
            grunner.Add(new(VarselUtlopt, $"Varselet gjaldt til {Tekst(tilDato)}, ett år etter at fristen gikk ut. Et nytt varsel må sendes (§ 4-19)."));
        }
    }

    private static DateOnly Senest(DateOnly? a, DateOnly b) => a is { } x && x > b ? x : b;

    private static DateOnly Tidligst(DateOnly? a, DateOnly b) => a is { } x && x < b ? x : b;

    private static string Tekst(DateOnly dato) => dato.ToString("dd.MM.yyyy", Norsk);
}
