using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Namsmannen.Application.Features.Trekkordning;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Api;

/// <summary>Issue 17: the employers' trekkpålegg API over HTTP, with the demo office's running trekk.</summary>
public sealed class ArbeidsgiverApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> ArbeidsgiverAsync(string orgnr)
    {
        var ny = await app.SendAsync(new Arbeidsgivernokler.Opprett { Orgnr = orgnr, Navn = "Lønnssystem test" }, TestUser.Admin());
        return app.ApiKlient(ny.Nokkel);
    }

    [Fact]
    public async Task The_demo_employer_polls_its_orders_in_sequence_with_every_state_and_another_trekkId_is_404()
    {
        var client = await ArbeidsgiverAsync(DemoSeeder.Arbeidsgiver);

        var svar = await client.GetAsync("/api/v1/arbeidsgiver/trekkpalegg?etter=0&antall=1000");
        svar.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await svar.Content.ReadAsStringAsync());
        var versjoner = json.RootElement.GetProperty("trekkpalegg").EnumerateArray().ToList();
        versjoner.ShouldNotBeEmpty();
        var sekvenser = versjoner.Select(v => v.GetProperty("sekvens").GetInt64()).ToList();
        sekvenser.ShouldBe(sekvenser.Order().ToList(), "strictly increasing");
        sekvenser.Distinct().Count().ShouldBe(sekvenser.Count);
        versjoner.Select(v => v.GetProperty("status").GetString()).Distinct().Order().ShouldBe(["AKTIV", "ENDRET", "STOPPET"]);
        var forste = versjoner[0];
        forste.GetProperty("skyldner").GetProperty("fodselsnummer").GetString()!.Length.ShouldBe(11);
        forste.GetProperty("betalTil").GetProperty("konto").GetString().ShouldNotBeNullOrEmpty();
        json.RootElement.GetProperty("neste").GetInt64().ShouldBe(sekvenser[^1]);

        var tom = await client.GetFromJsonAsync<JsonElement>($"/api/v1/arbeidsgiver/trekkpalegg?etter={sekvenser[^1]}&antall=10");
        tom.GetProperty("trekkpalegg").GetArrayLength().ShouldBe(0);

        (await client.GetAsync($"/api/v1/arbeidsgiver/trekkpalegg/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var annen = await ArbeidsgiverAsync(TestData.Organisasjonsnummer().Verdi);
        var trekkId = forste.GetProperty("trekkId").GetGuid();
        (await annen.GetAsync($"/api/v1/arbeidsgiver/trekkpalegg/{trekkId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another employer's order does not exist for it");
        (await annen.PostAsJsonAsync($"/api/v1/arbeidsgiver/trekkpalegg/{trekkId}/avvik", new { avvik = "FOR_LAV_INNTEKT" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await annen.GetFromJsonAsync<JsonElement>("/api/v1/arbeidsgiver/trekkpalegg?etter=0")).GetProperty("trekkpalegg").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_deviation_gets_a_deadline_and_bad_input_names_the_field()
    {
        var client = await ArbeidsgiverAsync(DemoSeeder.Arbeidsgiver);
        var feed = await client.GetFromJsonAsync<JsonElement>("/api/v1/arbeidsgiver/trekkpalegg?etter=0&antall=1");
        var trekkId = feed.GetProperty("trekkpalegg")[0].GetProperty("trekkId").GetGuid();

        var feil = await client.PostAsJsonAsync($"/api/v1/arbeidsgiver/trekkpalegg/{trekkId}/avvik", new { avvik = "SLUTTET", periode = "12-2026" });
        feil.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var tekst = await feil.Content.ReadAsStringAsync();
        tekst.ShouldContain("ARBEIDSFORHOLD_OPPHORT, FOR_LAV_INNTEKT, ANNET_TREKK_FORAN");
        tekst.ShouldContain("ÅÅÅÅ-MM");

        var svar = await client.PostAsJsonAsync($"/api/v1/arbeidsgiver/trekkpalegg/{trekkId}/avvik", new { avvik = "ARBEIDSFORHOLD_OPPHORT", periode = "2026-12", beskrivelse = "Sluttet 30.11." });
        svar.StatusCode.ShouldBe(HttpStatusCode.Created);
        var kvittering = await svar.Content.ReadFromJsonAsync<JsonElement>();
        kvittering.GetProperty("frist").GetString().ShouldNotBeNullOrEmpty();
        kvittering.GetProperty("avvik").GetString().ShouldBe("ARBEIDSFORHOLD_OPPHORT");
    }

    [Fact]
    public async Task A_creditor_key_does_not_open_the_employer_api_and_no_key_is_401()
    {
        (await app.DemoKlient().GetAsync("/api/v1/arbeidsgiver/trekkpalegg")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.CreateClient().GetAsync("/api/v1/arbeidsgiver/trekkpalegg")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.ApiKlient(DemoBrukere.ArbeidsgiverNokkel).GetAsync("/api/v1/arbeidsgiver/trekkpalegg")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the published demo key works only in Development");
    }
}
