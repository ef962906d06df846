using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Namsmannen.Browser.Tests;

/// <summary>A creditor's day in the portal, in Chromium, with axe on every page: no WCAG 2.1 A/AA violations.</summary>
public sealed class KreditorportalJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_creditor_sends_a_begjaring_follows_it_uploads_a_csv_and_makes_a_key_with_every_page_accessible()
    {
        var page = await browser.LoggInnAsync("kreditor@namsmannen.test");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Mine saker");
        await page.ShouldHaveNoWcagViolationsAsync();

        // The form: refused first, with the errors linked to the fields, then accepted.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny begjæring" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ny begjæring");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByLabel("Deres referanse").FillAsync("NETTLESER-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send begjæringen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Oppgi skyldnerens fødselsnummer, D-nummer eller organisasjonsnummer.");
        await page.ShouldHaveNoWcagViolationsAsync();

        var idag = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System);
        await page.GetByLabel("Fødselsnummer, D-nummer eller organisasjonsnummer").FillAsync("01017010170");
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Kari Nettleser");
        await page.GetByLabel("Adresse").FillAsync("Gata 3");
        await page.GetByLabel("Postnummer").FillAsync("0150");
        await page.GetByLabel("Poststed").FillAsync("Oslo");
        await page.GetByLabel("Tvangsgrunnlag", new() { Exact = true }).SelectOptionAsync("skriftstykke");
        await page.GetByLabel("Forfallsdato (særlig tvangsgrunnlag og pant)").FillAsync(idag.AddDays(-60).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Varsel etter tvangsfullbyrdelsesloven § 4-18 sendt").FillAsync(idag.AddDays(-40).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Hovedstol (kr)").FillAsync("8 500,00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send begjæringen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Begjæringen er mottatt og har fått saksnummer");
        await Expect(page.Locator("h1")).ToContainTextAsync("Sak ");
        await page.ShouldHaveNoWcagViolationsAsync();

        // A CSV file: progress, then the result.
        await page.GetByRole(AriaRole.Link, new() { Name = "Last opp CSV" }).ClickAsync();
        await page.ShouldHaveNoWcagViolationsAsync();
        var csv = "referanse;type;skyldner.identifikator;skyldner.navn;skyldner.adresse;skyldner.postnummer;skyldner.poststed;grunnlag.type;grunnlag.forfall;krav.hovedstol;varselSendt\r\n"
            + $"NETTLESER-CSV;utlegg;01017010170;Kari Nettleser;Gata 3;0150;Oslo;skriftstykke;{idag.AddDays(-60):yyyy-MM-dd};500;{idag.AddDays(-40):yyyy-MM-dd}\r\n"
            + "NETTLESER-FEIL;utlegg;1;;;;;;;;\r\n";
        await page.GetByLabel("CSV-fil").SetInputFilesAsync(new FilePayload { Name = "saker.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Last opp og behandle" }).ClickAsync();
        await Expect(page.Locator("#statustekst")).ToHaveTextAsync("Ferdig", new() { Timeout = 15000 });
        // The script reloads the page when the file is done; wait for the page it reloads to (not a second timer).
        await Expect(page.Locator("#status[data-ferdig='ja']")).ToBeVisibleAsync(new() { Timeout = 15000 });
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Mottatt 1, avvist 1, duplikat 0.");
        await page.ShouldHaveNoWcagViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "API-nøkler" }).ClickAsync();
        await page.GetByLabel("Navn på nøkkelen").FillAsync("Nettlesertest");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lag nøkkel" }).ClickAsync();
        await Expect(page.Locator("#ny-nokkel")).ToContainTextAsync("nm_");
        await page.ShouldHaveNoWcagViolationsAsync();

        // Each link, then the page's heading: what a user waits for (the load event is not; CI timed out on it once).
        foreach (var (lenke, overskrift) in new[] { ("Mine saker", "Mine saker"), ("Innsendinger", "Innsendinger"), ("Fordelinger", "Fordelinger"), ("API-dokumentasjon", "API for kreditorer") })
        {
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Kreditorportalen" }).GetByRole(AriaRole.Link, new() { Name = lenke }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync(overskrift);
            await page.ShouldHaveNoWcagViolationsAsync();
        }

        await page.Context.CloseAsync();
    }
}
