using System.Text.Json;
using Microsoft.Playwright;
using Namsmannen.Application.Features.Trekkordning;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Namsmannen.Browser.Tests;

/// <summary>
/// Issue 17's journey in Chromium, with axe on every page: a caseworker decides a trekk, the employer's payroll system
/// reads the order from its feed, the case page shows the order's versions and months, a missing remittance's task is
/// closed, a documented change gives a new version, and the list for new livsopphold rates is there to review.
/// </summary>
public sealed class TrekkJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_trekk_is_decided_read_by_the_employer_followed_on_the_case_page_and_changed_with_every_page_passing_axe()
    {
        var (saksnummer, _) = await browser.App.NySakAsync(Saksstadium.VarselSendt);
        var orgnr = TestData.Organisasjonsnummer().Verdi;
        var page = await browser.LoggInnAsync("saksbehandler@namsmannen.test");

        // The caseworker decides the trekk.
        await page.GotoAsync($"/saksbehandling/saker/{saksnummer}/utleggstrekk");
        await page.GetByLabel("Nettoinntekt per måned (kr)").FillAsync("30 000");
        await page.GetByLabel("Arbeidsgiver eller trygdeutbetaler (organisasjonsnummer)").FillAsync(orgnr);
        if (await page.Locator("#Data_UtenVarsel").CountAsync() > 0)
        {
            await page.Locator("#Data_UtenVarsel").FillAsync("Skyldneren slutter i jobben før den varslede dagen.");
        }

        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ta utleggstrekk" }).ClickAsync();
        await Expect(page.Locator("p.kvittering[role=status]")).ToContainTextAsync("Utleggstrekk på 14\u00A0276,00 kr per måned fra ");
        await Expect(page.Locator("#trekkpalegg")).ToHaveTextAsync($"Trekkpålegg til {orgnr}");
        await Expect(page.Locator("table", new() { HasText = "Versjoner av trekkpålegget" }).Locator("tbody tr").First).ToContainTextAsync("Aktiv");
        await Expect(page.Locator("#samordning")).ToHaveTextAsync("Ikke overlevert til samordnet trekk ennå; det skjer om morgenen.");
        await page.ShouldHaveNoWcagViolationsAsync();

        // The employer's payroll system polls its feed with its key and finds version 1 of the order.
        var nokkel = await browser.App.SendAsync(new Arbeidsgivernokler.Opprett { Orgnr = orgnr, Navn = "Lønnssystem (nettlesertest)" }, TestUser.Admin());
        var lonnssystem = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseUrl, IgnoreHTTPSErrors = true });
        var nokkelhode = new Dictionary<string, string> { ["Authorization"] = $"Bearer {nokkel.Nokkel}" };
        async Task<JsonDocument> HentAsync(string url)
        {
            var svar = await lonnssystem.APIRequest.GetAsync(url, new() { Headers = nokkelhode });
            svar.Status.ShouldBe(200);
            return JsonDocument.Parse(await svar.TextAsync());
        }

        using var feed = await HentAsync("/api/v1/arbeidsgiver/trekkpalegg?etter=0&antall=10");
        var versjon = feed.RootElement.GetProperty("trekkpalegg").EnumerateArray().Single();
        (versjon.GetProperty("status").GetString(), versjon.GetProperty("belopPerManed").GetDecimal(), versjon.GetProperty("versjon").GetInt32()).ShouldBe(("AKTIV", 14_276m, 1));

        // A documented change: a new version the employer reads next.
        await page.GetByRole(AriaRole.Link, new() { Name = "Endre trekket etter dokumenterte endringer" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Endre trekket etter dokumenterte endringer");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByLabel("Nettoinntekt per måned (kr)").FillAsync("28 000");
        await page.GetByLabel("Hva er dokumentert").FillAsync("Lønnsslipp: lavere inntekt fra januar.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Regn ut og endre trekket" }).ClickAsync();
        await Expect(page.Locator("p.kvittering[role=status]")).ToContainTextAsync("Nytt trekk 12\u00A0276,00 kr per måned (før 14\u00A0276,00 kr), versjon 2 av trekkpålegget.");
        using var etter = await HentAsync($"/api/v1/arbeidsgiver/trekkpalegg?etter={feed.RootElement.GetProperty("neste").GetInt64()}&antall=10");
        etter.RootElement.GetProperty("trekkpalegg").EnumerateArray().Single().GetProperty("status").GetString().ShouldBe("ENDRET");

        // A demo case whose remittance is missing: its task is closed with what was done.
        await page.GotoAsync("/saksbehandling/trekk/omregning");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Nye livsoppholdssatser: trekk som endres");
        await page.ShouldHaveNoWcagViolationsAsync();
        var demo = await DemoSakMedManglendeInnbetalingAsync();
        await page.GotoAsync($"/saksbehandling/saker/{demo}");
        await Expect(page.Locator("table", new() { HasText = "Måned for måned" })).ToContainTextAsync("Mangler (fulgt opp ");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.Locator("li", new() { HasText = "er ikke innbetalt fra" }).First.GetByRole(AriaRole.Link, new() { Name = "Behandle oppgaven" }).First.ClickAsync();
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByLabel("Hva er gjort").FillAsync("Arbeidsgiveren har betalt; innbetalingen er på vei.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Marker som behandlet" }).ClickAsync();
        await Expect(page.Locator("p.kvittering[role=status]")).ToHaveTextAsync("Trekkoppgaven er behandlet.");
    }

    private async Task<string> DemoSakMedManglendeInnbetalingAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(browser.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT s.saksnummer FROM frister f JOIN saker s ON s.id = f.sak_id WHERE f.type = 'TREKKINNBETALING' AND NOT f.oppfylt LIMIT 1", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
