using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

public sealed class UtleggsforlopSideTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Begjaring_varsel_utleggsforretning_with_pant_tvangssalg_and_an_approved_fordeling_close_the_case()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        // A case of the demo creditor, so its portal can be checked at the end.
        var (saksnummer, _) = await app.NySakAsync();
        var url = $"/saksbehandling/saker/{saksnummer}";

        async Task<IHtmlDocument> Steg(string side, Dictionary<string, string> values)
        {
            var response = await kari.UtforAsync(saksnummer, side, values);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await response.ParseAsync()).QuerySelector(".feiloppsummering")?.TextContent);
            return await kari.GetDocumentAsync(response.Headers.Location!.OriginalString);
        }

        await Steg("handling/GodtaBegjaring", []);
        var idag = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System);
        var forretning = Frister.NesteVirkedag(Frister.FristOmDager(idag, 14).AddDays(3));
        var etterVarsel = await Steg("varsel", new() { ["Data.Dato"] = forretning.ToString("dd.MM.yyyy"), ["Data.Klokkeslett"] = "09:30", ["Data.Sted"] = "Namsmannen i Bergen" });
        etterVarsel.QuerySelector(".kvittering")!.TextContent.ShouldBe($"Varsel sendt. Utleggsforretningen holdes {forretning:dd.MM.yyyy}.");

        // Rows 1 and 3 filled, row 2 left empty: the command's error on its second item is shown by row 3.
        var rader = new Dictionary<string, string>
        {
            ["Data.Formuesgoder[0].Type"] = "kjoretoy",
            ["Data.Formuesgoder[0].Beskrivelse"] = "Toyota Yaris 2018",
            ["Data.Formuesgoder[0].Verdi"] = "95 000",
            ["Data.Formuesgoder[0].TaUtleggspant"] = "true",
            ["Data.Formuesgoder[2].Type"] = "innbo",
            ["Data.Formuesgoder[2].Beskrivelse"] = "Vanlig innbo",
            ["Data.Formuesgoder[2].Verdi"] = "-30 000",
            ["Data.Utfall"] = "pant",
            ["Data.UtenVarsel"] = "Skyldneren skal flytte til utlandet før den varslede dagen.",
        };
        var feil = await (await kari.UtforAsync(saksnummer, "utleggsforretning", rader)).ParseAsync();
        feil.QuerySelectorAll(".feiloppsummering a").Select(a => (a.GetAttribute("href"), a.TextContent)).ShouldBe([("#Data_Formuesgoder_2__Verdi", "Verdien kan ikke være negativ.")]);
        feil.QuerySelector("#Data_Formuesgoder_2__Beskrivelse")!.GetAttribute("value").ShouldBe("Vanlig innbo");
        feil.QuerySelector("#Data_Formuesgoder_0__TaUtleggspant")!.HasAttribute("checked").ShouldBeTrue("the ticked box stays ticked");
        rader["Data.Formuesgoder[2].Verdi"] = "30 000";
        var etterForretning = await Steg("utleggsforretning", rader);
        etterForretning.QuerySelector(".kvittering")!.TextContent.ShouldBe("Utleggsforretningen er registrert: «Utleggspant». 1 registrering(er) er sendt.");
        etterForretning.QuerySelectorAll("section[aria-labelledby=utlegg] tbody tr").Select(r => r.TextContent).ShouldContain(t => t.Contains("Løsøreregisteret", StringComparison.Ordinal) && t.Contains(idag.AddYears(5).ToString("dd.MM.yyyy"), StringComparison.Ordinal));

        await Steg("handling/BegjarTvangssalg", []);
        var etterSalg = await Steg("salg", new() { ["Data.Salgssum"] = "250 000", ["Data.Salgsomkostninger"] = "9 000", ["Data.SaksokerPrioritet"] = "1" });
        etterSalg.QuerySelector(".kvittering")!.TextContent.ShouldBe("Salget er registrert. Fordelingen venter på godkjenning av en leder.");
        etterSalg.QuerySelector("a[href$='/godkjenn-fordeling']").ShouldBeNull("a caseworker cannot approve");
        var sum = etterSalg.QuerySelector("section[aria-labelledby=fordeling] tfoot td")!.TextContent.Replace('\u00A0', ' ');
        sum.ShouldBe("250 000,00 kr");

        var ingrid = app.Browser();
        await ingrid.LogInAsync("leder@namsmannen.test", DemoBrukere.Passord);
        var godkjent = await ingrid.UtforAsync(saksnummer, "godkjenn-fordeling");
        var lukket = await ingrid.GetDocumentAsync(godkjent.Headers.Location!.OriginalString);
        lukket.QuerySelector(".kvittering")!.TextContent.ShouldStartWith("Fordelingen er godkjent. Saksøkeren får ");
        lukket.QuerySelector(".nokkelinfo dd")!.TextContent.ShouldBe("Avsluttet");
        lukket.QuerySelector("section[aria-labelledby=fordeling] caption")!.TextContent.ShouldBe("Godkjent fordeling (summerer til salgssummen)");

        var utbetaling = await ingrid.GetDocumentAsync($"{url}/utbetaling");
        utbetaling.QuerySelector("tfoot td")!.TextContent.Replace('\u00A0', ' ').ShouldBe("250 000,00 kr");
        utbetaling.QuerySelectorAll("tbody th").Select(t => t.TextContent).ShouldContain(t => t.StartsWith("Saksøker (", StringComparison.Ordinal));

        var sak = await db.Saker.AsNoTracking().SingleAsync(s => s.Saksnummer == saksnummer);
        sak.Stadium.ShouldBe(Saksstadium.Avsluttet);
        sak.Innbetalt.ShouldBe(sak.Krav, "the sale covered the whole claim");

        // The creditor sees the approved fordeling in its portal: in the list and on the case, with its own line marked.
        var kreditor = app.Browser();
        await kreditor.LogInAsync("kreditor@namsmannen.test", DemoBrukere.Passord);
        var fordelinger = await kreditor.GetDocumentAsync("/kreditor/fordelinger");
        var rad = fordelinger.QuerySelectorAll("tbody tr").Single(r => r.Children[0].TextContent == saksnummer);
        rad.Children[3].TextContent.Replace('\u00A0', ' ').ShouldBe("250 000,00 kr");
        rad.Children[4].TextContent.Replace('\u00A0', ' ').ShouldBe(Format.Kroner(sak.Krav).Replace('\u00A0', ' '));
        var kreditorsak = await kreditor.GetDocumentAsync($"/kreditor/saker/{saksnummer}");
        kreditorsak.QuerySelectorAll("section[aria-labelledby=h-fordeling] tbody tr").Select(r => r.TextContent).ShouldContain(t => t.Contains("(dere)", StringComparison.Ordinal));
        kreditorsak.QuerySelectorAll("section[aria-labelledby=h-historikk] tbody tr").Last().Children[1].TextContent.ShouldBe("Godkjenn fordelingen");
    }
}
