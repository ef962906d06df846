using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Namsmannen.Application.Common;
using Namsmannen.Application.Tests.Features.Brevsending;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Namsmannen.Browser.Tests;

/// <summary>
/// Issue 18's acceptance in Chromium, with axe on every page: a caseworker accepts a begjæring, sends the varsel and
/// holds the utleggsforretning with trekk; the outbox sends the letters; each of the three letters those steps wrote is
/// opened from the case page in both målformer, and its PDF is read back. The PDFs are kept in
/// <c>$NAMSMANNEN_BREV_UT</c> (default the temp folder's <c>namsmannen-brev</c>) to be looked at.
/// </summary>
public sealed class BrevJourneyTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_letters_of_accept_varsel_and_trekk_open_from_the_case_page_in_both_malformer_with_every_page_passing_axe()
    {
        var (saksnummer, skyldnerId) = await browser.App.NySakAsync();
        await using (var db = TestPostgres.CreateDbContext(browser.App.DatabaseName))
        {
            // The debtor has asked for bokmål; the other målform is one click away on the case page.
            await db.Skyldnere.Where(s => s.Id == skyldnerId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Malform, Domain.Parter.Malform.Bokmal));
        }

        var page = await browser.LoggInnAsync("saksbehandler@namsmannen.test");

        await page.GotoAsync($"/saksbehandling/saker/{saksnummer}");
        await Expect(page.Locator("section[aria-labelledby=brev] p.tom")).ToHaveTextAsync("Saken har ingen brev ennå.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Godta begjæringen" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Godta begjæringen" }).ClickAsync();
        await Expect(page.Locator("p.kvittering[role=status]")).ToHaveTextAsync("Godta begjæringen: saken har nå stadium «Godtatt, venter på varsel».");

        var forretning = Sak.TidligsteUtleggsforretning(Oslotid.IDag(TimeProvider.System));
        await page.GetByRole(AriaRole.Link, new() { Name = "Send varsel om utleggsforretning" }).ClickAsync();
        await page.GetByLabel("Dato for utleggsforretningen").FillAsync(forretning.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Sted", new() { Exact = true }).FillAsync("Namsmannen i Oslo, Grønlandsleiret 44");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send varsel" }).ClickAsync();
        await Expect(page.Locator("p.kvittering[role=status]")).ToHaveTextAsync($"Varsel sendt. Utleggsforretningen holdes {forretning:dd.MM.yyyy}.");

        await page.GotoAsync($"/saksbehandling/saker/{saksnummer}/utleggstrekk");
        await page.GetByLabel("Nettoinntekt per måned (kr)").FillAsync("30 000");
        await page.GetByLabel("Arbeidsgiver eller trygdeutbetaler (organisasjonsnummer)").FillAsync(DemoSeeder.Arbeidsgiver);
        await page.Locator("#Data_UtenVarsel").FillAsync("Skyldneren slutter i jobben før den varslede dagen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ta utleggstrekk" }).ClickAsync();
        await Expect(page.Locator("p.kvittering[role=status]")).ToContainTextAsync("Utleggstrekk på 14\u00A0276,00 kr per måned fra ");

        // The scheduler's worker sends them (its trigger is off in the tests).
        (await browser.App.SendBrevAsync()).Feilet.ShouldBe(0);
        await page.GotoAsync($"/saksbehandling/saker/{saksnummer}");
        var rader = page.Locator("section[aria-labelledby=brev] tbody tr");
        await Expect(rader).ToHaveCountAsync(5);
        await Expect(rader.Locator("th")).ToHaveTextAsync(["Kvittering for begjæringen", "Varsel om utleggsforretning", "Underretning om utlegg (utleggstrekk)", "Underretning om utlegg (utleggstrekk)", "Trekkpålegg"]);
        await page.ShouldHaveNoWcagViolationsAsync();

        var ut = Environment.GetEnvironmentVariable("NAMSMANNEN_BREV_UT") ?? Path.Combine(Path.GetTempPath(), "namsmannen-brev");
        Directory.CreateDirectory(ut);
        (string Rad, string Tittel, string Nynorsk, string Fil)[] brev =
        [
            ("Kvittering for begjæringen", "Begjæringen om utlegg er mottatt", "Begjæringa om utlegg er motteken", "kvittering"),
            ("Varsel om utleggsforretning", "Varsel om utleggsforretning", "Namsmannen held utleggsforretninga", "varsel"),
            ("Underretning om utlegg (utleggstrekk)", "Underretning om utlegg: utleggstrekk i lønn", "Underretning om utlegg: utleggstrekk i løn", "underretning-utleggstrekk"),
        ];
        foreach (var (radnavn, tittel, nynorsk, fil) in brev)
        {
            var rad = rader.Filter(new() { Has = page.Locator("th", new() { HasTextString = radnavn }) }).First;
            await rad.GetByRole(AriaRole.Link, new() { NameRegex = new("^Les ") }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync(tittel);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nb");
            await page.ShouldHaveNoWcagViolationsAsync();
            await page.GoBackAsync();

            await rad.GetByRole(AriaRole.Link, new() { NameRegex = new("^På nynorsk") }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nn");
            await Expect(page.Locator("main")).ToContainTextAsync(nynorsk);
            await page.ShouldHaveNoWcagViolationsAsync();
            await page.GoBackAsync();

            var href = await rad.GetByRole(AriaRole.Link, new() { NameRegex = new("^PDF") }).GetAttributeAsync("href");
            var pdf = await page.Context.APIRequest.GetAsync(href!);
            pdf.Headers["content-type"].ShouldBe("application/pdf");
            var bytes = await pdf.BodyAsync();
            var tekst = Pdftekst.Les(bytes);
            tekst.ShouldContain($"Saksnummer: {saksnummer}");
            Pdftekst.Fodselsnumre(tekst).ShouldBeEmpty();
            var sti = Path.Combine(ut, $"{saksnummer}-{fil}.pdf");
            await File.WriteAllBytesAsync(sti, bytes);
            output.WriteLine($"{sti}: {bytes.Length} bytes; {tekst[..Math.Min(tekst.Length, 160)]}…");
        }

        // The creditor reads its own letters on its case page, and chooses the målform and address of the next ones.
        var kreditor = await browser.LoggInnAsync("kreditor@namsmannen.test");
        await kreditor.GotoAsync($"/kreditor/saker/{saksnummer}");
        await Expect(kreditor.Locator("section[aria-labelledby=brev] tbody tr th")).ToHaveTextAsync(["Kvittering for begjæringen", "Underretning om utlegg (utleggstrekk)"]);
        await kreditor.ShouldHaveNoWcagViolationsAsync();
        await kreditor.GetByRole(AriaRole.Link, new() { Name = "Brev", Exact = true }).ClickAsync();
        await Expect(kreditor.Locator("h1")).ToHaveTextAsync("Brev fra namsmannen");
        await kreditor.ShouldHaveNoWcagViolationsAsync();
    }
}
