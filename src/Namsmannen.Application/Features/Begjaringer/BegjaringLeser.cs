using System.Globalization;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Features.Begjaringer;

/// <summary>
/// Reads and checks one begjæring, field by field, the same way for the API, the CSV upload and the portal form.
/// Every refusal names the field, a stable code (listed on the API documentation page) and a Norwegian sentence.
/// </summary>
public static class BegjaringLeser
{
    public const string Pakrevd = "PAKREVD";
    public const string ForLang = "FOR_LANG";
    public const string UgyldigVerdi = "UGYLDIG_VERDI";
    public const string UgyldigDato = "UGYLDIG_DATO";
    public const string DatoFremITid = "DATO_FREM_I_TID";
    public const string UgyldigBelop = "UGYLDIG_BELOP";
    public const string TvetydigBelop = "TVETYDIG_BELOP";
    public const string BelopMaVaerePositivt = "BELOP_MA_VAERE_POSITIVT";
    public const string BelopNegativt = "BELOP_NEGATIVT";
    public const string IkkeHeleOre = "IKKE_HELE_ORE";
    public const string BelopForStort = "BELOP_FOR_STORT";
    public const string UgyldigIdentifikator = "UGYLDIG_IDENTIFIKATOR";
    public const string UgyldigPostnummer = "UGYLDIG_POSTNUMMER";
    public const string UgyldigeTegn = "UGYLDIGE_TEGN";
    public const string DatoUtenforGrensene = "DATO_UTENFOR_GRENSENE";
    public const string KravForStort = "KRAV_FOR_STORT";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Every code a receipt can carry, with what it means, for the API documentation page.</summary>
    public static readonly IReadOnlyList<(string Kode, string Betydning)> Koder =
    [
        (Pakrevd, "Feltet mangler eller er tomt."),
        (ForLang, "Teksten er lengre enn feltet tillater."),
        (UgyldigVerdi, "Verdien er ikke en av de tillatte (se feltlisten)."),
        (UgyldigDato, "Datoen kan ikke leses. Bruk ÅÅÅÅ-MM-DD (eller DD.MM.ÅÅÅÅ i CSV og skjema)."),
        (DatoFremITid, "Datoen er etter dagens dato."),
        (UgyldigBelop, "Beløpet kan ikke leses som et tall. I JSON er et beløp et tall (12000.50), aldri tekst."),
        (TvetydigBelop, "Beløpet kan leses på to måter, som 12.000 eller 1,500. Skriv 12000, 12 000 eller 12000,50."),
        (BelopMaVaerePositivt, "Hovedstolen må være større enn 0 kr."),
        (BelopNegativt, "Renter og omkostninger kan ikke være negative."),
        (IkkeHeleOre, "Beløpet har mer enn to desimaler."),
        (BelopForStort, "Beløpet er større enn 999 999 999 999,99 kr."),
        (UgyldigIdentifikator, "Fødselsnummer, D-nummer eller organisasjonsnummer har feil lengde eller kontrollsiffer."),
        (UgyldigPostnummer, "Postnummeret må ha fire siffer."),
        (UgyldigeTegn, "Feltet inneholder kontrolltegn (som NUL eller linjeskift) eller ugyldig Unicode. Verdien gjentas ikke i svaret."),
        (DatoUtenforGrensene, "Datoen ligger før 01.01.1900 eller etter 31.12.2199."),
        (KravForStort, "Hovedstol, renter og omkostninger er til sammen mer enn 10 milliarder kroner, som ikke er et troverdig krav."),
        (BegjaringMottak.ReferanseGjentatt, "Referansen er brukt tidligere i samme innsending. Bare den første er behandlet."),
        (BegjaringMottak.ReferanseBrukt, "Referansen er alt brukt for en sak med annet innhold; feltene som er ulike, står i meldingen. Sendt på nytt med samme innhold blir den DUPLIKAT."),
        (Begjaringskrav.GrunnlagPasserIkke, "Tvangsgrunnlaget passer ikke til typen begjæring."),
        (Tvangskraft.ManglerForkynnelse, "Datoen tvangsgrunnlaget ble forkynt eller inngått, mangler."),
        (Tvangskraft.IkkeRettskraftig, "Dommen eller kjennelsen er ikke rettskraftig ennå (ankefristen løper)."),
        (Tvangskraft.OppfyllelsesfristLoper, "Oppfyllelsesfristen har ikke gått ut."),
        (Tvangskraft.ManglerForfall, "Forfallsdatoen mangler (særlig tvangsgrunnlag og pant)."),
        (Tvangskraft.IkkeForfalt, "Kravet har ikke forfalt."),
        (Tvangskraft.VarselMangler, "Varsel etter tvangsfullbyrdelsesloven § 4-18 mangler."),
        (Tvangskraft.VarselForForfall, "Varselet ble sendt før kravet forfalt."),
        (Tvangskraft.VarselfristLoper, "Det har ikke gått 14 dager siden varselet ble sendt."),
        (Tvangskraft.VarselUtlopt, "Varselet er eldre enn ett år etter fristen og må sendes på nytt (§ 4-19)."),
        (Tvangskraft.Foreldet, "Kravet er foreldet."),
        (Tvangskraft.UgyldigKombinasjon, "Skriftstykke etter § 7-2 f kan ikke kombineres med et alminnelig tvangsgrunnlag."),
    ];

