using System.Text.Json;
using Microsoft.Playwright;
using Namsmannen.Application.Features.Innbetalinger;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Namsmannen.Browser.Tests;

/// <summary>
/// Issue 16's journey in Chromium, with axe on every page: a debtor's KID payment arrives in the bank's file, is matched
/// and booked in the case's ledger, is paid to the creditor in a run a second user approves, and the creditor sees it
/// in the portal and the API.
/// </summary>
public sealed class PengeflytJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> LoggInnAsync(string epost, string overskrift)
    {
        var page = await browser.LoggInnAsync(epost);
        await Expect(page.Locator("h1")).ToHaveTextAsync(overskrift);
        return page;
    }

    [Fact]
    public async Task A_KID_payment_in_the_bank_file_is_booked_paid_out_in_an_approved_run_and_seen_by_the_creditor()
    {
        var (saksnummer, _) = await browser.App.NySakAsync();

        // The caseworker reads the case's KID and uploads the bank's file with the debtor's payment.
        var kari = await LoggInnAsync("saksbehandler@namsmannen.test", "Saksbehandling");
        await kari.GotoAsync($"/saksbehandling/saker/{saksnummer}");
        var kid = (await kari.Locator("#kid").TextContentAsync())!.Trim();
        var fil = Camt054Eksempelfil.Lag("NETTLESER-BANK", DateTimeOffset.Now, [new("NETTLESER-BANK-1", 1_000m, Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System), kid, "Ola Nettleser")]);
        await kari.GotoAsync("/saksbehandling/innbetalinger");
        await kari.GetByLabel("camt.054-fil (XML, høyst 20 MB)").SetInputFilesAsync(new FilePayload { Name = "camt054.xml", MimeType = "application/xml", Buffer = fil });
        await kari.GetByRole(AriaRole.Button, new() { Name = "Les inn filen" }).ClickAsync();
        await Expect(kari.Locator("#resultat .kvittering")).ToHaveTextAsync("Ført på sak: 1, uavklart: 0, lest før: 0.");
        await kari.ShouldHaveNoWcagViolationsAsync();

        await kari.GetByRole(AriaRole.Link, new() { Name = saksnummer }).ClickAsync();
        await Expect(kari.Locator("#kontoutskrift")).ToContainTextAsync("Innbetaling");
        await kari.ShouldHaveNoWcagViolationsAsync();

        // The caseworker makes the run; she may not approve it.
        await kari.GotoAsync("/saksbehandling/utbetalinger");
        await Expect(kari.Locator("#avstemt")).ToHaveTextAsync("Avstemt: hver krone som er mottatt, er fordelt, uavklart eller skal tilbakebetales.");
        await kari.ShouldHaveNoWcagViolationsAsync();
        await kari.GetByRole(AriaRole.Button, new() { Name = "Lag utbetalingskjøring" }).ClickAsync();
        await Expect(kari.Locator("#status")).ToHaveTextAsync("Venter på godkjenning");
        await Expect(kari.Locator("#hindring")).ToHaveTextAsync("Bare en leder kan godkjenne en utbetalingskjøring.");
        await Expect(kari.Locator("table.utskrift")).ToContainTextAsync(saksnummer);
        var kjoring = kari.Url;
        await kari.ShouldHaveNoWcagViolationsAsync();
        await kari.Context.CloseAsync();

        // The supervisor approves it after confirming, and the bank's file is ready.
        var ingrid = await LoggInnAsync("leder@namsmannen.test", "Oversikt for Oslo politidistrikt");
        await ingrid.GotoAsync(kjoring);
        await ingrid.GetByRole(AriaRole.Button, new() { Name = "Godkjenn utbetalingene" }).ClickAsync();
        await Expect(ingrid.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kryss av for at du har kontrollert mottakere, kontonumre og beløp.");
        await ingrid.GetByLabel("Jeg har kontrollert mottakere, kontonumre og beløp").CheckAsync();
        await ingrid.GetByRole(AriaRole.Button, new() { Name = "Godkjenn utbetalingene" }).ClickAsync();
        await Expect(ingrid.Locator("#status")).ToHaveTextAsync("Godkjent");
        await Expect(ingrid.GetByRole(AriaRole.Link, new() { Name = "Last ned betalingsfilen (pain.001) for banken" })).ToBeVisibleAsync();
        await ingrid.ShouldHaveNoWcagViolationsAsync();
        await ingrid.Context.CloseAsync();

        // The creditor sees the payment in its statement and the case's ledger, in the portal and the API.
        var sofie = await LoggInnAsync("kreditor@namsmannen.test", "Mine saker");
        await sofie.GetByRole(AriaRole.Navigation, new() { Name = "Kreditorportalen" }).GetByRole(AriaRole.Link, new() { Name = "Utbetalinger" }).ClickAsync();
        await Expect(sofie.Locator("h1")).ToHaveTextAsync("Utbetalinger fra namsmannen");
        var linje = sofie.Locator("section[aria-labelledby=h-utskrift] tbody tr", new() { HasText = saksnummer });
        await Expect(linje).ToContainTextAsync("1 000,00 kr");
        await Expect(linje).ToContainTextAsync("Kjøring ");
        await sofie.ShouldHaveNoWcagViolationsAsync();
        await sofie.GotoAsync($"/kreditor/saker/{saksnummer}");
        await Expect(sofie.Locator("section[aria-labelledby=h-konto]")).ToContainTextAsync("Innbetaling");
        await sofie.ShouldHaveNoWcagViolationsAsync();
        await sofie.Context.CloseAsync();

        // The creditor's system, with its API key (a context without the portal's cookie).
        var system = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseUrl, IgnoreHTTPSErrors = true });
        var svar = await system.APIRequest.GetAsync($"/api/v1/saker/{saksnummer}/kontoutskrift", new() { Headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {browser.App.DemoNokkel}" } });
        svar.Status.ShouldBe(200);
        using var konto = JsonDocument.Parse(await svar.TextAsync());
        await system.CloseAsync();
        konto.RootElement.GetProperty("poster").EnumerateArray().Where(p => p.GetProperty("type").GetString() == "BETALING").Sum(p => p.GetProperty("belop").GetDecimal()).ShouldBe(-1_000m);
    }
}
