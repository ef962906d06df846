using System.Net;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

/// <summary>The public calculators as a visitor uses them: no login, Norwegian number formats, results on the page.</summary>
public sealed class BeregningTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Tekst(string s) => s.Replace('\u00A0', ' ').Trim();

    [Fact]
    public async Task The_trekk_page_computes_the_worked_example_from_Norwegian_input()
    {
        var client = app.Browser();
        var page = await client.GetDocumentAsync("/beregning/utleggstrekk");

        var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Data.Dato"] = "01.10.2024",
            ["Data.NettoInntektPerManed"] = "38 000,00",
            ["Data.Sivilstand"] = "gift_eller_samboer",
            ["Data.PartnerHarEgenInntekt"] = "true",
            ["Data.BarnAlder"] = "8, 3",
            ["Data.Boutgifter"] = "14000",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, response.Headers.Location?.ToString());
        var result = await response.ParseAsync();
        Tekst(result.QuerySelector("#resultat-tittel")!.TextContent).ShouldBe("Trekk per måned: 18 768,70 kr");
        result.QuerySelectorAll("#resultat tbody tr").Select(r => (Tekst(r.Children[0].TextContent), Tekst(r.Children[1].TextContent))).ShouldBe(
        [
            ("Livsopphold, skyldner", "9 082,00 kr"),
            ("Livsopphold, barn 3 år", "1 372,80 kr"),
            ("Livsopphold, barn 8 år", "2 276,50 kr"),
            ("Boutgifter", "6 500,00 kr"),
        ]);
        Tekst(result.QuerySelector("#resultat ul li")!.TextContent).ShouldStartWith("Livsoppholdssatser fra 01.07.2024: enslig 10 724,00 kr");
    }

    [Fact]
    public async Task The_trekk_page_names_fields_it_cannot_read_and_keeps_the_input()
    {
        var client = app.Browser();
        var page = await client.GetDocumentAsync("/beregning/utleggstrekk");

        var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Data.Dato"] = "2026-11-21",
            ["Data.NettoInntektPerManed"] = "mye",
            ["Data.BarnAlder"] = "tre",
            ["Data.SamvaerAlder[0]"] = "4",
            ["Data.SamvaerKlasse[0]"] = "9",
        });

        var result = await response.ParseAsync();
        result.QuerySelectorAll(".feiloppsummering li").Select(li => li.TextContent.Trim()).ShouldBe(
        [
            "Skriv nettoinntekten i kroner, for eksempel 12 345,67.",
            "Skriv barnas alder som hele tall skilt med komma, for eksempel 3, 8.",
        ]);
        result.QuerySelector("#Data_NettoInntektPerManed")!.GetAttribute("value").ShouldBe("mye");
        result.QuerySelector("#resultat").ShouldBeNull();

        var second = await client.SubmitAsync(result, "main form", new Dictionary<string, string>
        {
            ["Data.Dato"] = "2026-11-21",
            ["Data.NettoInntektPerManed"] = "30000",
            ["Data.BarnAlder"] = string.Empty,
            ["Data.SamvaerAlder[0]"] = "4",
            ["Data.SamvaerKlasse[0]"] = "9",
        });
        var secondPage = await second.ParseAsync();
        secondPage.QuerySelectorAll(".feiloppsummering a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim()))
            .ShouldBe([("#Data_SamvaerKlasse_0_", "Samværsklassen må være 1, 2, 3 eller 4.")]);
        secondPage.QuerySelector("#Data_SamvaerKlasse_0_").ShouldNotBeNull("the summary links to the field that is wrong");
    }

    [Fact]
    public async Task The_fee_page_shows_R_the_multiple_and_the_rounded_fee()
    {
        var client = app.Browser();
        var page = await client.GetDocumentAsync("/beregning/rettsgebyr");

        var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Data.Steg"] = "tvangssalg_fast_eiendom_begjaering", ["Data.Dato"] = "2026-11-21" });

        var result = await response.ParseAsync();
        Tekst(result.QuerySelector("#resultat-tittel")!.TextContent).ShouldBe("Gebyr: 1 479,00 kr"); // 1,1 × 1 345 = 1 479,50, rounded down (rettsgebyrloven § 6 a)
        result.QuerySelectorAll("#resultat td").Select(td => Tekst(td.TextContent)).ShouldBe(["1 345,00 kr", "1,10 R", "1 479,00 kr"]);
    }

    [Fact]
    public async Task The_fordeling_page_lists_every_line_and_the_sum()
    {
        var client = app.Browser();
        var page = await client.GetDocumentAsync("/beregning/fordeling");

        var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Data.Dato"] = "2026-11-21",
            ["Data.Salgssum"] = "100 000",
            ["Data.Salgsomkostninger"] = "8 000",
            ["Data.Navn[0]"] = "L1",
            ["Data.Type[0]"] = "legalpant",
            ["Data.Prioritet[0]"] = "1",
            ["Data.Krav[0]"] = "5000",
            ["Data.Navn[1]"] = "P1",
            ["Data.Type[1]"] = "pant",
            ["Data.Prioritet[1]"] = "1",
            ["Data.Krav[1]"] = "30000",
            ["Data.Navn[2]"] = "S",
            ["Data.Type[2]"] = "pant",
            ["Data.Prioritet[2]"] = "2",
            ["Data.Krav[2]"] = "50000",
            ["Data.Navn[3]"] = "P3",
            ["Data.Type[3]"] = "pant",
            ["Data.Prioritet[3]"] = "3",
            ["Data.Krav[3]"] = "20000",
            ["Data.Saksoker"] = "2",
        });

        var result = await response.ParseAsync();
        result.QuerySelectorAll("#resultat tbody tr").Select(r => (Tekst(r.Children[0].TextContent), Tekst(r.Children[1].TextContent), Tekst(r.Children[2].TextContent))).ShouldBe(
        [
            ("rettsgebyr", "4 640,00 kr", "0,00 kr"),
            ("salgsomkostninger", "8 000,00 kr", "0,00 kr"),
            ("L1", "5 000,00 kr", "0,00 kr"),
            ("P1", "30 000,00 kr", "0,00 kr"),
            ("S", "50 000,00 kr", "0,00 kr"),
            ("P3", "2 360,00 kr", "17 640,00 kr"),
            ("skyldner", "0,00 kr", "0,00 kr"),
        ]);
        Tekst(result.QuerySelector("#resultat tfoot td")!.TextContent).ShouldBe("100 000,00 kr");
        result.QuerySelector("#resultat .kvittering")!.TextContent.ShouldStartWith("Salget kan gjennomføres");
    }

    [Fact]
    public async Task The_fordeling_page_asks_for_a_named_rows_claim_and_keeps_what_it_cannot_read()
    {
        var client = app.Browser();
        var page = await client.GetDocumentAsync("/beregning/fordeling");

        var result = await (await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Data.Dato"] = "2026-11-21",
            ["Data.Salgssum"] = "100 000",
            ["Data.Navn[0]"] = "Banken",
            ["Data.Prioritet[0]"] = "først",
            ["Data.Krav[0]"] = "5000",
            ["Data.Navn[2]"] = "Kemneren",
            ["Data.Prioritet[2]"] = "1",
        })).ParseAsync();

        result.QuerySelectorAll(".feiloppsummering a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ShouldBe(
        [
            ("#Data_Prioritet_0_", "Skriv prioriteten som et helt tall."),
            ("#Data_Krav_2_", "Oppgi kravet til Kemneren."),
        ]);
        result.QuerySelector("#Data_Prioritet_0_")!.GetAttribute("value").ShouldBe("først");
        result.QuerySelector("#Data_Krav_0_")!.GetAttribute("value").ShouldBe("5000");
        result.QuerySelector("#resultat").ShouldBeNull();
    }

    [Fact]
    public async Task The_interest_page_refuses_a_period_without_a_rate_with_a_Norwegian_message()
    {
        var client = app.Browser();
        var page = await client.GetDocumentAsync("/beregning/forsinkelsesrente");

        var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Data.Hovedstol"] = "10000", ["Data.Fra"] = "2026-01-01", ["Data.Til"] = "2026-11-21" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ParseAsync()).QuerySelector(".feiloppsummering li")!.TextContent.Trim()
            .ShouldBe("Forsinkelsesrenten fra 1. juli 2026 mangler, så forsinkelsesrenten for 1. juli 2026 er ukjent.");
    }

    [Fact]
    public async Task The_interest_page_reads_nb_NO_amounts_and_dates_and_names_the_field_it_cannot_read()
    {
        var client = app.Browser();
        var page = await client.GetDocumentAsync("/beregning/forsinkelsesrente");

        var bad = await (await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Data.Hovedstol"] = "ti tusen", ["Data.Fra"] = "31.02.2026", ["Data.Til"] = "" })).ParseAsync();

        bad.QuerySelectorAll(".feiloppsummering a").Select(a => (a.GetAttribute("href"), a.TextContent)).ShouldBe(
        [
            ("#Data_Hovedstol", "Skriv hovedstolen i kroner, for eksempel 12 345,67."),
            ("#Data_Fra", "Skriv fra-datoen som dd.mm.åååå, for eksempel 21.11.2026."),
        ], "a value that cannot be read stops the calculation before the rules run");
        bad.QuerySelector("#Data_Hovedstol")!.GetAttribute("value").ShouldBe("ti tusen");

        var ok = await (await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Data.Hovedstol"] = "10 000,00", ["Data.Fra"] = "01.01.2026", ["Data.Til"] = "01.02.2026" })).ParseAsync();
        ok.QuerySelector(".feiloppsummering").ShouldBeNull();
        ok.QuerySelector("#resultat-tittel")!.TextContent.ShouldStartWith("Renter: ");
        ok.QuerySelector("#Data_Fra")!.GetAttribute("value").ShouldBe("2026-01-01", "the date field gets the date back in its own format");
    }

    [Fact]
    public async Task The_enforceability_check_names_a_missing_or_unreadable_date_by_its_field()
    {
        var client = app.Browser();
        var page = await client.GetDocumentAsync("/beregning/kontroll");

        var svar = await (await client.SubmitAsync(page, "form[action*=tvangskraft]", new Dictionary<string, string> { ["Data.Dato"] = "", ["Data.Forfall"] = "1.13.2026" })).ParseAsync();

        svar.QuerySelectorAll(".feiloppsummering a").Select(a => (a.GetAttribute("href"), a.TextContent)).ShouldBe(
        [
            ("#Data_Dato", "Oppgi datoen for begjæringen."),
            ("#Data_Forfall", "Skriv forfallsdatoen som dd.mm.åååå, for eksempel 21.11.2026."),
        ], ignoreOrder: true);
        svar.QuerySelector("#tvangskraft-svar").ShouldBeNull("nothing is checked before the dates can be read");
    }

    [Fact]
    public async Task The_check_page_tells_a_D_number_from_an_invalid_number()
    {
        var client = app.Browser();
        var page = await client.GetDocumentAsync("/beregning/kontroll");

        var valid = await (await client.SubmitAsync(page, "form[action*=fodselsnummer]", new Dictionary<string, string> { ["Data.Fodselsnummer"] = "41010750154" })).ParseAsync();
        valid.QuerySelector("#fnr-svar")!.TextContent.Trim().ShouldBe("Gyldig (D-nummer).");

        var invalid = await (await client.SubmitAsync(page, "form[action*=organisasjonsnummer]", new Dictionary<string, string> { ["Data.Organisasjonsnummer"] = "974760674" })).ParseAsync();
        invalid.QuerySelector("#orgnr-svar")!.TextContent.Trim().ShouldBe("Ugyldig: Organisasjonsnummeret har feil kontrollsiffer.");
    }
}
