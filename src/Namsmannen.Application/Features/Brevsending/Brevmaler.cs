using System.Globalization;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Features.Brevsending;

/// <summary>
/// The letters' templates, one per kind, each in bokmål and nynorsk and each with a version that the letter records
/// (<see cref="Brevinnhold.Mal"/>): change a text, raise its version. The texts say what happened, what it means for
/// the reader, what they can do and by when, and the amounts with how they were reached, in the plain tone of the seed
/// texts. A template only reads its <see cref="Brevmodell"/>; it looks nothing up.
/// </summary>
public static class Brevmaler
{
    /// <summary>Each kind's template code and current version.</summary>
    public static readonly IReadOnlyDictionary<Brevart, (string Kode, int Versjon)> Versjoner = new Dictionary<Brevart, (string, int)>
    {
        [Brevart.Kvittering] = ("kvittering", 1),
        [Brevart.Avvisning] = ("avvisning", 1),
        [Brevart.VarselOmUtleggsforretning] = ("varsel-utleggsforretning", 1),
        [Brevart.UnderretningUtleggspant] = ("underretning-utleggspant", 1),
        [Brevart.UnderretningUtleggstrekk] = ("underretning-utleggstrekk", 1),
        [Brevart.UnderretningIntetTilUtlegg] = ("underretning-intet-til-utlegg", 1),
        [Brevart.Trekkpalegg] = ("trekkpalegg", 2),
        [Brevart.VarselOmTvangssalg] = ("varsel-tvangssalg", 1),
        [Brevart.VarselOmTilbakelevering] = ("varsel-tilbakelevering", 1),
        [Brevart.UnderretningTilbakelevering] = ("underretning-tilbakelevering", 1),
        [Brevart.Fordelingsutskrift] = ("fordelingsutskrift", 1),
        [Brevart.Klageavgjorelse] = ("klageavgjorelse", 1),
        [Brevart.EndretUtleggstrekk] = ("endret-utleggstrekk", 1),
    };

    private static readonly CultureInfo Norsk = CultureInfo.GetCultureInfo("nb-NO");

    public static Brevinnhold Skriv(Brevmodell m)
    {
        var (kode, versjon) = Versjoner[m.Art];
        var s = new Sprak(m.Malform);
        var (tittel, blokker) = m.Art switch
        {
            Brevart.Kvittering => Kvittering(m, s),
            Brevart.Avvisning => Avvisning(m, s),
            Brevart.VarselOmUtleggsforretning => VarselOmUtleggsforretning(m, s),
            Brevart.UnderretningUtleggspant => UnderretningUtleggspant(m, s),
            Brevart.UnderretningUtleggstrekk => UnderretningUtleggstrekk(m, s),
            Brevart.UnderretningIntetTilUtlegg => UnderretningIntetTilUtlegg(m, s),
            Brevart.Trekkpalegg => Trekkpalegg(m, s),
            Brevart.VarselOmTvangssalg => VarselOmTvangssalg(m, s),
            Brevart.VarselOmTilbakelevering => VarselOmTilbakelevering(m, s),
            Brevart.UnderretningTilbakelevering => UnderretningTilbakelevering(m, s),
            Brevart.Fordelingsutskrift => Fordelingsutskrift(m, s),
            Brevart.EndretUtleggstrekk => EndretUtleggstrekk(m, s),
            _ => Klageavgjorelse(m, s),
        };
        blokker.Add(new Overskrift(s.T("Spørsmål?", "Spørsmål?")));
        blokker.Add(new Avsnitt(s.T(
            $"Kontakt namsmannen i {m.Kontor} og oppgi saksnummer {m.Saksnummer}. Du finner også saken og brevene på namsmannen.no.",
            $"Kontakt namsmannen i {m.Kontor} og oppgi saksnummeret {m.Saksnummer}. Du finn òg saka og breva på namsmannen.no.")));
        return new Brevinnhold($"{kode}/{m.Malform.Sprakkode()}/{versjon}", tittel, blokker);
    }

    /// <summary>An amount as letters show it: «12 345,67 kr».</summary>
    public static string Kr(decimal belop) => new Belop(belop).ToString();

    /// <summary>A date as letters show it: «02.12.2026».</summary>
    public static string D(DateOnly dato) => dato.ToString("dd.MM.yyyy", Norsk);

