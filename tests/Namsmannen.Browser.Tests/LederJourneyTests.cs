using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Namsmannen.Browser.Tests;

public sealed class LederJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_supervisor_reads_the_dashboard_opens_the_cases_behind_a_figure_and_moves_cases_with_every_page_passing_axe()
    {
        var page = await browser.LoggInnAsync("leder@namsmannen.test");
        await Expect(page).ToHaveURLAsync(new Regex("/leder$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Oversikt for Oslo politidistrikt");
        await page.ShouldHaveNoWcagViolationsAsync();

        // The charts are images with a text alternative that names every bar.
        var diagram = page.GetByRole(AriaRole.Img, new() { Name = "Antall saker etter stadium" });
        await Expect(diagram).ToBeVisibleAsync();
        (await page.Locator("#stadier-beskrivelse").TextContentAsync())!.ShouldContain("Varsel sendt: ");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^[\\d\\u00a0 ]+ saker med stadium Utleggstrekk$") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("Data.Stadium=Utleggstrekk"));
        await Expect(page.Locator("tbody tr").First).ToContainTextAsync("Utleggstrekk");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GoBackAsync();

        await page.GetByLabel("Fra", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = (await page.Locator("#Data_FraSaksbehandlerId option").Nth(1).TextContentAsync())! });
        await page.GetByLabel("Til", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Antall saker", new() { Exact = true }).FillAsync("1");
        await page.GetByLabel("Jeg har sett hvor mange saker som flyttes, og bekrefter").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Flytt sakene" }).ClickAsync();
        var melding = page.Locator("p.kvittering[role=status]");
        await Expect(melding).ToHaveTextAsync(new Regex("^1 sak er flyttet fra .+ til .+\\.$"));
        await page.ShouldHaveNoWcagViolationsAsync();
    }

    [Fact]
    public async Task An_administrator_chooses_an_office_and_the_page_passes_axe()
    {
        var page = await browser.LoggInnAsync("admin@namsmannen.test");
        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));

        await page.GotoAsync("/leder");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Oversikt for hele landet");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByLabel("Kontor", new() { Exact = true }).SelectOptionAsync("OSLO");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis kontoret" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Oversikt for Oslo politidistrikt");
        await page.ShouldHaveNoWcagViolationsAsync();
    }
}