    /// <summary>The allowed values of <c>type</c> (snake_case of the names).</summary>
    public static readonly IReadOnlyList<string> Typer = Enum.GetValues<Begjaringstype>().Select(Kode).ToList();

    /// <summary>The allowed values of <c>grunnlag.type</c>.</summary>
    public static readonly IReadOnlyList<string> Grunnlagstyper = Enum.GetValues<Grunnlagstype>().Select(Kode).ToList();

    public static string Kode<T>(T verdi)
        where T : struct, Enum => Common.Kode.Av(verdi);

    /// <summary>Checks one row as received on <paramref name="idag"/>: the begjæring, or every reason it was refused.</summary>
    public static (GyldigBegjaring? Begjaring, IReadOnlyList<Feil> Feil) Les(Begjaringsrad rad, DateOnly idag)
    {
        // A field with NUL, a lone surrogate or a control character is refused first and never echoed: nothing of it
        // may reach a message, a receipt or the database (issue 12, H4/H5).
        var tegnfeil = Felt.Alle.Where(f => !Tegn.ErGyldig(Felt.Verdi(rad, f))).Select(f => new Feil(f, UgyldigeTegn, Tegn.Melding)).ToList();
        if (tegnfeil.Count > 0)
        {
            return (null, tegnfeil);
        }

        var feil = new List<Feil>();
        var referanse = Tekst(rad.Referanse, Felt.Referanse, "Oppgi deres referanse for saken.", 100, feil);
        var type = Valg<Begjaringstype>(rad.Type, Felt.Type, "Velg type begjæring (utlegg, tvangssalg eller tilbakelevering).", feil);

        var identifikator = (rad.SkyldnerIdentifikator ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        var skyldnertype = Skyldnertype.Person;
        if (identifikator.Length == 0)
        {
            feil.Add(new(Felt.SkyldnerIdentifikator, Pakrevd, "Oppgi skyldnerens fødselsnummer, D-nummer eller organisasjonsnummer."));
        }
        else if (identifikator.Length == 9)
        {
            skyldnertype = Skyldnertype.Virksomhet;
            if (!Organisasjonsnummer.TryParse(identifikator, out _, out var melding))
            {
                feil.Add(new(Felt.SkyldnerIdentifikator, UgyldigIdentifikator, melding));
            }
        }
        else if (!Fodselsnummer.TryParse(identifikator, out _, out var melding))
        {
            feil.Add(new(Felt.SkyldnerIdentifikator, UgyldigIdentifikator, identifikator.Length == 11 ? melding : "Oppgi et fødselsnummer eller D-nummer (11 siffer) eller et organisasjonsnummer (9 siffer)."));
        }

        var navn = Tekst(rad.SkyldnerNavn, Felt.SkyldnerNavn, "Oppgi skyldnerens navn.", 200, feil);
        var adresse = Tekst(rad.SkyldnerAdresse, Felt.SkyldnerAdresse, "Oppgi skyldnerens adresse.", 200, feil);
        var postnummer = (rad.SkyldnerPostnummer ?? string.Empty).Trim();
        if (postnummer.Length == 0)
        {
            feil.Add(new(Felt.SkyldnerPostnummer, Pakrevd, "Oppgi skyldnerens postnummer."));
        }
        else if (postnummer.Length != 4 || !postnummer.All(char.IsAsciiDigit))
        {
            feil.Add(new(Felt.SkyldnerPostnummer, UgyldigPostnummer, "Postnummeret må ha fire siffer."));
        }

        var poststed = Tekst(rad.SkyldnerPoststed, Felt.SkyldnerPoststed, "Oppgi skyldnerens poststed.", 100, feil);

        var grunnlagstype = Valg<Grunnlagstype>(rad.GrunnlagType, Felt.GrunnlagType, "Velg tvangsgrunnlag.", feil);
        var forkynt = Dato(rad.GrunnlagForkynt, Felt.GrunnlagForkynt, idag, fremITidTillatt: false, feil);
        var oppfyllelsesfrist = Dato(rad.GrunnlagOppfyllelsesfrist, Felt.GrunnlagOppfyllelsesfrist, idag, fremITidTillatt: true, feil);
        var forfall = Dato(rad.GrunnlagForfall, Felt.GrunnlagForfall, idag, fremITidTillatt: true, feil);
        var varselSendt = Dato(rad.VarselSendt, Felt.VarselSendt, idag, fremITidTillatt: false, feil);

        var hovedstol = Belop(rad.Hovedstol, Felt.Hovedstol, "hovedstolen", pakrevd: true, rad.Json, rad.BelopSomTekst, feil);
        if (hovedstol is <= 0m)
        {
            feil.Add(new(Felt.Hovedstol, BelopMaVaerePositivt, "Hovedstolen må være større enn 0 kr."));
        }

        var renter = Belop(rad.Renter, Felt.Renter, "rentene", pakrevd: false, rad.Json, rad.BelopSomTekst, feil) ?? 0m;
        var omkostninger = Belop(rad.Omkostninger, Felt.Omkostninger, "omkostningene", pakrevd: false, rad.Json, rad.BelopSomTekst, feil) ?? 0m;
        if (renter < 0m)
        {
            feil.Add(new(Felt.Renter, BelopNegativt, "Rentene kan ikke være negative."));
        }

        if (omkostninger < 0m)
        {
            feil.Add(new(Felt.Omkostninger, BelopNegativt, "Omkostningene kan ikke være negative."));
        }

        if (hovedstol + renter + omkostninger > Grenser.StorsteKrav)
        {
            // ASSUMPTION (docs/domain.md): the plausibility cap on the whole claim, Grenser.StorsteKrav
            feil.Add(new(Felt.Hovedstol, KravForStort, "Hovedstol, renter og omkostninger er til sammen mer enn 10 milliarder kroner. Kontroller beløpene."));
        }

        if (type is { } t && grunnlagstype is { } g && !Begjaringskrav.PasserTil(t, g))
        {
            feil.Add(new(Felt.GrunnlagType, Begjaringskrav.GrunnlagPasserIkke, Begjaringskrav.Melding(t)));
        }

        if (feil.Count > 0)
        {
            return (null, feil);
        }

        var grunnlag = new Tvangsgrunnlag(grunnlagstype!.Value, forkynt, oppfyllelsesfrist, forfall);

        // tvangsfullbyrdelsesloven § 4-1 og domain.md § 12 (EFI): tvangskraft og foreldelse sjekkes ved mottak, med grunnene
        var vurdering = Tvangskraft.Vurder(idag, [grunnlag], varselSendt);
        if (!vurdering.Tvangskraftig)
        {
            return (null, vurdering.Grunner.Select(grunn => new Feil(FeltFor(grunn.Kode, grunnlag), grunn.Kode, grunn.Melding)).ToList());
        }

        return (new GyldigBegjaring(referanse!, type!.Value, skyldnertype, identifikator, navn!, adresse!, postnummer, poststed!, grunnlag, hovedstol!.Value, renter, omkostninger, varselSendt), []);
    }

    /// <summary>Reads an amount as typed in a form or a CSV file (<see cref="Belopstekst"/>); 12.000 and 1,500 are refused as ambiguous.</summary>
    public static bool TryParseBelop(string? tekst, out decimal belop) => Belopstekst.TryLes(tekst, out belop, out _);

    /// <summary>ÅÅÅÅ-MM-DD (the API), or D.M.ÅÅÅÅ / DD.MM.ÅÅÅÅ (forms and Norwegian spreadsheets). Read by hand: it runs for every date of every item.</summary>
    public static bool TryParseDato(string? tekst, out DateOnly dato)
    {
        dato = default;
        var s = (tekst ?? string.Empty).AsSpan().Trim();
        int ar, maned, dag;
        if (s.Length == 10 && s[4] == '-' && s[7] == '-')
        {
            if (!Tall(s[..4], out ar) || !Tall(s[5..7], out maned) || !Tall(s[8..], out dag))
            {
                return false;
            }
        }
        else
        {
            var forste = s.IndexOf('.');
            var andre = forste < 0 ? -1 : s[(forste + 1)..].IndexOf('.') + forste + 1;
            if (forste is < 1 or > 2 || andre - forste is < 2 or > 3 || s.Length - andre - 1 != 4
                || !Tall(s[..forste], out dag) || !Tall(s[(forste + 1)..andre], out maned) || !Tall(s[(andre + 1)..], out ar))
            {
                return false;
            }
        }

        if (ar < 1 || maned is < 1 or > 12 || dag < 1 || dag > DateTime.DaysInMonth(ar, maned))
        {
            return false;
        }

        dato = new DateOnly(ar, maned, dag);
        return true;

        static bool Tall(ReadOnlySpan<char> siffer, out int verdi)
        {
            verdi = 0;
            foreach (var c in siffer)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                verdi = (verdi * 10) + (c - '0');
            }

            return siffer.Length > 0;
        }
    }