    private static (string, List<Brevblokk>) Kvittering(Brevmodell m, Sprak s) => (s.T("Begjæringen om utlegg er mottatt", "Begjæringa om utlegg er motteken"),
    [
        new Avsnitt(s.T(
            $"Namsmannen har mottatt og godtatt begjæringen deres om utlegg mot {Omtale(m)} (deres referanse {m.KreditorReferanse}). Saken har saksnummer {m.Saksnummer}; bruk det når dere kontakter oss.",
            $"Namsmannen har motteke og godteke begjæringa dykkar om utlegg mot {Omtale(m)} (referansen dykkar {m.KreditorReferanse}). Saka har saksnummeret {m.Saksnummer}; bruk det når de kontaktar oss.")),
        Kravtabell(m, s),
        new Overskrift(s.T("Hva skjer nå", "Kva skjer no")),
        new Avsnitt(s.T(
            "Vi sender skyldneren varsel om utleggsforretning. Deretter undersøker vi hva skyldneren eier og tjener, og tar utlegg der det er mulig. Dere får brev om utfallet, og kan følge saken i kreditorportalen og gjennom API-et.",
            "Vi sender skuldnaren varsel om utleggsforretning. Deretter undersøkjer vi kva skuldnaren eig og tener, og tek utlegg der det er mogleg. De får brev om utfallet, og kan følgje saka i kreditorportalen og gjennom API-et.")),
        new Avsnitt(s.T(
            "Betaler skyldneren til dere direkte, eller trekker dere begjæringen, må dere melde fra til oss straks, så vi kan stanse saken og slette oppføringer i registrene.",
            "Betaler skuldnaren til dykk direkte, eller trekkjer de begjæringa, må de melde frå til oss straks, så vi kan stanse saka og slette oppføringar i registra.")),
    ]);

    private static (string, List<Brevblokk>) Avvisning(Brevmodell m, Sprak s) => (s.T("Begjæringen om utlegg er avvist", "Begjæringa om utlegg er avvist"),
    [
        new Avsnitt(s.T(
            $"Namsmannen har avvist begjæringen deres om utlegg mot {Omtale(m)} (deres referanse {m.KreditorReferanse}, saksnummer {m.Saksnummer}).",
            $"Namsmannen har avvist begjæringa dykkar om utlegg mot {Omtale(m)} (referansen dykkar {m.KreditorReferanse}, saksnummer {m.Saksnummer}).")),
        Kravtabell(m, s),
        new Overskrift(s.T("Begrunnelse", "Grunngiving")),
        new Avsnitt(m.Grunnlag.Begrunnelse ?? s.T("Ingen begrunnelse er oppgitt.", "Inga grunngiving er oppgitt.")),
        new Overskrift(s.T("Hva dere kan gjøre", "Kva de kan gjere")),
        new Avsnitt(s.T(
            "Dere kan rette det som er feil og sende en ny begjæring. Mener dere at avvisningen er feil, kan dere klage. Klagen sendes til namsmannen.",
            "De kan rette det som er feil og sende ei ny begjæring. Meiner de at avvisinga er feil, kan de klage. Klaga skal sendast til namsmannen.")),
        new Fristboks(Klagefrister(m)),
    ]);

    private static (string, List<Brevblokk>) VarselOmUtleggsforretning(Brevmodell m, Sprak s)
    {
        var tid = m.UtleggsforretningTidOgSted is { Length: > 0 } t ? $" {t}" : string.Empty;
        var nar = m.Utleggsforretning is { } dato
            ? s.T($"Namsmannen holder utleggsforretningen {D(dato)}{tid}.", $"Namsmannen held utleggsforretninga {D(dato)}{tid}.")
            : s.T("Namsmannen holder utleggsforretningen om lag 14 dager etter dette varselet.", "Namsmannen held utleggsforretninga om lag 14 dagar etter dette varselet.");
        return (s.T("Varsel om utleggsforretning", "Varsel om utleggsforretning"),
        [
            new Avsnitt(s.T(
                $"{m.Kreditor} har bedt namsmannen om å ta utlegg for et krav de har mot deg. Utlegg betyr at namsmannen sikrer kravet i noe du eier, eller i lønnen din, slik at kreditoren kan få betalt.",
                $"{m.Kreditor} har bede namsmannen om å ta utlegg for eit krav dei har mot deg. Utlegg tyder at namsmannen sikrar kravet i noko du eig, eller i løna di, slik at kreditoren kan få betalt.")),
            new Avsnitt(nar),
            Kravtabell(m, s),
            new Overskrift(s.T("Dette kan du gjøre", "Dette kan du gjere")),
            new Punkter(
            [
                s.T("Betal hele beløpet før utleggsforretningen. Da blir det ikke tatt utlegg.", "Betal heile beløpet før utleggsforretninga. Då blir det ikkje teke utlegg."),
                s.T("Send oss opplysninger om inntekten din, husstanden din, boutgiftene og særlige utgifter, som barnepass eller medisiner. Da kan vi regne riktig hva du trenger å leve av.",
                    "Send oss opplysningar om inntekta di, hushaldet ditt, buutgiftene og særlege utgifter, som barnepass eller medisinar. Då kan vi rekne rett kva du treng å leve av."),
                s.T("Mener du at kravet er feil, må du ta det opp med kreditoren. Namsmannen tar ikke stilling til om kravet er riktig.",
                    "Meiner du at kravet er feil, må du ta det opp med kreditoren. Namsmannen tek ikkje stilling til om kravet er rett."),
            ]),
            new Avsnitt(s.T(
                "Du trenger ikke møte hos oss. Vi holder utleggsforretningen også om vi ikke får tak i deg. Har du lønn, kan vi bestemme at arbeidsgiveren din skal trekke et beløp av lønnen hver måned. Du får alltid beholde det du og husstanden din trenger til livsopphold og bolig.",
                "Du treng ikkje møte hos oss. Vi held utleggsforretninga sjølv om vi ikkje får tak i deg. Har du løn, kan vi bestemme at arbeidsgivaren din skal trekkje eit beløp av løna kvar månad. Du får alltid behalde det du og hushaldet ditt treng til livsopphald og bustad.")),
            Betaling(m, s),
        ]);
    }

