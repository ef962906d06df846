using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Namsmannen.Browser.Tests;

public sealed class BeregningJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_visitor_computes_a_trekk_without_logging_in_and_the_page_passes_axe_before_and_after()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/beregning");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Utleggstrekk" }).ClickAsync();
        await page.ShouldHaveNoWcagViolationsAsync();

        await page.GetByLabel("Dato").FillAsync("2024-10-01");
        await page.GetByLabel("Nettoinntekt per måned (kr)").FillAsync("38 000");
        await page.GetByLabel("Gift eller samboer").CheckAsync();
        await page.GetByLabel("Partneren har egen inntekt").CheckAsync();
        await page.GetByLabel("Alder på barn som bor hjemme").FillAsync("8, 3");
        await page.GetByLabel("Dokumenterte boutgifter for husstanden per måned (kr)").FillAsync("14000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Beregn trekk" }).ClickAsync();

        await Expect(page.Locator("#resultat-tittel")).ToHaveTextAsync("Trekk per måned: 18\u00A0768,70\u00A0kr");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_fee_fordeling_interest_and_check_pages_work_and_pass_axe()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/beregning/rettsgebyr");
        await page.GetByLabel("Steg", new() { Exact = true }).SelectOptionAsync("utlegg");
        await page.GetByLabel("Dato for steget").FillAsync("2026-11-21");
        await page.GetByRole(AriaRole.Button, new() { Name = "Beregn gebyr" }).ClickAsync();
        await Expect(page.Locator("#resultat-tittel")).ToHaveTextAsync("Gebyr: 1\u00A0627,00\u00A0kr");
        await page.ShouldHaveNoWcagViolationsAsync();

        await page.GotoAsync("/beregning/fordeling");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByLabel("Dato for salget").FillAsync("2026-11-21");
        await page.GetByLabel("Salgssum (kr)").FillAsync("100 000");
        await page.GetByLabel("Salgsomkostninger (kr)").FillAsync("8 000");
        await page.GetByLabel("Panthaver, rad 1").FillAsync("Sparebanken");
        await page.GetByLabel("Prioritet, rad 1").FillAsync("1");
        await page.GetByLabel("Krav, rad 1").FillAsync("30 000");
        await page.GetByLabel("Saksøkeren, rad 1").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Beregn fordeling" }).ClickAsync();
        await Expect(page.Locator("#resultat tfoot td").First).ToHaveTextAsync("100\u00A0000,00\u00A0kr");
        await Expect(page.Locator("#resultat tbody tr").Last).ToContainTextAsync("57\u00A0360,00\u00A0kr");
        await page.ShouldHaveNoWcagViolationsAsync();

        await page.GotoAsync("/beregning/forsinkelsesrente");
        await page.GetByLabel("Hovedstol (kr)").FillAsync("10 000");
        await page.GetByLabel("Renten løper fra").FillAsync("2025-05-01");
        await page.GetByLabel("Beregn til (telles ikke med)").FillAsync("2026-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Beregn renter" }).ClickAsync();
        await Expect(page.Locator("#resultat-tittel")).ToHaveTextAsync("Renter: 1\u00A0020,40\u00A0kr");
        await page.ShouldHaveNoWcagViolationsAsync();

        await page.GotoAsync("/beregning/kontroll");
        await page.GetByLabel("Nummer (11 siffer)").FillAsync("01010750160");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kontroller fødselsnummer" }).ClickAsync();
        await Expect(page.Locator("#fnr-svar")).ToHaveTextAsync("Gyldig (fødselsnummer).");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.Context.CloseAsync();
    }
}
