using Microsoft.Playwright;
using Namsmannen.Domain.Regler;
using static Microsoft.Playwright.Assertions;

namespace Namsmannen.Browser.Tests;

public sealed class UtleggsforlopJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task From_begjaring_to_approved_fordeling_in_the_browser_with_every_page_passing_axe()
    {
        var kari = await browser.LoggInnAsync("saksbehandler@namsmannen.test");
        await kari.GotoAsync("/saksbehandling?Data.Visning=Alle&Data.Stadium=Godtatt");
        await kari.ShouldHaveNoWcagViolationsAsync();
        await kari.Locator("tbody td a").First.ClickAsync();
        var url = kari.Url;

        var forretning = Frister.NesteVirkedag(Frister.FristOmDager(Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System), 14).AddDays(3));
        await kari.GetByRole(AriaRole.Link, new() { Name = "Send varsel om utleggsforretning" }).ClickAsync();
        await kari.ShouldHaveNoWcagViolationsAsync();
        await kari.GetByLabel("Dato for utleggsforretningen").FillAsync(forretning.ToString("yyyy-MM-dd"));
        await kari.GetByLabel("Sted", new() { Exact = true }).FillAsync("Namsmannen i Tromsø");
        await kari.GetByRole(AriaRole.Button, new() { Name = "Send varsel" }).ClickAsync();
        await Expect(kari.Locator("p.kvittering[role=status]")).ToHaveTextAsync($"Varsel sendt. Utleggsforretningen holdes {forretning:dd.MM.yyyy}.");
        await kari.ShouldHaveNoWcagViolationsAsync();

        await kari.GetByRole(AriaRole.Link, new() { Name = "Ta utleggspant" }).ClickAsync();
        await kari.ShouldHaveNoWcagViolationsAsync();
        await kari.GetByLabel("Type, rad 1", new() { Exact = true }).SelectOptionAsync("kjoretoy");
        await kari.GetByLabel("Beskrivelse, rad 1").FillAsync("Volkswagen Golf 2019");
        await kari.GetByLabel("Verdi, rad 1", new() { Exact = true }).FillAsync("120 000");
        await kari.GetByLabel("Ta utleggspant, rad 1").CheckAsync();
        // The varsel's day has not come (the app runs on today's date): the caseworker writes why it cannot wait (§ 7-10).
        await kari.GetByLabel("Hvorfor et varsel ville forspille formålet (§ 7-10)").First.FillAsync("Skyldneren skal selge bilen før den varslede dagen.");
        await kari.GetByRole(AriaRole.Button, new() { Name = "Registrer utleggsforretningen" }).ClickAsync();
        await Expect(kari.Locator("p.kvittering[role=status]")).ToHaveTextAsync("Utleggsforretningen er registrert: «Utleggspant». 1 registrering(er) er sendt.");
        await kari.ShouldHaveNoWcagViolationsAsync();

        await kari.GetByRole(AriaRole.Link, new() { Name = "Registrer begjæring om tvangssalg" }).ClickAsync();
        await kari.GetByRole(AriaRole.Button, new() { Name = "Registrer begjæring om tvangssalg" }).ClickAsync();
        await kari.GetByRole(AriaRole.Link, new() { Name = "Registrer salget" }).ClickAsync();
        await kari.ShouldHaveNoWcagViolationsAsync();
        await kari.GetByLabel("Salgssum (kr)").FillAsync("300 000");
        await kari.GetByLabel("Salgsomkostninger (kr)").FillAsync("12 000");
        await kari.GetByRole(AriaRole.Button, new() { Name = "Registrer salget" }).ClickAsync();
        await Expect(kari.Locator("p.kvittering[role=status]")).ToHaveTextAsync("Salget er registrert. Fordelingen venter på godkjenning av en leder.");
        await kari.ShouldHaveNoWcagViolationsAsync();

        var ingrid = await browser.LoggInnAsync("leder@namsmannen.test");
        await ingrid.GotoAsync(url);
        await ingrid.ShouldHaveNoWcagViolationsAsync();
        await ingrid.GetByRole(AriaRole.Link, new() { Name = "Godkjenn fordelingen" }).ClickAsync();
        await ingrid.ShouldHaveNoWcagViolationsAsync();
        await ingrid.GetByRole(AriaRole.Button, new() { Name = "Godkjenn fordelingen" }).ClickAsync();
        await Expect(ingrid.Locator("p.kvittering[role=status]")).ToContainTextAsync("Fordelingen er godkjent.");
        await ingrid.GetByRole(AriaRole.Link, new() { Name = "Utbetalingsoppgave per mottaker" }).ClickAsync();
        await Expect(ingrid.Locator("tfoot td")).ToHaveTextAsync("300\u00A0000,00\u00A0kr");
        await ingrid.ShouldHaveNoWcagViolationsAsync();
        await kari.Context.CloseAsync();
        await ingrid.Context.CloseAsync();
    }
}