    private static string FeltFor(string kode, Tvangsgrunnlag grunnlag) => kode switch
    {
        Tvangskraft.ManglerForkynnelse or Tvangskraft.IkkeRettskraftig => Felt.GrunnlagForkynt,
        Tvangskraft.OppfyllelsesfristLoper => grunnlag.Oppfyllelsesfrist is null ? Felt.GrunnlagForkynt : Felt.GrunnlagOppfyllelsesfrist,
        Tvangskraft.ManglerForfall or Tvangskraft.IkkeForfalt => Felt.GrunnlagForfall,
        Tvangskraft.VarselMangler or Tvangskraft.VarselForForfall or Tvangskraft.VarselfristLoper or Tvangskraft.VarselUtlopt => Felt.VarselSendt,
        Tvangskraft.Foreldet => Tvangskraft.ErAlminnelig(grunnlag.Type) ? Felt.GrunnlagForkynt : Felt.GrunnlagForfall,
        _ => Felt.GrunnlagType,
    };

    private static string? Tekst(string? verdi, string felt, string mangler, int maks, List<Feil> feil)
    {
        var s = verdi?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            feil.Add(new(felt, Pakrevd, mangler));
            return null;
        }

        if (s.Length > maks)
        {
            feil.Add(new(felt, ForLang, $"Høyst {maks} tegn ({s.Length} er for mange)."));
            return null;
        }

