using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Penger;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Api;

/// <summary>Issue 11: in a trial «12.000» was stored as 12,00 kr through every door. Now it is refused, naming the field.</summary>
public sealed class BelopIAlleKanalerTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_batch_amount_sent_as_a_string_is_refused_and_a_json_number_is_a_number()
    {
        var client = app.DemoKlient();
        var tekst = KreditorApi.Begjaring("BELOP-TEKST", KreditorApi.NyttFodselsnummer());
        ((Dictionary<string, object?>)tekst["krav"]!)["hovedstol"] = "12.000";
        var tall = KreditorApi.Begjaring("BELOP-TALL", KreditorApi.NyttFodselsnummer(), hovedstol: 12_000m);

        var svar = await (await client.SendBatchAsync(tekst, tall)).JsonAsync();

        var k = svar.GetProperty("kvitteringer").EnumerateArray().ToList();
        k[0].GetProperty("status").GetString().ShouldBe("AVVIST");
        var feil = k[0].GetProperty("feil").EnumerateArray().Single();
        (feil.GetProperty("felt").GetString(), feil.GetProperty("kode").GetString(), feil.GetProperty("melding").GetString())
            .ShouldBe(("krav.hovedstol", "UGYLDIG_BELOP", "Oppgi hovedstolen som et JSON-tall i kroner, for eksempel 12000.50, ikke som tekst."));
        k[1].GetProperty("status").GetString().ShouldBe("MOTTATT");
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        (await db.Saker.CountAsync(s => s.KreditorReferanse == "BELOP-TEKST")).ShouldBe(0);
        (await db.Saker.SingleAsync(s => s.KreditorReferanse == "BELOP-TALL")).Hovedstol.ShouldBe(new Belop(12_000m));
    }

    [Fact]
    public async Task A_payment_amount_sent_as_a_string_is_a_400_naming_the_field_and_books_nothing()
    {
        var client = app.DemoKlient();
        var svar = await (await client.SendBatchAsync(KreditorApi.Begjaring("BELOP-BETALING", KreditorApi.NyttFodselsnummer()))).JsonAsync();
        var saksnummer = svar.GetProperty("kvitteringer")[0].GetProperty("saksnummer").GetString()!;

        var response = await client.PostAsync($"/api/v1/saker/{saksnummer}/betalinger", new StringContent("""{"belop": "12.000"}""", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.JsonAsync();
        problem.GetProperty("errors").GetProperty("belop")[0].GetString().ShouldBe("Oppgi beløpet som et JSON-tall i kroner, for eksempel 12000.50.");
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        (await db.Saker.SingleAsync(s => s.Saksnummer == saksnummer)).Innbetalt.ShouldBe(new Belop(0m));
    }

    [Fact]
    public async Task The_calculator_form_refuses_an_ambiguous_amount_with_the_accepted_forms()
    {
        var client = app.Browser();
        var page = await client.GetDocumentAsync("/beregning/forsinkelsesrente");

        var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Data.Hovedstol"] = "12.000", ["Data.Fra"] = "2026-01-01", ["Data.Til"] = "2026-03-01" });

        var result = await response.ParseAsync();
        result.QuerySelectorAll(".feiloppsummering li").Select(li => li.TextContent.Trim())
            .ShouldBe(["«12.000» kan leses på to måter. Skriv hovedstolen som 12000, 12 000 eller 12000,50."]);
    }

    [Fact]
    public async Task The_bank_deposit_calculator_answers_for_the_household()
    {
        var response = await app.Browser().PostAsJsonAsync("/api/v1/beregninger/beslagsfritt-innskudd", new
        {
            dato = "2024-09-01",
            sivilstand = "gift_eller_samboer",
            partnerHarEgenInntekt = false,
            barnAlder = new[] { 3, 8 },
            samvaer = Array.Empty<object>(),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var raw = await response.Content.ReadAsStringAsync();
        raw.ShouldContain("\"beslagsfritt\":50925.20");
        raw.ShouldContain("\"livsoppholdPerManed\":25462.60");
        raw.ShouldContain("\"satserFra\":\"2024-07-01\"");

        var mangler = await app.Browser().PostAsJsonAsync("/api/v1/beregninger/beslagsfritt-innskudd", new { dato = "2024-09-01", barnAlder = (int[]?)null });
        mangler.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await mangler.JsonAsync()).GetProperty("errors").GetProperty("barnAlder")[0].GetString().ShouldBe("Oppgi barnas alder som en liste, eller en tom liste.");
    }

    [Fact]
    public async Task The_bank_deposit_page_shows_the_household_lines()
    {
        var client = app.Browser();
        var page = await client.GetDocumentAsync("/beregning/beslagsfritt-innskudd");

        var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Data.Dato"] = "2024-09-01", ["Data.Sivilstand"] = "gift_eller_samboer", ["Data.BarnAlder"] = "3, 8" });

        var result = await response.ParseAsync();
        result.QuerySelector("#resultat-tittel")!.TextContent.Replace('\u00a0', ' ').ShouldBe("Beslagsfritt: 50 925,20 kr");
        result.QuerySelectorAll("#resultat tbody th").Select(th => th.TextContent).ShouldContain("Livsopphold, skyldner og partner");
    }
}
