using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Namsmannen.Browser.Tests;

public sealed class SaksbehandlingJourneyTests(BrowserFixture browser, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_caseworker_sees_an_address_Posten_does_not_know_and_corrects_it_on_the_debtors_page()
    {
        // The demo debtor at «0999 Oslo» (issue 12, M2).
        var saksnummer = await Namsmannen.Application.Tests.Infrastructure.Databaseverdi.SkalarAsync<string>(browser.App.ConnectionString,
            "SELECT s.saksnummer FROM saker s JOIN skyldnere d ON d.id = s.skyldner_id WHERE d.postnummer = '0999' ORDER BY s.saksnummer LIMIT 1");
        var page = await browser.LoggInnAsync("saksbehandler@namsmannen.test");
        await page.GotoAsync($"/saksbehandling/saker/{saksnummer}");
        await Expect(page.Locator("#adressemerknad")).ToContainTextAsync("Postnummer 0999 finnes ikke i Postens postnummerregister");

        await page.GetByRole(AriaRole.Link, new() { Name = "Rett adressen" }).First.ClickAsync();
        await Expect(page.Locator("#adressemerknad")).ToBeVisibleAsync();
        await page.GetByLabel("Poststed").FillAsync("Bergen");
        await page.GetByLabel("Postnummer", new() { Exact = true }).FillAsync("0155");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rett adressen" }).ClickAsync();
        await Expect(page.Locator(".feiloppsummering")).ToContainTextAsync("Postnummer 0155 hører til OSLO i Postens postnummerregister, ikke Bergen.");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByLabel("Poststed").FillAsync("Oslo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rett adressen" }).ClickAsync();

        await Expect(page.Locator("p.kvittering[role=status]")).ToHaveTextAsync("Adressen er rettet. Brev som sendes fra nå av, går dit.");
        await Expect(page.Locator("#adressemerknad")).ToHaveCountAsync(0);
        await page.ShouldHaveNoWcagViolationsAsync();
    }

    [Fact]
    public async Task A_caseworker_takes_a_new_case_accepts_it_and_books_the_full_payment_with_every_page_passing_axe()
    {
        var page = await browser.LoggInnAsync("saksbehandler@namsmannen.test");
        await Expect(page).ToHaveURLAsync(new Regex("/saksbehandling$"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Innbetalinger til namsmannens konto og uavklarte betalinger" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Innbetalinger til namsmannens konto");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GoBackAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Saksbehandling");
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

        await page.GetByRole(AriaRole.Link, new() { Name = "Tildel saken" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Tildel saken");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tildel" }).ClickAsync();
        await Expect(page.Locator("p.kvittering[role=status]")).ToHaveTextAsync("Saken er tildelt Kari Nordmann.");

        // The expected next step is the first thing the keyboard reaches in the page's content.
        var trykk = await TabTilAsync(page, "section.neste a.knapplenke");
        output.WriteLine($"Tab presses to «Godta begjæringen» on the case page: {trykk}");
        trykk.ShouldBeLessThanOrEqualTo(12);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Godta begjæringen");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Godta begjæringen" }).ClickAsync();
        await Expect(page.Locator("p.kvittering[role=status]")).ToHaveTextAsync("Godta begjæringen: saken har nå stadium «Godtatt, venter på varsel».");
        await page.ShouldHaveNoWcagViolationsAsync();

        trykk = await TabTilAsync(page, "section.neste nav a[href$='/betaling']");
        output.WriteLine($"Tab presses to «Registrer betaling» on the case page: {trykk}");
        trykk.ShouldBeLessThanOrEqualTo(12);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Registrer betaling");
        await page.ShouldHaveNoWcagViolationsAsync();
        var help = (await page.Locator("#Data_Belop-hjelp").TextContentAsync())!;
        var utestaende = System.Text.RegularExpressions.Regex.Match(help, @"\(([\d\u00A0 ]+,\d\d) kr\)").Groups[1].Value;
        await page.GetByLabel("Beløp (kr)").FillAsync(utestaende);
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrer betaling" }).ClickAsync();
        await Expect(page.Locator("p.kvittering[role=status]")).ToHaveTextAsync("Betalingen er registrert. Hele kravet er betalt, og saken er avsluttet.");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>Presses Tab from the top of the page until <paramref name="selector"/> has focus; the number of presses.</summary>
    private static async Task<int> TabTilAsync(IPage page, string selector)
    {
        await page.Locator("body").FocusAsync();
        for (var trykk = 1; trykk <= 100; trykk++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement === document.querySelector(s)", selector))
            {
                return trykk;
            }
        }

        throw new InvalidOperationException($"Tab never reached {selector}.");
    }
}