        // Control characters never get here: Les refuses them in every field first (UGYLDIGE_TEGN).
        return s;
    }

    private static T? Valg<T>(string? verdi, string felt, string mangler, List<Feil> feil)
        where T : struct, Enum
    {
        var s = verdi?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            feil.Add(new(felt, Pakrevd, mangler));
            return null;
        }

        if (Verdier<T>.EtterNavn.TryGetValue(s, out var v))
        {
            return v;
        }

        feil.Add(new(felt, UgyldigVerdi, $"«{(s.Length > 40 ? s[..40] + "…" : s)}» er ikke en gyldig verdi. Gyldige verdier: {string.Join(", ", Enum.GetValues<T>().Select(Kode))}."));
        return null;
    }

    /// <summary>An enum's values by code (<c>forlik_i_forliksradet</c>) and by name (<c>ForlikIForliksradet</c>), any case.</summary>
    private static class Verdier<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<string, T> EtterNavn = Enum.GetValues<T>()
            .SelectMany(v => new[] { (Kode(v), v), (v.ToString(), v) })
            .DistinctBy(x => x.Item1, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(x => x.Item1, x => x.v, StringComparer.OrdinalIgnoreCase);
    }

    private static DateOnly? Dato(string? verdi, string felt, DateOnly idag, bool fremITidTillatt, List<Feil> feil)
    {
        if (string.IsNullOrWhiteSpace(verdi))
        {
            return null;
        }

        if (!TryParseDato(verdi, out var dato))
        {
            feil.Add(new(felt, UgyldigDato, $"«{(verdi.Length > 20 ? verdi[..20] + "…" : verdi.Trim())}» er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ."));
            return null;
        }

        if (!Datogrenser.Innenfor(dato))
        {
            feil.Add(new(felt, DatoUtenforGrensene, Datogrenser.Melding));
            return null;
        }

        if (!fremITidTillatt && dato > idag)
        {
            feil.Add(new(felt, DatoFremITid, $"Datoen {dato:dd.MM.yyyy} er frem i tid."));
            return null;
        }

        return dato;
    }

    private static decimal? Belop(string? verdi, string felt, string hva, bool pakrevd, bool json, IReadOnlySet<string> belopSomTekst, List<Feil> feil)
    {
        if (string.IsNullOrWhiteSpace(verdi))
        {
            if (pakrevd)
            {
                feil.Add(new(felt, Pakrevd, $"Oppgi {hva}."));
            }

            return null;
        }

        decimal belop;
        if (json)
        {
            // JSON numbers are numbers: a string where an amount belongs is refused, never read as Norwegian text.
            if (belopSomTekst.Contains(felt) || !decimal.TryParse(verdi, NumberStyles.Float, Invariant, out belop))
            {
                feil.Add(new(felt, UgyldigBelop, $"Oppgi {hva} som et JSON-tall i kroner, for eksempel 12000.50, ikke som tekst."));
                return null;
            }
        }
        else if (!Belopstekst.TryLes(verdi, out belop, out var lesefeil))
        {
            feil.Add(lesefeil switch
            {
                Belopsfeil.Tvetydig => new(felt, TvetydigBelop, Belopstekst.Melding(lesefeil, verdi, hva)),
                Belopsfeil.ForMangeDesimaler => new(felt, IkkeHeleOre, "Oppgi beløpet i hele øre (høyst to desimaler)."),
                _ => new(felt, UgyldigBelop, $"«{(verdi.Length > 20 ? verdi[..20] + "…" : verdi.Trim())}» er ikke et beløp. Skriv for eksempel 12 000,50 eller 12000.50."),
            });
            return null;
        }

        if (!Domain.Penger.Belop.ErHeleOre(belop))
        {
            feil.Add(new(felt, IkkeHeleOre, "Oppgi beløpet i hele øre (høyst to desimaler)."));
            return null;
        }

        if (Math.Abs(belop) > Grenser.StorsteBelop)
        {
            feil.Add(new(felt, BelopForStort, Grenser.ForStortBelop));
            return null;
        }

        return belop;
    }
}
