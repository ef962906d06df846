using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Namsmannen.Hosting.Demo;
using static Microsoft.Playwright.Assertions;

namespace Namsmannen.Browser.Tests;

public sealed class SaksbehandlingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_caseworker_takes_a_new_case_accepts_it_and_books_the_full_payment_with_every_page_passing_axe()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/konto/logg-inn");
        await page.GetByLabel("E-postadresse").FillAsync("saksbehandler@namsmannen.test");
        await page.GetByLabel("Passord").FillAsync(DemoBrukere.Passord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/saksbehandling$"));

        await page.GetByLabel("Vis", new() { Exact = true }).SelectOptionAsync("Ufordelte");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis saker" }).ClickAsync();
        await page.ShouldHaveNoWcagViolationsAsync();
        var first = page.Locator("tbody td a").First;
        var saksnummer = (await first.TextContentAsync())!;
        await first.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Sak {saksnummer}");
        await page.ShouldHaveNoWcagViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Skyldneroversikt med samordning og kravkø" }).ClickAsync();
        await Expect(page.Locator("h2#saker")).ToContainTextAsync("Alle saker");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GoBackAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Vis fødselsnummer" }).ClickAsync();
        await Expect(page.Locator("#fulltnummer")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{11}$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Tildel" }).ClickAsync();
        await Expect(page.Locator("p.kvittering[role=status]")).ToHaveTextAsync("Saken er tildelt Kari Nordmann.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Godta begjæringen" }).ClickAsync();
        await Expect(page.Locator("p.kvittering[role=status]")).ToHaveTextAsync("Godta begjæringen: saken har nå stadium «Godtatt, venter på varsel».");
        await page.ShouldHaveNoWcagViolationsAsync();

        var help = (await page.Locator("#Data_Belop-hjelp").TextContentAsync())!;
        var utestaende = System.Text.RegularExpressions.Regex.Match(help, @"\(([\d\u00A0 ]+,\d\d) kr\)").Groups[1].Value;
        await page.GetByLabel("Beløp (kr)").FillAsync(utestaende);
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrer betaling" }).ClickAsync();
        await Expect(page.Locator("p.kvittering[role=status]")).ToHaveTextAsync("Betalingen er registrert. Hele kravet er betalt, og saken er avsluttet.");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.Context.CloseAsync();
    }
}
