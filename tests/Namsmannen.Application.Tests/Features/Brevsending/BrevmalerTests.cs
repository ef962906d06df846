using Namsmannen.Application.Features.Brevsending;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Tests.Features.Brevsending;

/// <summary>
/// Issue 18: every letter kind, written in bokmål and in nynorsk for a representative case, printed to PDF by Chromium
/// and read back with PdfPig as its reader would: the saksnummer, the amounts in nb-NO form, the klagefrist, the
/// language, and no fødselsnummer.
/// </summary>
public sealed class BrevmalerTests(PdfFixture pdf) : IClassFixture<PdfFixture>
{
    private static readonly DateOnly Dato = new(2026, 12, 3);

    /// <summary>A representative letter of <paramref name="art"/> to <paramref name="mottaker"/>, received the day after it was sent.</summary>
    public static Brevmodell Modell(Brevart art, Brevmottaker mottaker, Malform malform, bool fortrolig = false)
    {
        var skyldner = new Brevpart("Kari Nordmann", fortrolig && mottaker != Brevmottaker.Skyldner ? [] : ["Løkkeveien 7", "0253 OSLO"], "150385 *****");
        var mottakeren = mottaker switch
        {
            Brevmottaker.Skyldner => skyldner with { Adresse = ["Løkkeveien 7", "0253 OSLO"] },
            Brevmottaker.Kreditor => new Brevpart("Inkasso Nord AS", ["Postboks 12", "9008 TROMSØ"], "912345678"),
            _ => new Brevpart("Byggmester Hansen AS (org.nr. 974760673)", [], "974760673"),
        };
        var grunnlag = new Brevgrunnlag(Dato, 12_345.67m, 1_234.50m, 2_100m, 500m, 15_180.17m, "Kravet er foreldet etter kreditors egne opplysninger.");
        return new Brevmodell(art, mottaker, malform, "26-000123", "Oslo politidistrikt", Dato, Dato.AddDays(1), mottakeren, skyldner, "Inkasso Nord AS", "IN-2026-77",
            grunnlag, "76940500032", "260001238",
            Utleggsforretning: new DateOnly(2026, 12, 21), UtleggsforretningTidOgSted: "kl. 10:00, Grønlandsleiret 44",
            Trekk: new Brevtrekk(4_321.50m, new DateOnly(2027, 1, 1), null, "Byggmester Hansen AS (org.nr. 974760673)", art is Brevart.Trekkpalegg or Brevart.EndretUtleggstrekk ? 2 : 1,
                art is Brevart.Trekkpalegg or Brevart.EndretUtleggstrekk ? Trekkstatus.Endret : Trekkstatus.Aktiv, "Ny inntekt dokumentert.", "76940500032", "260001238",
                [new("Livsopphold, skyldner", 9_500m), new("Livsopphold, barn 8 år", 4_000m), new("Boutgifter", 11_000m), new("Særlige utgifter", 3_178.50m)], NettoInntekt: 32_000m),
            Formuesgoder: [new("Volvo V70 2015", 85_000m, true, "Over beslagsfritt beløp."), new("Sofa", 2_000m, false, "Vanlig innbo.")],
            Fordeling: new Brevfordeling(150_000m, 3_462m, 3_000m, [new("Panthaver 1: Bank AS", 120_000m), new("Inkasso Nord AS", 15_180.17m), new("Skyldneren", 8_357.83m)]),
            Klage: new Brevklage(Klagegjelder.ValgAvFormuesgode, new DateOnly(2026, 11, 30), Klageutfall.TattTilFolge, false, "Bilen er nødvendig for arbeidet."),
            Tilbakeleveringsverdi: 40_000m);
    }