    private static (string, List<Brevblokk>) UnderretningUtleggspant(Brevmodell m, Sprak s)
    {
        var pant = (m.Formuesgoder ?? []).Where(f => f.Utleggspant).ToList();
        var blokker = new List<Brevblokk>
        {
            new Avsnitt(m.Mottaker == Brevmottaker.Skyldner
                ? s.T($"Namsmannen holdt utleggsforretning {D(m.Grunnlag.Dato)} for kravet fra {m.Kreditor}, og tok utleggspant i det du eier som står nedenfor.",
                      $"Namsmannen heldt utleggsforretning {D(m.Grunnlag.Dato)} for kravet frå {m.Kreditor}, og tok utleggspant i det du eig som står nedanfor.")
                : s.T($"Namsmannen holdt utleggsforretning {D(m.Grunnlag.Dato)} mot {Omtale(m)} og tok utleggspant for kravet deres i det som står nedenfor.",
                      $"Namsmannen heldt utleggsforretning {D(m.Grunnlag.Dato)} mot {Omtale(m)} og tok utleggspant for kravet dykkar i det som står nedanfor.")),
            new Belopstabell(s.T("Utleggspant", "Utleggspant"), s.T("Verdi", "Verdi"), pant.Select(f => (f.Beskrivelse, Kr(f.Verdi))).ToList(), null),
            Kravtabell(m, s),
            new Overskrift(s.T("Hva betyr dette", "Kva tyder dette")),
        };
        blokker.Add(new Avsnitt(m.Mottaker == Brevmottaker.Skyldner
            ? s.T("Kreditoren har nå pant i eiendelen. Du kan fortsatt bruke den, men du kan ikke selge den, gi den bort eller pantsette den. Betaler du ikke, kan kreditoren be om tvangssalg. Pantet blir registrert, og slettet når kravet er betalt.",
                  "Kreditoren har no pant i eigedelen. Du kan framleis bruke han, men du kan ikkje selje han, gje han bort eller pantsetje han. Betaler du ikkje, kan kreditoren be om tvangssal. Pantet blir registrert, og sletta når kravet er betalt.")
            : s.T("Pantet blir registrert. Får dere ikke betalt, kan dere begjære tvangssalg. Betaler skyldneren til dere direkte, må dere melde fra til oss.",
                  "Pantet blir registrert. Får de ikkje betalt, kan de begjære tvangssal. Betaler skuldnaren til dykk direkte, må de melde frå til oss.")));
        blokker.Add(new Fristboks(Klagefrister(m, Klagegjelder.ValgAvFormuesgode)));
        if (m.Mottaker == Brevmottaker.Skyldner)
        {
            blokker.Add(Betaling(m, s));
        }

        return (s.T("Underretning om utlegg: utleggspant", "Underretning om utlegg: utleggspant"), blokker);
    }

    private static (string, List<Brevblokk>) UnderretningUtleggstrekk(Brevmodell m, Sprak s)
    {
        var t = m.Trekk ?? throw new InvalidOperationException("Brevet om utleggstrekk mangler trekket.");
        var blokker = new List<Brevblokk>
        {
            new Avsnitt(m.Mottaker == Brevmottaker.Skyldner
                ? s.T($"Namsmannen har bestemt at {t.Arbeidsgiver} skal trekke {Kr(t.BelopPerManed)} av lønnen din hver måned fra {D(t.Fra)}, til kravet fra {m.Kreditor} er betalt. Dette kalles utleggstrekk.",
                      $"Namsmannen har bestemt at {t.Arbeidsgiver} skal trekkje {Kr(t.BelopPerManed)} av løna di kvar månad frå {D(t.Fra)}, til kravet frå {m.Kreditor} er betalt. Dette blir kalla utleggstrekk.")
                : s.T($"Namsmannen har tatt utleggstrekk i lønnen til {Omtale(m)}: {Kr(t.BelopPerManed)} per måned fra {D(t.Fra)}, trukket av {t.Arbeidsgiver}.",
                      $"Namsmannen har teke utleggstrekk i løna til {Omtale(m)}: {Kr(t.BelopPerManed)} per månad frå {D(t.Fra)}, trekt av {t.Arbeidsgiver}.")),
        };
        if (m.Mottaker == Brevmottaker.Skyldner)
        {
            blokker.Add(new Overskrift(s.T("Slik har vi regnet", "Slik har vi rekna")));
            blokker.Add(new Avsnitt(s.T(
                "Du skal beholde det du og husstanden din trenger å leve av. Dette er satsene og utgiftene vi har lagt til grunn per måned:",
                "Du skal behalde det du og hushaldet ditt treng å leve av. Dette er satsane og utgiftene vi har lagt til grunn per månad:")));
            blokker.Add(Trekkberegning(t, s));
            blokker.Add(new Avsnitt(s.T(
                "Endrer inntekten, husstanden eller utgiftene dine seg, eller stemmer ikke tallene over, send oss dokumentasjon. Da regner vi ut trekket på nytt.",
                "Endrar inntekta, hushaldet eller utgiftene dine seg, eller stemmer ikkje tala over, send oss dokumentasjon. Då reknar vi ut trekket på nytt.")));
        }

        blokker.Add(Kravtabell(m, s));
        blokker.Add(new Fristboks(s.T("Du kan klage på trekket så lenge det løper. Klagen sendes til namsmannen.", "Du kan klage på trekket så lenge det går. Klaga skal sendast til namsmannen.")));
        if (m.Mottaker == Brevmottaker.Skyldner)
        {
            blokker.Add(Betaling(m, s));
        }

        return (s.T("Underretning om utlegg: utleggstrekk i lønn", "Underretning om utlegg: utleggstrekk i løn"), blokker);
    }

