using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Api;

public sealed class BeregningerApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpStatusCode Status, JsonElement Body, string Raw)> PostAsync(string url, object body)
    {
        var response = await app.Browser().PostAsJsonAsync(url, body);
        var raw = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(raw).RootElement.Clone(), raw);
    }

    [Fact]
    public async Task The_trekk_calculator_answers_with_the_breakdown_and_amounts_with_two_decimals()
    {
        var (status, body, raw) = await PostAsync("/api/v1/beregninger/utleggstrekk", new
        {
            dato = "2024-10-01",
            nettoInntektPerManed = 38000,
            sivilstand = "gift_eller_samboer",
            partnerHarEgenInntekt = true,
            barnAlder = new[] { 8, 3 },
            samvaer = Array.Empty<object>(),
            boutgifter = 14000,
            sarligeUtgifter = 0,
        });

        status.ShouldBe(HttpStatusCode.OK, raw);
        body.GetProperty("livsopphold").GetDecimal().ShouldBe(12_731.30m);
        body.GetProperty("boutgifter").GetDecimal().ShouldBe(6_500m);
        body.GetProperty("forbeholdt").GetDecimal().ShouldBe(19_231.30m);
        body.GetProperty("trekkPerManed").GetDecimal().ShouldBe(18_768.70m);
        body.GetProperty("satserFra").GetString().ShouldBe("2024-07-01");
        raw.ShouldContain("\"trekkPerManed\":18768.70");
        raw.ShouldContain("\"samvaer\":0.00");
        body.GetProperty("linjer").GetArrayLength().ShouldBe(4);
    }

    [Fact]
    public async Task The_fee_calculator_names_R_the_multiple_and_the_amount()
    {
        var (status, body, raw) = await PostAsync("/api/v1/beregninger/rettsgebyr", new { steg = "tvangssalg_fast_eiendom_begjaering", dato = "2026-11-21" });

        status.ShouldBe(HttpStatusCode.OK, raw);
        raw.ShouldContain("\"rettsgebyr\":1345.00");
        body.GetProperty("multiplikator").GetDecimal().ShouldBe(1.1m);
        raw.ShouldContain("\"belop\":1479.00"); // 1 479,50 rounded down (rettsgebyrloven § 6 a)
    }

    [Fact]
    public async Task The_interest_calculator_lists_each_rate_period()
    {
        var (status, body, raw) = await PostAsync("/api/v1/beregninger/forsinkelsesrente", new { hovedstol = 10000, fra = "2025-05-01", til = "2026-03-01" });

        status.ShouldBe(HttpStatusCode.OK, raw);
        body.GetProperty("renter").GetDecimal().ShouldBe(1_020.40m);
        body.GetProperty("perioder").EnumerateArray().Select(p => (p.GetProperty("fra").GetString(), p.GetProperty("sats").GetDecimal(), p.GetProperty("renter").GetDecimal())).ShouldBe(
        [
            ("2025-05-01", 12.50m, 208.90m),
            ("2025-07-01", 12.25m, 617.53m),
            ("2026-01-01", 12.00m, 193.97m),
        ]);
    }

    [Fact]
    public async Task The_fordeling_calculator_adds_the_fee_and_orders_the_lines()
    {
        var (status, body, raw) = await PostAsync("/api/v1/beregninger/fordeling", new
        {
            dato = "2026-11-21",
            salgssum = 100000,
            salgsomkostninger = 8000,
            heftelser = new object[]
            {
                new { id = "P3", type = "pant", prioritet = 3, krav = 20000, saksoker = false },
                new { id = "S", type = "pant", prioritet = 2, krav = 50000, saksoker = true },
                new { id = "P1", type = "pant", prioritet = 1, krav = 30000, saksoker = false },
                new { id = "L1", type = "legalpant", prioritet = 1, krav = 5000, saksoker = false },
            },
        });

        status.ShouldBe(HttpStatusCode.OK, raw);
        body.GetProperty("linjer").EnumerateArray().Select(l => (l.GetProperty("mottaker").GetString(), l.GetProperty("belop").GetDecimal(), l.GetProperty("udekket").GetDecimal())).ShouldBe(
        [
            ("rettsgebyr", 4_640m, 0m),
            ("salgsomkostninger", 8_000m, 0m),
            ("L1", 5_000m, 0m),
            ("P1", 30_000m, 0m),
            ("S", 50_000m, 0m),
            ("P3", 2_360m, 17_640m),
            ("skyldner", 0m, 0m),
        ]);
        body.GetProperty("prisOverstigerKostnadene").GetBoolean().ShouldBeTrue();
        body.GetProperty("dekningsprinsippet").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_checks_answer_for_numbers_and_tvangskraft()
    {
        (await PostAsync("/api/v1/kontroll/fodselsnummer", new { nummer = "41010750154" })).Raw.ShouldBe("{\"gyldig\":true,\"type\":\"d_nummer\",\"melding\":null}");
        (await PostAsync("/api/v1/kontroll/fodselsnummer", new { nummer = "01010750161" })).Body.GetProperty("melding").GetString().ShouldBe("Fødselsnummeret har feil kontrollsiffer.");
        (await PostAsync("/api/v1/kontroll/organisasjonsnummer", new { nummer = "974760673" })).Body.GetProperty("gyldig").GetBoolean().ShouldBeTrue();

        var (status, body, raw) = await PostAsync("/api/v1/kontroll/tvangskraft", new
        {
            dato = "2026-01-20",
            grunnlag = new { type = "skriftstykke" },
            varselSendt = "2026-01-15",
            forfall = "2026-01-10",
        });
        status.ShouldBe(HttpStatusCode.OK, raw);
        body.GetProperty("tvangskraftig").GetBoolean().ShouldBeFalse();
        var grunn = body.GetProperty("grunner")[0];
        grunn.GetProperty("kode").GetString().ShouldBe("VARSELFRIST_LOPER");
        grunn.GetProperty("melding").GetString().ShouldBe("Begjæringen kan tidligst sendes 29.01.2026, 14 dager etter varselet (§ 4-18).");
    }

    [Fact]
    public async Task Invalid_input_gets_a_problem_naming_each_field_in_Norwegian()
    {
        var response = await app.Browser().PostAsJsonAsync("/api/v1/beregninger/utleggstrekk", new
        {
            nettoInntektPerManed = -5,
            sivilstand = "skilt",
            samvaer = new[] { new { alder = 4, klasse = 7 } },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.GetProperty("dato")[0].GetString().ShouldBe("Oppgi datoen trekket gjelder fra.");
        errors.GetProperty("nettoInntektPerManed")[0].GetString().ShouldBe("Nettoinntekten kan ikke være negativ.");
        errors.GetProperty("sivilstand")[0].GetString().ShouldBe("Sivilstand må være «enslig» eller «gift_eller_samboer».");
        errors.GetProperty("samvaer[0].klasse")[0].GetString().ShouldBe("Samværsklassen må være 1, 2, 3 eller 4.");
    }

    [Fact]
    public async Task Unreadable_json_names_the_field_that_could_not_be_read()
    {
        var response = await app.Browser().PostAsync("/api/v1/beregninger/forsinkelsesrente",
            new StringContent("{\"hovedstol\": 1000, \"fra\": \"1. mars\", \"til\": \"2026-03-01\"}", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("errors").GetProperty("fra")[0].GetString()!.ShouldBe("Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-12-02.");
    }

    [Fact]
    public async Task A_rate_that_is_not_in_the_table_is_reported_not_guessed()
    {
        var response = await app.Browser().PostAsJsonAsync("/api/v1/beregninger/rettsgebyr", new { steg = "utlegg", dato = "2027-02-01" });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()
            .ShouldBe("Rettsgebyret fra 1. januar 2027 mangler, så rettsgebyret for 1. februar 2027 er ukjent.");
    }
}