    public static TheoryData<Brevart, Malform> Alle()
    {
        var data = new TheoryData<Brevart, Malform>();
        foreach (var art in Enum.GetValues<Brevart>())
        {
            data.Add(art, Malform.Bokmal);
            data.Add(art, Malform.Nynorsk);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Alle))]
    public async Task Every_letter_kind_prints_in_both_malformer_with_the_case_the_amounts_and_the_deadline(Brevart art, Malform malform)
    {
        // The first recipient the kind has (the trekkpålegg and a changed trekk's letter are ordered by the order's version, not by an action).
        var mottaker = art switch
        {
            Brevart.Trekkpalegg => Brevmottaker.Arbeidsgiver,
            Brevart.EndretUtleggstrekk => Brevmottaker.Skyldner,
            _ => Enum.GetValues<Handling>().SelectMany(Sak.BrevFor).First(b => b.Art == art).Mottaker,
        };
        var modell = Modell(art, mottaker, malform);
        var innhold = Brevmaler.Skriv(modell);
        var html = BrevHtml.Skriv(modell, innhold);
        var tekst = Pdftekst.Les(await pdf.Skriver.SkrivAsync(html, $"{innhold.Tittel} – saksnummer 26-000123", CancellationToken.None));

        innhold.Mal.ShouldBe($"{Brevmaler.Versjoner[art].Kode}/{(malform == Malform.Nynorsk ? "nn" : "nb")}/{Brevmaler.Versjoner[art].Versjon}");
        html.ShouldContain($"<html lang=\"{(malform == Malform.Nynorsk ? "nn" : "nb")}\">");
        tekst.ShouldContain("Saksnummer: 26-000123");
        tekst.ShouldContain(innhold.Tittel);
        Pdftekst.Fodselsnumre(tekst).ShouldBeEmpty();
        // The amounts in nb-NO form: a space between thousands, a decimal comma.
        (art switch
        {
            Brevart.Trekkpalegg or Brevart.EndretUtleggstrekk => "4 321,50 kr",
            Brevart.Fordelingsutskrift => "150 000,00 kr",
            _ => "15 180,17 kr",
        }).ShouldSatisfyAllConditions(belop => tekst.ShouldContain(belop));
        if (art is Brevart.Avvisning or Brevart.UnderretningUtleggspant or Brevart.UnderretningIntetTilUtlegg or Brevart.UnderretningTilbakelevering)
        {
            // One month from the day the letter is received (04.12.2026), moved past no holiday: 04.01.2027.
            tekst.ShouldContain("Klagefrist: 04.01.2027");
        }

        // Words only the målform has.
        tekst.ShouldContain(malform == Malform.Nynorsk ? "Kontakt namsmannen i Oslo politidistrikt og oppgi saksnummeret" : "Kontakt namsmannen i Oslo politidistrikt og oppgi saksnummer");
        if (art != Brevart.Trekkpalegg && mottaker == Brevmottaker.Skyldner)
        {
            tekst.ShouldContain(malform == Malform.Nynorsk ? "Hovudstol" : "Hovedstol");
        }
    }

    [Fact]
    public async Task The_trekk_letter_shows_the_calculation_line_by_line_in_the_readers_malform()
    {
        var nynorsk = Pdftekst.Les(await SkrivAsync(Modell(Brevart.UnderretningUtleggstrekk, Brevmottaker.Skyldner, Malform.Nynorsk)));
        nynorsk.ShouldContain("Nettoinntekt 32 000,00 kr Minus livsopphald, skuldnar 9 500,00 kr Minus livsopphald, barn 8 år 4 000,00 kr Minus buutgifter 11 000,00 kr Minus særlege utgifter 3 178,50 kr Trekk per månad 4 321,50 kr");
        nynorsk.ShouldContain("betal 15 180,17 kr til konto 7694 05 00032 med KID 260001238");

        var bokmal = Pdftekst.Les(await SkrivAsync(Modell(Brevart.UnderretningUtleggstrekk, Brevmottaker.Skyldner, Malform.Bokmal)));
        bokmal.ShouldContain("Nettoinntekt 32 000,00 kr Minus livsopphold, skyldner 9 500,00 kr Minus livsopphold, barn 8 år 4 000,00 kr Minus boutgifter 11 000,00 kr Minus særlige utgifter 3 178,50 kr Trekk per måned 4 321,50 kr");

        // A trekk the posts do not explain (the income not known) shows what is kept, and the trekk, apart.
        var utenInntekt = Modell(Brevart.UnderretningUtleggstrekk, Brevmottaker.Skyldner, Malform.Bokmal);
        var tekst = Pdftekst.Les(await SkrivAsync(utenInntekt with { Trekk = utenInntekt.Trekk! with { NettoInntekt = null } }));
        tekst.ShouldContain("Særlige utgifter 3 178,50 kr Du får beholde til sammen 27 678,50 kr Trekk per måned 4 321,50 kr");
    }

    [Fact]
    public async Task A_protected_address_is_printed_only_on_letters_to_its_owner()
    {
        foreach (var art in new[] { Brevart.UnderretningUtleggspant, Brevart.UnderretningIntetTilUtlegg, Brevart.Fordelingsutskrift, Brevart.Klageavgjorelse })
        {
            (await TekstAsync(Modell(art, Brevmottaker.Skyldner, Malform.Bokmal, fortrolig: true))).ShouldContain("Løkkeveien 7");
            var tilKreditor = await TekstAsync(Modell(art, Brevmottaker.Kreditor, Malform.Bokmal, fortrolig: true));
            tilKreditor.ShouldNotContain("Løkkeveien");
            tilKreditor.ShouldNotContain("0253");
            tilKreditor.ShouldContain("Kari Nordmann (150385 *****)");
        }

        // Without the protection, the creditor's copy names where the debtor lives.
        (await TekstAsync(Modell(Brevart.UnderretningUtleggspant, Brevmottaker.Kreditor, Malform.Bokmal))).ShouldContain("Kari Nordmann (150385 *****), Løkkeveien 7, 0253 OSLO");
        (await TekstAsync(Modell(Brevart.Trekkpalegg, Brevmottaker.Arbeidsgiver, Malform.Bokmal, fortrolig: true))).ShouldNotContain("Løkkeveien");
    }

    private async Task<string> TekstAsync(Brevmodell modell) => Pdftekst.Les(await SkrivAsync(modell));

    private Task<byte[]> SkrivAsync(Brevmodell modell)
    {
        var innhold = Brevmaler.Skriv(modell);
        return pdf.Skriver.SkrivAsync(BrevHtml.Skriv(modell, innhold), innhold.Tittel, CancellationToken.None);
    }
}