    private static (string, List<Brevblokk>) EndretUtleggstrekk(Brevmodell m, Sprak s)
    {
        var t = m.Trekk ?? throw new InvalidOperationException("Brevet om endret utleggstrekk mangler trekket.");
        var (tittel, innledning) = t.Status == Trekkstatus.Stoppet
            ? (s.T("Trekket i lønnen din stopper", "Trekket i løna di stoppar"),
               s.T($"Namsmannen har stoppet trekket i lønnen din hos {t.Arbeidsgiver}. Det trekkes ikke noe av lønn som utbetales etter {D(t.Til ?? m.Grunnlag.Dato)}. Grunn: {t.Grunn}",
                   $"Namsmannen har stoppa trekket i løna di hos {t.Arbeidsgiver}. Det blir ikkje trekt noko av løn som blir utbetalt etter {D(t.Til ?? m.Grunnlag.Dato)}. Grunn: {t.Grunn}"))
            : (s.T("Trekket i lønnen din er endret", "Trekket i løna di er endra"),
               s.T($"Namsmannen har endret trekket i lønnen din. Fra {D(t.Fra)} skal {t.Arbeidsgiver} trekke {Kr(t.BelopPerManed)} per måned. Grunn: {t.Grunn}",
                   $"Namsmannen har endra trekket i løna di. Frå {D(t.Fra)} skal {t.Arbeidsgiver} trekkje {Kr(t.BelopPerManed)} per månad. Grunn: {t.Grunn}"));
        var blokker = new List<Brevblokk>
        {
            new Avsnitt(innledning),
            new Belopstabell(s.T($"Trekket, versjon {t.Versjon}", $"Trekket, versjon {t.Versjon}"), s.T("Verdi", "Verdi"),
            [
                (s.T("Trekk per måned", "Trekk per månad"), t.Status == Trekkstatus.Stoppet ? "0,00 kr" : Kr(t.BelopPerManed)),
                (s.T("Gjelder fra", "Gjeld frå"), D(t.Status == Trekkstatus.Stoppet ? t.Til ?? m.Grunnlag.Dato : t.Fra)),
            ], null),
            Kravtabell(m, s),
        };
        if (t.Status != Trekkstatus.Stoppet)
        {
            blokker.Add(new Avsnitt(s.T(
                "Du ser trekket måned for måned og utregningen på Min sak hos namsmannen. Endrer inntekten, husstanden eller utgiftene dine seg igjen, send oss dokumentasjon der.",
                "Du ser trekket månad for månad og utrekninga på Mi sak hos namsmannen. Endrar inntekta, hushaldet eller utgiftene dine seg igjen, send oss dokumentasjon der.")));
            blokker.Add(new Fristboks(s.T("Du kan klage på trekket så lenge det løper. Klagen sendes til namsmannen.", "Du kan klage på trekket så lenge det går. Klaga skal sendast til namsmannen.")));
            blokker.Add(Betaling(m, s));
        }

        return (tittel, blokker);
    }

    private static (string, List<Brevblokk>) UnderretningIntetTilUtlegg(Brevmodell m, Sprak s) => (s.T("Underretning om utlegg: intet til utlegg", "Underretning om utlegg: ikkje noko til utlegg"),
    [
        new Avsnitt(m.Mottaker == Brevmottaker.Skyldner
            ? s.T($"Namsmannen holdt utleggsforretning {D(m.Grunnlag.Dato)} for kravet fra {m.Kreditor}, og fant ikke noe å ta utlegg i. Det kalles «intet til utlegg».",
                  $"Namsmannen heldt utleggsforretning {D(m.Grunnlag.Dato)} for kravet frå {m.Kreditor}, og fann ikkje noko å ta utlegg i. Det blir kalla «intet til utlegg».")
            : s.T($"Namsmannen holdt utleggsforretning {D(m.Grunnlag.Dato)} mot {Omtale(m)}, og fant ikke noe å ta utlegg i for kravet deres (intet til utlegg).",
                  $"Namsmannen heldt utleggsforretning {D(m.Grunnlag.Dato)} mot {Omtale(m)}, og fann ikkje noko å ta utlegg i for kravet dykkar (intet til utlegg).")),
        Kravtabell(m, s),
        new Overskrift(s.T("Hva betyr dette", "Kva tyder dette")),
        new Avsnitt(m.Mottaker == Brevmottaker.Skyldner
            ? s.T("Kravet er fortsatt ubetalt. Det blir registrert en betalingsanmerkning på deg, som slettes når kravet er betalt. Kreditoren kan be om en ny utleggsforretning senere.",
                  "Kravet er framleis ubetalt. Det blir registrert ei betalingsanmerkning på deg, som blir sletta når kravet er betalt. Kreditoren kan be om ei ny utleggsforretning seinare.")
            : s.T("Kravet står ubetalt. Det blir registrert en betalingsanmerkning. Dere kan begjære ny utleggsforretning senere.",
                  "Kravet står ubetalt. Det blir registrert ei betalingsanmerkning. De kan begjære ny utleggsforretning seinare.")),
        new Fristboks(Klagefrister(m, Klagegjelder.IntetTilUtlegg)),
    ]);

