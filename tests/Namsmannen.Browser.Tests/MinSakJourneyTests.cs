using Microsoft.Playwright;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Hosting.Demo;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Namsmannen.Browser.Tests;

/// <summary>
/// Issue 19's acceptance in Chromium, once per målform, with axe on every page and screenshots at 390 and 1366 px
/// (kept in <c>$NAMSMANNEN_SKJERMBILDER</c>, default the temp folder's <c>namsmannen-skjermbilder</c>): a demo test
/// person logs in through the local test identity provider, sees the case with its running trekk and its months, runs
/// the what-if, uploads documentation, reads a letter and sends a klage.
/// </summary>
public sealed class MinSakJourneyTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private sealed record Tekster(string Lang, string Logg, string Beregn, string Send, string Dokumentert, string Klag, string Sendt, string Trekk, string Resultat);

    private static readonly Tekster Bokmal = new("nb", "Logg inn med ID-porten", "Beregn trekket", "Send dokumentasjonen", "Dokumentasjonen er sendt.", "Klag på avgjørelsen", "Klagen din er sendt. Namsmannen behandler den, og du får svar i et brev.", "Trekket måned for måned", "Slik blir trekket med disse tallene");

    private static readonly Tekster Nynorsk = new("nn", "Logg inn med ID-porten", "Rekn ut trekket", "Send dokumentasjonen", "Dokumentasjonen er send.", "Klag på avgjerda", "Klagen din er send. Namsmannen behandlar han, og du får svar i eit brev.", "Trekket månad for månad", "Slik blir trekket med desse tala");

    [Fact]
    public Task The_bokmal_debtor_logs_in_follows_the_trekk_runs_the_what_if_documents_reads_a_letter_and_complains() => ReiseAsync(0, Bokmal);

    [Fact]
    public Task The_nynorsk_debtor_logs_in_follows_the_trekk_runs_the_what_if_documents_reads_a_letter_and_complains() => ReiseAsync(1, Nynorsk);

    private async Task ReiseAsync(int testperson, Tekster t)
    {
        await using (var db = TestPostgres.CreateDbContext(browser.App.DatabaseName))
        {
            (await Testskyldnere.FinnAsync(db, default)).Count.ShouldBe(2);
        }

        string fodselsnummer;
        await using (var db = TestPostgres.CreateDbContext(browser.App.DatabaseName))
        {
            fodselsnummer = (await Testskyldnere.FinnAsync(db, default))[testperson].Fodselsnummer;
        }

        // The letters about their trekk are sent by the outbox's worker (its trigger is off in the tests).
        await browser.App.SendBrevAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/min-sak");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Logg inn med ID-porten" })).ToBeVisibleAsync();
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Logg inn med ID-porten" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Testinnlogging");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByLabel("Fødselsnummer (testperson)").FillAsync(fodselsnummer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", t.Lang);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sakene dine hos namsmannen");
        await SjekkAsync(page, t.Lang + "-1-sakene");

        await page.Locator(".sakskort h2 a").First.ClickAsync();
        await Expect(page.Locator("#trekk")).ToHaveTextAsync(t.Trekk);
        await Expect(page.Locator("section[aria-labelledby=trekk] tbody tr").First).ToBeVisibleAsync();
        await SjekkAsync(page, t.Lang + "-2-saken");
        var sak = page.Url;

        // The letter about the trekk, as accessible HTML in the page's language.
        var brev = page.Locator(".brevliste a").First;
        await brev.ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", t.Lang);
        await page.ShouldHaveNoWcagViolationsAsync();
        await Skjermbilde(page, t.Lang + "-3-brev", 1366);
        await page.GotoAsync(sak);

        // The what-if, then the documentation with a file.
        await page.Locator("a[href$='/utgifter']").ClickAsync();
        await page.Locator("#Data_NettoInntektPerManed").FillAsync("31 000");
        await page.Locator("#Data_Boutgifter").FillAsync("13 000");
        await page.GetByRole(AriaRole.Button, new() { Name = t.Beregn }).ClickAsync();
        await Expect(page.Locator(".resultat h2")).ToHaveTextAsync(t.Resultat);
        await SjekkAsync(page, t.Lang + "-4-utgifter");
        await page.Locator("#Data_Endring").FillAsync(t.Lang == "nn" ? "Ny husleige frå januar." : "Ny husleie fra januar.");
        await page.Locator("#Data_Vedlegg").SetInputFilesAsync(new FilePayload { Name = "husleiekontrakt.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = t.Send }).ClickAsync();
        await Expect(page.Locator("p.kvittering[role=status]")).ToContainTextAsync(t.Dokumentert);
        await page.ShouldHaveNoWcagViolationsAsync();

        // A klage on the trekk, registered as the caseworker's registration would be.
        await page.GetByRole(AriaRole.Link, new() { Name = t.Klag }).ClickAsync();
        await page.Locator("#gjelder-Utleggstrekk").CheckAsync();
        await page.Locator("#Data_Innhold").FillAsync(t.Lang == "nn" ? "Trekket er for høgt." : "Trekket er for høyt.");
        await SjekkAsync(page, t.Lang + "-5-klage");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send klagen" }).ClickAsync();
        await Expect(page.Locator("p.kvittering[role=status]")).ToHaveTextAsync(t.Sendt);
        await page.ShouldHaveNoWcagViolationsAsync();

        await page.GotoAsync("/tilgjengelighet");
        await SjekkAsync(page, t.Lang + "-6-tilgjengelighet");
    }

    /// <summary>axe on the page, and a screenshot at 390 and at 1366 px.</summary>
    private async Task SjekkAsync(IPage page, string navn)
    {
        await page.ShouldHaveNoWcagViolationsAsync();
        await Skjermbilde(page, navn, 390);
        await Skjermbilde(page, navn, 1366);
    }

    private async Task Skjermbilde(IPage page, string navn, int bredde)
    {
        var mappe = Environment.GetEnvironmentVariable("NAMSMANNEN_SKJERMBILDER") ?? Path.Combine(Path.GetTempPath(), "namsmannen-skjermbilder");
        Directory.CreateDirectory(mappe);
        await page.SetViewportSizeAsync(bredde, 900);
        var bredest = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        bredest.ShouldBeLessThanOrEqualTo(bredde, $"{page.Url} scrolls sideways at {bredde} px");
        var fil = Path.Combine(mappe, $"{navn}-{bredde}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = fil, FullPage = true });
        output.WriteLine(fil);
        await page.SetViewportSizeAsync(1280, 720);
    }
}
