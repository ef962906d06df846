using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Namsmannen.Browser.Tests;

/// <summary>
/// Issue 20's acceptance in Chromium: one administrator adds the forsinkelsesrente for 1 July 2026 and sees its effect
/// first, a second confirms it, and interest to today comes back on a case page; a disabled user's session ends.
/// </summary>
public sealed class AdministrasjonJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_rate_row_added_by_one_administrator_and_confirmed_by_another_brings_back_interest_to_today()
    {
        var kari = await browser.LoggInnAsync("saksbehandler@namsmannen.test");
        // A case of Kari's office received weeks ago: its interest runs past 1 July 2026, the half-year with no rate.
        await kari.GotoAsync($"/saksbehandling/saker/{await Namsmannen.Application.Tests.Infrastructure.Databaseverdi.SkalarAsync<string>(browser.App.ConnectionString, "SELECT saksnummer FROM saker WHERE kontor = 'OSLO' AND stadium = 'VarselSendt' AND mottatt < current_date - 10 ORDER BY saksnummer LIMIT 1")}");

        var sak = kari.Url;
        await Expect(kari.Locator(".advarsel").First).ToContainTextAsync("Forsinkelsesrenten for 2. halvår 2026");

        var per = await browser.LoggInnAsync("admin@namsmannen.test");
        await per.GotoAsync("/admin/satser");
        await Expect(per.Locator("#satsvarsler")).ToContainTextAsync("Forsinkelsesrenten fra 1. juli 2026 mangler");
        await per.ShouldHaveNoWcagViolationsAsync();
        await per.GetByRole(AriaRole.Link, new() { Name = "Forsinkelsesrenten" }).ClickAsync();
        await per.GetByLabel("Gjelder fra").FillAsync("2026-07-01");
        await per.GetByLabel("Rentesatsen (%)").FillAsync("12,00");
        await per.GetByLabel("Kilde (lenke eller henvisning)").FillAsync("Norges Bank: styringsrenten 4,00 % + 8 prosentpoeng");
        await per.GetByLabel(new Regex("^Avledet")).CheckAsync();
        await per.GetByRole(AriaRole.Button, new() { Name = "Se virkningen" }).ClickAsync();
        await Expect(per.Locator("#virkning")).ToContainTextAsync(new Regex("Renten på hovedstolen i [\\d\\u00a0]+ åpne saker regnes med 12,00 % fra 1. juli 2026"));
        await per.ShouldHaveNoWcagViolationsAsync();
        await per.GetByRole(AriaRole.Button, new() { Name = "Foreslå raden" }).ClickAsync();
        await Expect(per.Locator("p.kvittering[role=status]")).ToHaveTextAsync("Raden er foreslått. Den gjelder når en annen administrator har bekreftet den.");
        await Expect(per.GetByRole(AriaRole.Button, new() { Name = "Bekreft Forsinkelsesrenten fra 01.07.2026" })).ToHaveCountAsync(0);

        var eva = await browser.LoggInnAsync("admin2@namsmannen.test");
        await eva.GotoAsync("/admin/satser");
        await eva.GetByRole(AriaRole.Button, new() { Name = "Bekreft Forsinkelsesrenten fra 01.07.2026" }).ClickAsync();
        await Expect(eva.Locator("p.kvittering[role=status]")).ToHaveTextAsync("Raden er bekreftet og gjelder fra datoen sin.");
        await eva.ShouldHaveNoWcagViolationsAsync();

        await kari.GotoAsync(sak);
        await Expect(kari.GetByText(new Regex("^Forsinkelsesrente på hovedstolen fra .+ til i dag"))).ToBeVisibleAsync();
        await Expect(kari.Locator(".advarsel", new() { HasTextString = "Forsinkelsesrenten" })).ToHaveCountAsync(0);
        await kari.ScreenshotAsync(new() { Path = "/tmp/namsmannen-skjermbilder/renter-tilbake.png", FullPage = true });
    }

    [Fact]
    public async Task A_disabled_users_session_ends()
    {
        var jonas = await browser.LoggInnAsync("saksbehandler2@namsmannen.test");
        await Expect(jonas).ToHaveURLAsync(new Regex("/saksbehandling$"));

        var per = await browser.LoggInnAsync("admin@namsmannen.test");
        await per.GotoAsync("/admin/brukere");
        await per.ShouldHaveNoWcagViolationsAsync();
        await per.GetByRole(AriaRole.Link, new() { Name = "Jonas Berg" }).ClickAsync();
        await per.ShouldHaveNoWcagViolationsAsync();
        await per.GetByRole(AriaRole.Button, new() { Name = "Deaktiver brukeren" }).ClickAsync();
        await Expect(per.Locator("#BekreftDeaktivering-feil")).ToHaveTextAsync("Kryss av for at du vil deaktivere brukeren.");
        await per.GetByLabel("Jeg vil deaktivere Jonas Berg").CheckAsync();
        await per.GetByRole(AriaRole.Button, new() { Name = "Deaktiver brukeren" }).ClickAsync();
        await Expect(per.Locator("p.kvittering[role=status]")).ToHaveTextAsync("Jonas Berg er deaktivert. Alle innlogginger er avsluttet.");

        await jonas.ReloadAsync();
        await Expect(jonas).ToHaveURLAsync(new Regex("/konto/logg-inn"));
        await per.GetByRole(AriaRole.Button, new() { Name = "Aktiver brukeren igjen" }).ClickAsync();
        await Expect(per.Locator("#status")).ToHaveTextAsync("Aktiv");
    }

    [Fact]
    public async Task The_administrator_reads_who_looked_up_a_debtor()
    {
        // A debtor of Kari's office: she opens the debtor's page, so the log has a line (issue 12, M8).
        var skyldner = await Namsmannen.Application.Tests.Infrastructure.Databaseverdi.SkalarAsync<string>(browser.App.ConnectionString,
            "SELECT d.id::text FROM skyldnere d JOIN saker s ON s.skyldner_id = d.id WHERE s.kontor = 'OSLO' AND d.type = 'Person' ORDER BY s.saksnummer LIMIT 1");
        var fnr = await Namsmannen.Application.Tests.Infrastructure.Databaseverdi.SkalarAsync<string>(browser.App.ConnectionString, $"SELECT identifikator FROM skyldnere WHERE id = '{skyldner}'");
        var kari = await browser.LoggInnAsync("saksbehandler@namsmannen.test");
        await kari.GotoAsync($"/saksbehandling/skyldnere/{skyldner}");

        var per = await browser.LoggInnAsync("admin@namsmannen.test");
        await per.GetByRole(AriaRole.Link, new() { Name = "Oppslag på skyldnere" }).ClickAsync();
        await per.ShouldHaveNoWcagViolationsAsync();
        await per.GetByRole(AriaRole.Button, new() { Name = "Vis oppslag" }).ClickAsync();
        await Expect(per.Locator("#Data_Identifikator-feil")).ToHaveTextAsync("Skriv et fødselsnummer (11 siffer) eller organisasjonsnummer (9 siffer).");
        await per.ShouldHaveNoWcagViolationsAsync();
        await per.GetByLabel("Fødselsnummer eller organisasjonsnummer").FillAsync(fnr);
        await per.GetByRole(AriaRole.Button, new() { Name = "Vis oppslag" }).ClickAsync();

        await Expect(per.Locator("tbody tr").First).ToContainTextAsync("Åpnet skyldnersiden");
        await Expect(per.Locator("tbody tr").First).ToContainTextAsync("Kari Nordmann");
        await Expect(per).ToHaveURLAsync(new Regex("/admin/oppslag$"));
        await per.ShouldHaveNoWcagViolationsAsync();
    }
}