    private static (string, List<Brevblokk>) Trekkpalegg(Brevmodell m, Sprak s)
    {
        var t = m.Trekk ?? throw new InvalidOperationException("Trekkpålegget mangler trekket.");
        var betal = t.Konto is { } konto
            ? s.T($"Betal det som er trukket til konto {Kontonummer.Formater(konto)}{(t.Kid is { } kid ? $" med KID {kid}" : " og oppgi saksnummeret")} innen den 10. i måneden etter trekket.",
                  $"Betal det som er trekt til konto {Kontonummer.Formater(konto)}{(t.Kid is { } kid2 ? $" med KID {kid2}" : " og oppgje saksnummeret")} innan den 10. i månaden etter trekket.")
            : s.T("Namsmannen sender dere kontonummeret trekket skal betales til.", "Namsmannen sender dykk kontonummeret trekket skal betalast til.");
        var (tittel, innledning) = t.Status switch
        {
            Trekkstatus.Aktiv => (s.T("Trekkpålegg: utleggstrekk i lønn", "Trekkpålegg: utleggstrekk i løn"),
                s.T($"Namsmannen har tatt utleggstrekk i lønnen til {m.Skyldner.Navn} ({m.Skyldner.Identifikator}), som er ansatt hos dere. Dere skal trekke {Kr(t.BelopPerManed)} av lønnen hver måned fra {D(t.Fra)}{(t.Til is { } til ? $" til {D(til)}" : string.Empty)}.",
                    $"Namsmannen har teke utleggstrekk i løna til {m.Skyldner.Navn} ({m.Skyldner.Identifikator}), som er tilsett hos dykk. De skal trekkje {Kr(t.BelopPerManed)} av løna kvar månad frå {D(t.Fra)}{(t.Til is { } til2 ? $" til {D(til2)}" : string.Empty)}.")),
            Trekkstatus.Endret => (s.T("Endret trekkpålegg", "Endra trekkpålegg"),
                s.T($"Trekket i lønnen til {m.Skyldner.Navn} ({m.Skyldner.Identifikator}) er endret. Fra {D(t.Fra)} skal dere trekke {Kr(t.BelopPerManed)} per måned. Grunn: {t.Grunn}",
                    $"Trekket i løna til {m.Skyldner.Navn} ({m.Skyldner.Identifikator}) er endra. Frå {D(t.Fra)} skal de trekkje {Kr(t.BelopPerManed)} per månad. Grunn: {t.Grunn}")),
            _ => (s.T("Trekkpålegget er stoppet", "Trekkpålegget er stoppa"),
                s.T($"Trekket i lønnen til {m.Skyldner.Navn} ({m.Skyldner.Identifikator}) stopper {D(t.Til ?? m.Grunnlag.Dato)}. Dere skal ikke trekke noe av lønn som utbetales etter denne dagen. Grunn: {t.Grunn}",
                    $"Trekket i løna til {m.Skyldner.Navn} ({m.Skyldner.Identifikator}) stoppar {D(t.Til ?? m.Grunnlag.Dato)}. De skal ikkje trekkje noko av løn som blir utbetalt etter denne dagen. Grunn: {t.Grunn}")),
        };
        var blokker = new List<Brevblokk>
        {
            new Avsnitt(innledning),
            new Belopstabell(s.T($"Trekkpålegg, versjon {t.Versjon}", $"Trekkpålegg, versjon {t.Versjon}"), s.T("Verdi", "Verdi"),
            [
                (s.T("Trekk per måned", "Trekk per månad"), t.Status == Trekkstatus.Stoppet ? "0,00 kr" : Kr(t.BelopPerManed)),
                (s.T("Gjelder fra", "Gjeld frå"), D(t.Fra)),
                (s.T("Kreditor", "Kreditor"), m.Kreditor),
            ], null),
        };
        if (t.Status != Trekkstatus.Stoppet)
        {
            blokker.Add(new Overskrift(s.T("Dette må dere gjøre", "Dette må de gjere")));
            blokker.Add(new Punkter(
            [
                s.T("Trekk beløpet hver gang dere betaler ut lønn. Trekket går foran andre trekk som ikke er skatt.", "Trekk beløpet kvar gong de betaler ut løn. Trekket går føre andre trekk som ikkje er skatt."),
                betal,
                s.T("Meld fra til namsmannen straks hvis arbeidsforholdet slutter, lønnen blir for lav til trekket, eller et annet trekk må gå først. Det kan gjøres i arbeidsgiverens API.",
                    "Meld frå til namsmannen straks dersom arbeidsforholdet sluttar, løna blir for låg til trekket, eller eit anna trekk må gå først. Det kan gjerast i arbeidsgivaren sitt API."),
            ]));
            blokker.Add(new Avsnitt(s.T(
                "Trekker eller betaler dere ikke som pålagt, kan namsmannen kreve beløpet av dere. Spør oss hvis noe er uklart.",
                "Trekkjer eller betaler de ikkje som pålagt, kan namsmannen krevje beløpet av dykk. Spør oss dersom noko er uklart.")));
        }

        return (tittel, blokker);
    }

