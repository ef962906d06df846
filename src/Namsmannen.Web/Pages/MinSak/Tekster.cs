using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.MinSak;

/// <summary>
/// The debtor's words for the case's states and deadlines, in bokmål: each is a key of <c>MinSakTekster</c>, whose
/// nynorsk resource translates it. Plain language, not the caseworker's terms.
/// </summary>
public static class Tekster
{
    public static string Stadium(Saksstadium stadium) => stadium switch
    {
        Saksstadium.BegjaringMottatt => "Namsmannen har fått kravet og ser på det.",
        Saksstadium.Godtatt => "Namsmannen har tatt saken til behandling. Du får varsel før utleggsforretningen.",
        Saksstadium.Avvist => "Namsmannen avviste kravet. Saken er avsluttet.",
        Saksstadium.VarselSendt => "Du har fått varsel om utleggsforretning.",
        Saksstadium.Utleggspant => "Namsmannen har tatt utleggspant i noe du eier.",
        Saksstadium.Utleggstrekk => "Namsmannen har bestemt at det skal trekkes i lønnen eller trygden din.",
        Saksstadium.IntetTilUtlegg => "Namsmannen fant ikke noe å ta utlegg i.",
        Saksstadium.Tvangssalg => "Kreditor har begjært tvangssalg.",
        Saksstadium.Tilbakelevering => "Kreditor har krevd eiendelen levert tilbake.",
        Saksstadium.Fordeling => "Pengene fra salget blir fordelt.",
        Saksstadium.Utsatt => "Kreditor har gitt utsettelse.",
        Saksstadium.Klagebehandling => "Klagen blir behandlet.",
        Saksstadium.Suspendert => "Saken står stille mens en feil blir rettet.",
        Saksstadium.Henlagt => "Saken er henlagt.",
        _ => "Saken er avsluttet.",
    };

    public static string Frist(Fristtype type) => type switch
    {
        Fristtype.Utleggsforretning => "Utleggsforretning",
        Fristtype.Klagefrist => "Klagefrist",
        Fristtype.UtsattTil => "Utsettelsen løper ut",
        Fristtype.Skyldnerdokumentasjon => "Namsmannen vurderer dokumentasjonen du sendte, innen",
        _ => "Neste frist",
    };

    public static string Klage(Klagegjelder gjelder) => gjelder switch
    {
        Klagegjelder.ValgAvFormuesgode => "Hvilke eiendeler namsmannen tok utlegg i",
        Klagegjelder.IntetTilUtlegg => "At namsmannen ikke fant noe å ta utlegg i",
        Klagegjelder.Utleggspant => "Utleggspantet",
        Klagegjelder.Utleggstrekk => "Trekket i lønnen eller trygden",
        Klagegjelder.Tvangssalg => "Tvangssalget",
        _ => "Tilbakeleveringen",
    };

    public static string Register(Register register) => register switch
    {
        Domain.Regler.Register.Grunnboken => "Grunnboken",
        Domain.Regler.Register.Losoreregisteret => "Løsøreregisteret",
        _ => "Betalingsanmerkning (kredittopplysningsforetakene)",
    };

    public static string Brev(Brevart art) => art.Navn();

    /// <summary>
    /// A line of the trekk calculation (dekningsloven § 2-7, written by the domain in bokmål) in the page's language: the
    /// calculation's fixed phrases in nynorsk, the amounts and a caseworker's own words left as they are.
    /// </summary>
    public static string Beregning(string tekst)
    {
        if (!Hosting.Sprak.ErNynorsk)
        {
            return tekst;
        }

        foreach (var (bokmal, nynorsk) in BeregningNynorsk)
        {
            tekst = tekst.Replace(bokmal, nynorsk, StringComparison.Ordinal);
        }

        return tekst;
    }

    /// <summary>The calculation's phrases in nynorsk, the longest first so a phrase is never half replaced.</summary>
    private static readonly (string Bokmal, string Nynorsk)[] BeregningNynorsk =
    [
        ("Sats for gift/samboer med egen inntekt (hver).", "Sats for gift/sambuar med eiga inntekt (kvar)."),
        ("Skyldneren forsørger partner uten egen inntekt.", "Skuldnaren forsørgjer partnar utan eiga inntekt."),
        ("Dokumenterte særlige utgifter (barnepass, samvær, bidrag, medisiner).", "Dokumenterte særlege utgifter (barnepass, samvær, bidrag, medisinar)."),
        ("Ingen dokumentasjon: rimelig norm for husstanden.", "Ingen dokumentasjon: rimeleg norm for hushaldet."),
        (" Partneren har egen inntekt og bærer halvparten.", " Partnaren har eiga inntekt og ber halvparten."),
        ("Dokumentert over høyeste godtatte", "Dokumentert over høgaste godkjende"),
        (", godtatt med begrunnelse:", ", godkjend med grunngiving:"),
        (", begrenset til høyeste godtatte", ", avgrensa til høgaste godkjende"),
        ("Dokumenterte boutgifter.", "Dokumenterte buutgifter."),
        ("(fjerde person eller flere)", "(fjerde person eller fleire)"),
        ("(tredje samværsbarn eller flere)", "(tredje samværsbarn eller fleire)"),
        (", halvparten (partneren dekker resten)", ", halvparten (partnaren dekkjer resten)"),
        ("Livsopphold, skyldner og partner", "Livsopphald, skuldnar og partnar"),
        ("Livsopphold, skyldner", "Livsopphald, skuldnar"),
        ("Livsopphold, barn", "Livsopphald, barn"),
        ("Sats for enslig.", "Sats for einsleg."),
        ("Særlige utgifter", "Særlege utgifter"),
        ("Boutgifter", "Buutgifter"),
    ];
}
