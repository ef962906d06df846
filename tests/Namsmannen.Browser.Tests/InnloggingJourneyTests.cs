using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Namsmannen.Hosting.Demo;
using static Microsoft.Playwright.Assertions;

namespace Namsmannen.Browser.Tests;

public sealed class InnloggingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("saksbehandler@namsmannen.test", "/saksbehandling", "Saksbehandling")]
    [InlineData("leder@namsmannen.test", "/leder", "Oversikt for Oslo politidistrikt")]
    [InlineData("admin@namsmannen.test", "/admin", "Administrasjon")]
    [InlineData("kreditor@namsmannen.test", "/kreditor", "Mine saker")]
    public async Task Each_role_logs_in_by_keyboard_and_mouse_and_every_page_passes_axe(string epost, string startside, string overskrift)
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        page.Url.ShouldEndWith("/konto/logg-inn?ReturnUrl=%2F");
        await page.ShouldHaveNoWcagViolationsAsync();

        await page.GetByLabel("E-postadresse").FillAsync(epost);
        await page.GetByLabel("Passord").FillAsync(DemoBrukere.Passord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();

        // Expect polls the URL and the heading; waiting for a load event after a redirect has raced (a 30 s timeout once in CI).
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(startside) + "$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(overskrift);
        await page.ShouldHaveNoWcagViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Logg ut" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/konto/logg-inn$"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Errors_are_announced_and_linked_to_their_fields_without_violations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/konto/logg-inn");

        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        (await summary.Locator("a").AllTextContentsAsync()).ShouldBe(["Skriv inn e-postadressen din.", "Skriv inn passordet ditt."]);
        await page.ShouldHaveNoWcagViolationsAsync();
        await summary.Locator("a").First.ClickAsync();
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("Data_Epost");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_for_the_keyboard_and_the_error_pages_pass_axe()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/konto/logg-inn");

        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("Hopp til hovedinnhold");

        await page.GetByLabel("E-postadresse").FillAsync("saksbehandler@namsmannen.test");
        await page.GetByLabel("Passord").FillAsync(DemoBrukere.Passord);
        await page.GetByLabel("Passord").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/saksbehandling$"));
        var missing = await page.GotoAsync("/finnes-ikke");
        missing!.Status.ShouldBe(404);
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Siden finnes ikke");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.Context.CloseAsync();
    }
}