    private static (string, List<Brevblokk>) VarselOmTvangssalg(Brevmodell m, Sprak s) => (s.T("Varsel om tvangssalg", "Varsel om tvangssal"),
    [
        new Avsnitt(s.T(
            $"{m.Kreditor} har bedt namsmannen om å selge eiendelen de har utleggspant i, for å dekke kravet sitt. Dette kalles tvangssalg.",
            $"{m.Kreditor} har bede namsmannen om å selje eigedelen dei har utleggspant i, for å dekkje kravet sitt. Dette blir kalla tvangssal.")),
        Kravtabell(m, s),
        new Overskrift(s.T("Hva skjer nå", "Kva skjer no")),
        new Punkter(
        [
            s.T("Namsmannen henter inn eiendelen, for eksempel der du bor eller arbeider.", "Namsmannen hentar inn eigedelen, til dømes der du bur eller arbeider."),
            s.T("Eiendelen blir solgt på den måten som gir mest. Den blir bare solgt hvis salgssummen er større enn kostnadene.", "Eigedelen blir seld på den måten som gir mest. Han blir berre seld dersom salssummen er større enn kostnadene."),
            s.T("Rettsgebyr og kostnader trekkes fra salgssummen. Resten går til kreditoren. Blir det penger til overs, får du dem.", "Rettsgebyr og kostnader blir trekte frå salssummen. Resten går til kreditoren. Blir det pengar til overs, får du dei."),
        ]),
        new Avsnitt(s.T(
            "Du kan stoppe salget ved å betale hele beløpet før eiendelen er solgt.",
            "Du kan stoppe salet ved å betale heile beløpet før eigedelen er seld.")),
        new Fristboks(s.T("Du kan klage på tvangssalget fram til salgssummen er utbetalt. Klagen sendes til namsmannen.", "Du kan klage på tvangssalet fram til salssummen er utbetalt. Klaga skal sendast til namsmannen.")),
        Betaling(m, s),
    ]);

    private static (string, List<Brevblokk>) VarselOmTilbakelevering(Brevmodell m, Sprak s) => (s.T("Varsel om tilbakelevering", "Varsel om tilbakelevering"),
    [
        new Avsnitt(s.T(
            $"{m.Kreditor} har salgspant i en eiendel du har kjøpt, og har bedt namsmannen om å få den levert tilbake fordi kravet ikke er betalt.",
            $"{m.Kreditor} har salspant i ein eigedel du har kjøpt, og har bede namsmannen om å få han levert tilbake fordi kravet ikkje er betalt.")),
        Kravtabell(m, s),
        new Overskrift(s.T("Hva skjer nå", "Kva skjer no")),
        new Avsnitt(s.T(
            "Namsmannen henter eiendelen og leverer den til selgeren. Eiendelen blir verdsatt. Verdien dekker først rettsgebyr og kostnader, og deretter det du skylder. Er verdien større enn det du skylder, får du forskjellen.",
            "Namsmannen hentar eigedelen og leverer han til seljaren. Eigedelen blir verdsett. Verdien dekkjer først rettsgebyr og kostnader, og deretter det du skuldar. Er verdien større enn det du skuldar, får du skilnaden.")),
        new Avsnitt(s.T(
            "Betaler du hele beløpet før eiendelen er hentet, blir den ikke hentet.",
            "Betaler du heile beløpet før eigedelen er henta, blir han ikkje henta.")),
        Betaling(m, s),
    ]);

    private static (string, List<Brevblokk>) UnderretningTilbakelevering(Brevmodell m, Sprak s) => (s.T("Eiendelen er levert tilbake", "Eigedelen er levert tilbake"),
    [
        new Avsnitt(s.T(
            $"Eiendelen er hentet og levert tilbake til {m.Kreditor} {D(m.Grunnlag.Dato)}. Den er verdsatt til {Kr(m.Tilbakeleveringsverdi ?? 0m)}.",
            $"Eigedelen er henta og levert tilbake til {m.Kreditor} {D(m.Grunnlag.Dato)}. Han er verdsett til {Kr(m.Tilbakeleveringsverdi ?? 0m)}.")),
        new Avsnitt(m.Grunnlag.Begrunnelse ?? string.Empty),
        Kravtabell(m, s),
        new Fristboks(Klagefrister(m, Klagegjelder.Tilbakelevering) + " " + s.T(
            "Du kan også klage på verdsettelsen, men bare hvis du mener verdien er mer enn 20 000 kr feil.",
            "Du kan òg klage på verdsetjinga, men berre dersom du meiner verdien er meir enn 20 000 kr feil.")),
    ]);

