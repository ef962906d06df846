using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Api;

public sealed class KreditorApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_batch_gets_one_receipt_per_item_and_stores_the_valid_ones_even_when_others_are_refused()
    {
        var client = app.DemoKlient();
        var fnr = KreditorApi.NyttFodselsnummer();
        var gyldig = KreditorApi.Begjaring("B1-GYLDIG", fnr);
        var ugyldig = KreditorApi.Begjaring("B1-UGYLDIG", "01017012345");
        ((Dictionary<string, object?>)ugyldig["skyldner"]!)["navn"] = "";
        ((Dictionary<string, object?>)ugyldig["krav"]!)["hovedstol"] = "abc";

        var response = await client.SendBatchAsync(gyldig, ugyldig, gyldig);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var svar = await response.JsonAsync();
        svar.GetProperty("antall").GetInt32().ShouldBe(3);
        svar.GetProperty("mottatt").GetInt32().ShouldBe(1);
        svar.GetProperty("avvist").GetInt32().ShouldBe(2);
        svar.GetProperty("duplikat").GetInt32().ShouldBe(0);
        var k = svar.GetProperty("kvitteringer").EnumerateArray().ToList();
        k[0].GetProperty("status").GetString().ShouldBe("MOTTATT");
        var saksnummer = k[0].GetProperty("saksnummer").GetString()!;
        saksnummer.ShouldMatch(@"^\d\d-\d{6}$");
        k[1].GetProperty("status").GetString().ShouldBe("AVVIST");
        k[1].GetProperty("saksnummer").ValueKind.ShouldBe(JsonValueKind.Null);
        var feil = k[1].GetProperty("feil").EnumerateArray().Select(f => (f.GetProperty("felt").GetString(), f.GetProperty("kode").GetString())).ToList();
        feil.ShouldBe([("skyldner.identifikator", "UGYLDIG_IDENTIFIKATOR"), ("skyldner.navn", "PAKREVD"), ("krav.hovedstol", "UGYLDIG_BELOP")]);
        k[1].GetProperty("feil")[0].GetProperty("melding").GetString().ShouldBe("Fødselsnummeret har feil kontrollsiffer.");
        // The same referanse again in the same batch: the first wins, the later is refused (issue 12, H6).
        k[2].GetProperty("status").GetString().ShouldBe("AVVIST");
        k[2].GetProperty("feil")[0].GetProperty("kode").GetString().ShouldBe("REFERANSE_GJENTATT");

        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var sak = await db.Saker.SingleAsync(s => s.Saksnummer == saksnummer);
        sak.KreditorReferanse.ShouldBe("B1-GYLDIG");
        sak.KreditorId.ShouldBe(await app.DemoKreditorAsync());
        (sak.Hovedstol, sak.Renter, sak.Omkostninger, sak.Krav).ShouldBe((new Belop(12_000.50m), new Belop(310.25m), new Belop(700m), new Belop(13_010.75m)));
        sak.Stadium.ShouldBe(Saksstadium.BegjaringMottatt);
        sak.Type.ShouldBe(Begjaringstype.Utlegg);
        (await db.Saker.Where(s => s.Id == sak.Id).Select(s => EF.Property<string>(s, NamsmannenDbContext.InnsendtSkyldnernavn)).SingleAsync()).ShouldBe("Ola Testesen");
        (await db.Skyldnere.SingleAsync(s => s.Id == sak.SkyldnerId)).Identifikator.ShouldBe(fnr);
        (await db.Saker.CountAsync(s => s.KreditorReferanse == "B1-UGYLDIG")).ShouldBe(0);
        var revisjon = await db.SaksHendelser.Where(h => h.SakId == sak.Id).ToListAsync();
        revisjon.ShouldHaveSingleItem().Type.ShouldBe("BEGJARING_MOTTATT");
        revisjon[0].UtfortAvNavn.ShouldBe("API-nøkkel «Test» (Nordlys Inkasso AS)");
        var hendelse = (await db.KreditorHendelser.Where(h => h.SakId == sak.Id).ToListAsync()).ShouldHaveSingleItem();
        (hendelse.Type, hendelse.Krav, hendelse.Innbetalt).ShouldBe(("BEGJARING_MOTTATT", 13_010.75m, 0m));
    }

    [Fact]
    public async Task Replaying_a_batch_creates_nothing_and_answers_with_the_same_saksnummer()
    {
        var client = app.DemoKlient();
        var batch = Enumerable.Range(1, 5).Select(i => (object)KreditorApi.Begjaring($"B2-{i}")).ToArray();
        var forste = await (await client.SendBatchAsync(batch)).JsonAsync();
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var saker = await db.Saker.CountAsync();

        var andre = await (await client.SendBatchAsync(batch)).JsonAsync();

        (await db.Saker.CountAsync()).ShouldBe(saker);
        andre.GetProperty("mottatt").GetInt32().ShouldBe(0);
        andre.GetProperty("duplikat").GetInt32().ShouldBe(5);
        andre.GetProperty("kvitteringer").EnumerateArray().Select(k => k.GetProperty("saksnummer").GetString())
            .ShouldBe(forste.GetProperty("kvitteringer").EnumerateArray().Select(k => k.GetProperty("saksnummer").GetString()));

        // The receipts of a submission can be fetched again, exactly as answered.
        var igjen = await (await client.GetAsync($"/api/v1/innsendinger/{forste.GetProperty("innsendingId").GetGuid()}")).JsonAsync();
        igjen.GetProperty("kvitteringer").GetRawText().ShouldBe(forste.GetProperty("kvitteringer").GetRawText());
    }

    [Fact]
    public async Task Ten_identical_requests_at_once_create_each_case_exactly_once()
    {
        var batch = Enumerable.Range(1, 20).Select(i => (object)KreditorApi.Begjaring($"B3-{i}")).ToArray();

        var svar = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            var response = await app.DemoKlient().SendBatchAsync(batch);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return await response.JsonAsync();
        }));

        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        (await db.Saker.CountAsync(s => s.KreditorReferanse.StartsWith("B3-"))).ShouldBe(20);
        svar.Sum(s => s.GetProperty("mottatt").GetInt32()).ShouldBe(20);
        svar.Sum(s => s.GetProperty("duplikat").GetInt32()).ShouldBe(180);
        var saksnumre = svar.Select(s => string.Join(",", s.GetProperty("kvitteringer").EnumerateArray().Select(k => k.GetProperty("saksnummer").GetString()))).Distinct().ToList();
        saksnumre.ShouldHaveSingleItem("every answer names the same case for the same referanse");
        (await db.SaksHendelser.CountAsync(h => db.Saker.Any(s => s.Id == h.SakId && s.KreditorReferanse.StartsWith("B3-")))).ShouldBe(20);
    }

    [Fact]
    public async Task A_batch_past_a_limit_is_refused_whole_with_413_and_nothing_is_stored()
    {
        var client = app.DemoKlient();
        var forMange = Enumerable.Range(1, 1001).Select(i => (object)KreditorApi.Begjaring($"B4-{i}")).ToArray();

        var response = await client.SendBatchAsync(forMange);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var problem = await response.JsonAsync();
        problem.GetProperty("detail").GetString().ShouldBe("Forespørselen har 1001 begjæringer; grensen er 1000. Del den opp i flere forespørsler. Ingenting i denne forespørselen er lagret.");

        var stor = new StringContent("{\"begjaringer\":[{\"referanse\":\"" + new string('x', 6 * 1024 * 1024) + "\"}]}", Encoding.UTF8, "application/json");
        var forStor = await client.PostAsync("/api/v1/begjaringer/batch", stor);
        forStor.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await forStor.JsonAsync()).GetProperty("title").GetString().ShouldBe("Forespørselen er for stor.");

        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        (await db.Saker.CountAsync(s => s.KreditorReferanse.StartsWith("B4-"))).ShouldBe(0);

        var ikkeJson = await client.PostAsync("/api/v1/begjaringer/batch", new StringContent("{\"begjaringer\": [", Encoding.UTF8, "application/json"));
        ikkeJson.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ikkeJson.JsonAsync()).GetProperty("errors").GetProperty("$")[0].GetString()!.ShouldStartWith("Innholdet er ikke gyldig JSON");
        var feilForm = await client.PostAsJsonAsync("/api/v1/begjaringer/batch", new { saker = Array.Empty<object>() });
        (await feilForm.JsonAsync()).GetProperty("errors").GetProperty("begjaringer")[0].GetString()!.ShouldStartWith("Send et objekt med en liste «begjaringer»");
    }

    [Fact]
    public async Task Without_a_valid_key_the_api_answers_401_and_a_revoked_key_stops_working_at_once()
    {
        (await app.CreateClient().GetAsync("/api/v1/hendelser")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.ApiKlient("nm_abcdefgh_feil").GetAsync("/api/v1/hendelser")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var (nokkel, _) = await app.AnnenKreditorAsync();
        (await app.ApiKlient(nokkel + "x").GetAsync("/api/v1/hendelser")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.ApiKlient(nokkel).GetAsync("/api/v1/hendelser")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var db = TestPostgres.CreateDbContext(app.DatabaseName))
        {
            var prefiks = Application.Features.Portal.ApiNokkelformat.Prefiks(nokkel);
            await db.ApiNokler.Where(k => k.Prefiks == prefiks).ExecuteUpdateAsync(s => s.SetProperty(k => k.Tilbakekalt, DateTimeOffset.UtcNow));
        }

        var revoked = await app.ApiKlient(nokkel).GetAsync("/api/v1/hendelser");
        revoked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        revoked.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer");

        // The portal's login cookie does not open the API: no cross-site requests against it.
        var browser = app.Browser();
        await browser.LogInAsync("kreditor@namsmannen.test", Namsmannen.Hosting.Demo.DemoBrukere.Passord);
        (await browser.GetAsync("/api/v1/hendelser")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Tvangskraft_foreldelse_and_the_kind_of_grunnlag_are_checked_at_intake_with_their_codes()
    {
        var idag = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System);
        var forTidlig = KreditorApi.Begjaring("B6-VARSEL");
        forTidlig["varselSendt"] = idag.AddDays(-5).ToString("yyyy-MM-dd");
        var foreldet = KreditorApi.Begjaring("B6-FORELDET");
        ((Dictionary<string, object?>)foreldet["grunnlag"]!)["forfall"] = idag.AddYears(-4).ToString("yyyy-MM-dd");
        foreldet["varselSendt"] = idag.AddYears(-4).AddDays(10).ToString("yyyy-MM-dd");
        var feilType = KreditorApi.Begjaring("B6-TYPE");
        feilType["type"] = "tvangssalg";

        var svar = await (await app.DemoKlient().SendBatchAsync(forTidlig, foreldet, feilType)).JsonAsync();

        var koder = svar.GetProperty("kvitteringer").EnumerateArray()
            .Select(k => string.Join(" ", k.GetProperty("feil").EnumerateArray().Select(f => f.GetProperty("felt").GetString() + ":" + f.GetProperty("kode").GetString())))
            .ToList();
        koder[0].ShouldBe("varselSendt:VARSELFRIST_LOPER");
        koder[1].ShouldContain("grunnlag.forfall:FORELDET");
        koder[2].ShouldBe("grunnlag.type:GRUNNLAG_PASSER_IKKE");
        svar.GetProperty("avvist").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task The_openapi_document_and_the_readable_page_describe_the_creditor_api()
    {
        var dokument = await (await app.CreateClient().GetAsync("/api/v1/openapi.json")).JsonAsync();
        var stier = dokument.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        stier.ShouldContain("/api/v1/begjaringer/batch");
        stier.ShouldContain("/api/v1/hendelser");
        stier.ShouldContain("/api/v1/saker/{saksnummer}/betalinger");
        var skjemaer = dokument.GetProperty("components").GetProperty("schemas");
        skjemaer.GetProperty("BegjaringJson").GetProperty("properties").TryGetProperty("referanse", out _).ShouldBeTrue();
        skjemaer.TryGetProperty("Kvittering", out _).ShouldBeTrue();
        dokument.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiNokkel").GetProperty("scheme").GetString().ShouldBe("bearer");

        var side = await app.CreateClient().GetDocumentAsync("/api-dokumentasjon");
        var koder = side.QuerySelectorAll("#h-kvitteringer ~ table code, section[aria-labelledby=h-kvitteringer] td code").Select(c => c.TextContent).ToList();
        koder.ShouldContain("VARSELFRIST_LOPER");
        koder.ShouldContain("GRUNNLAG_PASSER_IKKE");
        side.QuerySelectorAll("section[aria-labelledby=h-endepunkter] tbody tr").Select(r => r.Children[1].TextContent).ShouldContain("/api/v1/begjaringer/batch");
        koder.ShouldContain("REFERANSE_BRUKT");
        koder.ShouldContain("UGYLDIGE_TEGN");
        // Issue 12, M2: the notes a received begjæring may carry about the address.
        side.QuerySelectorAll("section[aria-labelledby=h-kvitteringer] p code").Select(c => c.TextContent).ShouldBe(["MOTTATT", "AVVIST", "feil: [{ felt, kode, melding }]", "DUPLIKAT", "merknader: [{ felt, kode, melding }]", "POSTNUMMER_UKJENT", "POSTSTED_AVVIKER"]);
        // Issue 12, M10: what an integrator had to dig out of openapi.json is on the page.
        side.QuerySelector("#h-valider")!.TextContent.ShouldBe("Prøv uten å lagre");
        side.QuerySelectorAll("section[aria-labelledby=h-endringer] tbody tr").Select(r => r.Children[0].TextContent).ShouldContain("…/betalinger");
        side.QuerySelectorAll("section[aria-labelledby=h-endringer] tbody tr").Select(r => r.Children[0].TextContent).ShouldContain("422");
        var hendelser = side.QuerySelectorAll("section[aria-labelledby=h-hendelser] code").Select(c => c.TextContent).ToList();
        hendelser.ShouldContain("BETALING_REGISTRERT");
        hendelser.ShouldContain("GODTA_BEGJARING");
        hendelser.ShouldContain("UTLEGGSTREKK");
    }
}
