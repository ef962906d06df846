using System.Net;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data.Administrasjon;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

/// <summary>
/// Rates administered in the app (issue 20): an administrator proposes a row and sees its effect first, a second one
/// confirms it, and every rule uses it from then on. Each test class has its own database, so the row added here
/// changes no other test's interest.
/// </summary>
public sealed class SatserTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_forsinkelsesrente_row_proposed_by_one_administrator_and_confirmed_by_another_brings_back_interest_to_today()
    {
        // A case of Kari's office received weeks ago: its interest runs past 1 July 2026, the half-year with no rate.
        var saksnummer = await Sql<string>("SELECT saksnummer FROM saker WHERE kontor = 'OSLO' AND stadium = 'VarselSendt' AND mottatt < current_date - 10 ORDER BY saksnummer LIMIT 1");
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var sak = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        sak.QuerySelector(".advarsel")!.TextContent.ShouldContain("Forsinkelsesrenten for 2. halvår 2026 (fra 01.07.2026) er ikke fastsatt");

        var per = app.Browser();
        await per.LogInAsync("admin@namsmannen.test", DemoBrukere.Passord);
        var oversikt = await per.GetDocumentAsync("/admin/satser");
        oversikt.QuerySelector("#satsvarsler")!.TextContent.ShouldContain("Forsinkelsesrenten fra 1. juli 2026 mangler");
        oversikt.QuerySelector("section[aria-labelledby=h-venter] p.tom")!.TextContent.ShouldBe("Ingen forslag venter.");

        // The effect first: nothing is written by looking.
        var side = await per.GetDocumentAsync("/admin/satser/forsinkelsesrente");
        var virkning = await (await per.SubmitAsync(side, "section[aria-labelledby=h-ny] form", Forslag("12,00"), "button[formaction*=Virkning]")).ParseAsync();
        virkning.QuerySelector("#virkning")!.TextContent.ShouldContain("Forsinkelsesrenten fra 1. juli 2026: 12,00 %");
        var apne = await Sql<long>("SELECT count(*) FROM saker WHERE stadium NOT IN ('Avsluttet', 'Henlagt', 'Avvist')");
        virkning.QuerySelector("#virkning")!.TextContent.ShouldContain($"Renten på hovedstolen i {apne.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("nb-NO"))} åpne saker regnes med 12,00 % fra 1. juli 2026, der renten i dag ikke kan regnes ut.");
        (await Sql<long>("SELECT count(*) FROM satsrader WHERE tabell = 'forsinkelsesrente' AND fra = '2026-07-01'")).ShouldBe(0);

        var foreslatt = await per.SubmitAsync(virkning, "section[aria-labelledby=h-ny] form", Forslag("12,00"), "button[formaction*=Foresla]");
        foreslatt.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var etter = await per.GetDocumentAsync(foreslatt.Headers.Location!.OriginalString);
        etter.QuerySelector(".kvittering")!.TextContent.ShouldBe("Raden er foreslått. Den gjelder når en annen administrator har bekreftet den.");
        var rad = await Sql<long>("SELECT id FROM satsrader WHERE tabell = 'forsinkelsesrente' AND fra = '2026-07-01' AND status = 'Foreslatt'");

        // The one who proposed it cannot confirm it: no button, and a forged post is refused with the reason.
        etter.QuerySelectorAll($"#bekreft-{rad}").ShouldBeEmpty();
        etter.QuerySelectorAll($"form[action*=Avvis]:has(input[value='{rad}']) button").Single().TextContent.ShouldStartWith("Trekk tilbake");
        var selv = await per.PostAsync($"/admin/satser/forsinkelsesrente?handler=Bekreft", Html.Forfalsket(etter, ("id", rad.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        (await selv.ParseAsync()).QuerySelector(".feiloppsummering")!.TextContent.ShouldContain("En annen administrator må bekrefte den (fire øyne).");
        (await Sql<string>($"SELECT status FROM satsrader WHERE id = {rad}")).ShouldBe("Foreslatt");
        (await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}")).QuerySelector(".advarsel")!.TextContent.ShouldContain("Forsinkelsesrenten for 2. halvår 2026", customMessage: "a proposal is not in force");

        var eva = app.Browser();
        await eva.LogInAsync("admin2@namsmannen.test", DemoBrukere.Passord);
        var evasOversikt = await eva.GetDocumentAsync("/admin/satser");
        evasOversikt.QuerySelector("section[aria-labelledby=h-venter] table")!.TextContent.ShouldContain("Per Aas");
        var bekreftet = await eva.SubmitAsync(evasOversikt, $"#bekreft-{rad}", new Dictionary<string, string>());
        bekreftet.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await eva.GetDocumentAsync("/admin/satser")).QuerySelector(".kvittering")!.TextContent.ShouldBe("Raden er bekreftet og gjelder fra datoen sin.");

        // Interest to today is back on the case page, at once.
        var igjen = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        igjen.QuerySelector("section#krav, main")!.TextContent.ShouldContain("til i dag");
        igjen.QuerySelectorAll(".advarsel").Select(a => a.TextContent).ShouldNotContain(t => t.Contains("Forsinkelsesrenten", StringComparison.Ordinal));

        // Who did what, in the administrators' log.
        var logg = await LoggAsync($"satsrad:{rad}");
        logg.ShouldBe([("SATSRAD_FORESLATT", "Per Aas"), ("SATSRAD_BEKREFTET", "Eva Strand")]);
    }

    private static Dictionary<string, string> Forslag(string sats) => new()
    {
        ["Data.Fra"] = "2026-07-01",
        ["Data.Verdier[sats]"] = sats,
        ["Data.Kilde"] = "Norges Bank: styringsrenten 4,00 % + 8 prosentpoeng",
        ["Data.Avledet"] = "true",
    };

    private Task<T> Sql<T>(string sql) => Databaseverdi.SkalarAsync<T>(app.ConnectionString, sql);

    private async Task<List<(string Type, string Hvem)>> LoggAsync(string gjelder)
    {
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        return (await db.Administrasjonslogg.Where(h => h.Gjelder == gjelder).OrderBy(h => h.Id).Select(h => new { h.Type, h.UtfortAvNavn }).ToListAsync())
            .Select(h => (h.Type, h.UtfortAvNavn)).ToList();
    }
}