    private static (string, List<Brevblokk>) Fordelingsutskrift(Brevmodell m, Sprak s)
    {
        var f = m.Fordeling ?? throw new InvalidOperationException("Fordelingsutskriften mangler fordelingen.");
        return (s.T("Fordelingsutskrift", "Fordelingsutskrift"),
        [
            new Avsnitt(s.T(
                $"Eiendelen i saken er solgt for {Kr(f.Salgssum)}. Namsmannen har fordelt pengene slik loven sier: først kostnadene, så panthaverne i rekkefølge.",
                $"Eigedelen i saka er seld for {Kr(f.Salgssum)}. Namsmannen har fordelt pengane slik lova seier: først kostnadene, så panthavarane i rekkjefølgje.")),
            new Belopstabell(s.T("Fordeling av salgssummen", "Fordeling av salssummen"), s.T("Beløp", "Beløp"),
                [(s.T("Rettsgebyr", "Rettsgebyr"), Kr(f.Rettsgebyr)), (s.T("Salgsomkostninger", "Salskostnader"), Kr(f.Salgsomkostninger)), .. f.Linjer.Select(l => (s.Post(l.Post), Kr(l.Belop)))],
                (s.T("Salgssum", "Salssum"), Kr(f.Salgssum))),
            Kravtabell(m, s),
            new Fristboks(s.T("Har du innvendinger mot fordelingen, må du klage før pengene er utbetalt. Klagen sendes til namsmannen.", "Har du innvendingar mot fordelinga, må du klage før pengane er utbetalte. Klaga skal sendast til namsmannen.")),
        ]);
    }

    private static (string, List<Brevblokk>) Klageavgjorelse(Brevmodell m, Sprak s)
    {
        var k = m.Klage ?? throw new InvalidOperationException("Brevet om klagen mangler klagen.");
        var utfall = k.Utfall switch
        {
            Klageutfall.TattTilFolge => s.T("Klagen er tatt til følge.", "Klaga er teken til følgje."),
            Klageutfall.DelvisTattTilFolge => s.T("Klagen er delvis tatt til følge.", "Klaga er delvis teken til følgje."),
            Klageutfall.IkkeTattTilFolge => s.T("Klagen er ikke tatt til følge.", "Klaga er ikkje teken til følgje."),
            _ => s.T("Klagen er avvist.", "Klaga er avvist."),
        };
        return (s.T("Avgjørelse av klage", "Avgjerd i klagesak"),
        [
            new Avsnitt(s.T(
                $"{(k.AvTingretten ? "Tingretten" : "Namsmannen")} har behandlet klagen av {D(k.Mottatt)} på {KlageTekst(k.Gjelder, s)} i saken.",
                $"{(k.AvTingretten ? "Tingretten" : "Namsmannen")} har behandla klaga av {D(k.Mottatt)} på {KlageTekst(k.Gjelder, s)} i saka.")),
            new Fristboks(utfall),
            new Overskrift(s.T("Begrunnelse", "Grunngiving")),
            new Avsnitt(k.Avgjorelse),
            Kravtabell(m, s),
        ]);
    }

    /// <summary>
    /// The calculation as a table: the net income, what the household keeps post by post, and the trekk that is left.
    /// When the decision's income is not known, or the posts do not add up to it (a trekk limited otherwise), the table
    /// shows what is kept and the trekk apart.
    /// </summary>
    private static Belopstabell Trekkberegning(Brevtrekk t, Sprak s)
    {
        var beholdes = t.Beregning.Sum(l => l.Belop);
        var rader = t.Beregning.Select(l => (s.Post(l.Post), Kr(l.Belop))).ToList();
        if (t.NettoInntekt is { } netto && netto - beholdes == t.BelopPerManed)
        {
            return new Belopstabell(s.T("Beregning av trekket", "Utrekning av trekket"), s.T("Per måned", "Per månad"),
                [(s.T("Nettoinntekt", "Nettoinntekt"), Kr(netto)), .. t.Beregning.Select(l => (s.T("Minus ", "Minus ") + s.Post(l.Post).ToLowerInvariant(), Kr(l.Belop)))],
                (s.T("Trekk per måned", "Trekk per månad"), Kr(t.BelopPerManed)));
        }

        rader.Add((s.T("Du får beholde til sammen", "Du får behalde til saman"), Kr(beholdes)));
        return new Belopstabell(s.T("Beregning av trekket", "Utrekning av trekket"), s.T("Per måned", "Per månad"), rader, (s.T("Trekk per måned", "Trekk per månad"), Kr(t.BelopPerManed)));
    }

    private static string KlageTekst(Klagegjelder gjelder, Sprak s) => gjelder switch
    {
        Klagegjelder.ValgAvFormuesgode => s.T("valget av eiendel", "valet av eigedel"),
        Klagegjelder.IntetTilUtlegg => s.T("at det var intet til utlegg", "at det ikkje var noko til utlegg"),
        Klagegjelder.Utleggspant => s.T("utleggspantet", "utleggspantet"),
        Klagegjelder.Utleggstrekk => s.T("utleggstrekket", "utleggstrekket"),
        Klagegjelder.Tvangssalg => s.T("tvangssalget", "tvangssalet"),
        _ => s.T("tilbakeleveringen", "tilbakeleveringa"),
    };

    /// <summary>«Kari Nordmann (010190 *****), Storgata 1, 0150 OSLO»: the debtor as a letter to another party names them.</summary>
    private static string Omtale(Brevmodell m) =>
        $"{m.Skyldner.Navn} ({m.Skyldner.Identifikator})" + (m.Skyldner.Adresse.Count > 0 ? ", " + string.Join(", ", m.Skyldner.Adresse) : string.Empty);

    /// <summary>The claim as it stood when the letter was ordered, part by part.</summary>
    private static Belopstabell Kravtabell(Brevmodell m, Sprak s)
    {
        var g = m.Grunnlag;
        var rader = new List<(string, string)>
        {
            (s.T("Hovedstol", "Hovudstol"), Kr(g.Hovedstol)),
            (s.T("Renter", "Renter"), Kr(g.Renter)),
            (s.T("Omkostninger", "Omkostningar"), Kr(g.Omkostninger)),
        };
        var tillegg = g.Utestaende + g.Innbetalt - g.Hovedstol - g.Renter - g.Omkostninger;
        if (tillegg != 0m)
        {
            rader.Add((s.T("Gebyrer og renter hos namsmannen", "Gebyr og renter hos namsmannen"), Kr(tillegg)));
        }

        if (g.Innbetalt != 0m)
        {
            rader.Add((s.T("Innbetalt", "Innbetalt"), "−" + Kr(g.Innbetalt)));
        }

        return new Belopstabell(s.T($"Kravet per {D(g.Dato)}", $"Kravet per {D(g.Dato)}"), s.T("Beløp", "Beløp"), rader, (s.T("Utestående", "Uteståande"), Kr(g.Utestaende)));
    }

    /// <summary>How to pay everything, and that paying stops the case.</summary>
    private static Fristboks Betaling(Brevmodell m, Sprak s) => new(s.T(
        $"Slik betaler du: betal {Kr(m.Grunnlag.Utestaende)} til konto {Kontonummer.Formater(m.Innbetalingskonto)} med KID {m.Kid}. Da stopper saken. Renter løper til kravet er betalt; spør oss om beløpet på dagen du betaler.",
        $"Slik betaler du: betal {Kr(m.Grunnlag.Utestaende)} til konto {Kontonummer.Formater(m.Innbetalingskonto)} med KID {m.Kid}. Då stoppar saka. Renter spring til kravet er betalt; spør oss om beløpet på dagen du betaler."));

    /// <summary>The klagefrist of a decision, counted from the day the recipient gets this letter (domain.md § 9).</summary>
    private static string Klagefrister(Brevmodell m, Klagegjelder gjelder = Klagegjelder.ValgAvFormuesgode)
    {
        // tvangsfullbyrdelsesloven § 5-16: klagefristen er én måned; den løper fra brevet er mottatt (issue 18)
        var frist = Klagefrist.Vurder(gjelder, new Klagegrunnlag(m.Mottas), m.Mottas).Frist!.Value;
        var s = new Sprak(m.Malform);
        return m.Mottaker == Brevmottaker.Skyldner
            ? s.T($"Klagefrist: {D(frist)}. Fristen er én måned fra du fikk dette brevet ({D(m.Mottas)}). Klagen sendes til namsmannen, som sender den videre til tingretten hvis vi ikke gir deg medhold.",
                  $"Klagefrist: {D(frist)}. Fristen er éin månad frå du fekk dette brevet ({D(m.Mottas)}). Klaga skal sendast til namsmannen, som sender henne vidare til tingretten dersom vi ikkje gir deg medhald.")
            : s.T($"Klagefrist: {D(frist)}. Fristen er én måned fra dere fikk dette brevet ({D(m.Mottas)}). Klagen sendes til namsmannen, som sender den videre til tingretten hvis vi ikke gir dere medhold.",
                  $"Klagefrist: {D(frist)}. Fristen er éin månad frå de fekk dette brevet ({D(m.Mottas)}). Klaga skal sendast til namsmannen, som sender henne vidare til tingretten dersom vi ikkje gir dykk medhald.");
    }

    /// <summary>Picks the text of the reader's målform; translates the calculation's posts into nynorsk.</summary>
    private sealed class Sprak(Malform malform)
    {
        public string T(string bokmal, string nynorsk) => malform == Malform.Nynorsk ? nynorsk : bokmal;

        /// <summary>A post of a stored calculation (written in bokmål by the rules) in the reader's målform.</summary>
        public string Post(string post) => malform == Malform.Nynorsk
            ? post.Replace("Livsopphold", "Livsopphald", StringComparison.Ordinal).Replace("skyldner", "skuldnar", StringComparison.Ordinal)
                .Replace("partner", "partnar", StringComparison.Ordinal).Replace("Boutgifter", "Buutgifter", StringComparison.Ordinal)
                .Replace("Særlige", "Særlege", StringComparison.Ordinal).Replace("Skyldner", "Skuldnar", StringComparison.Ordinal)
            : post;
    }
}
