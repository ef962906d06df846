using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Namsmannen.Web.Tests.Hosting;

/// <summary>The app with a quota no fuzz run reaches, so every hostile request reaches the code it is aimed at.</summary>
public sealed class FuzzFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:Grenser:Burst", "1000000");
        builder.UseSetting("Api:Grenser:ForesporslerPerSekund", "1000000");
        builder.UseSetting("Api:Grenser:Anonym:Burst", "1000000");
        builder.UseSetting("Api:Grenser:Anonym:ForesporslerPerSekund", "1000000");
        builder.UseSetting("Innlogging:Burst", "1000000");
        builder.UseSetting("Serilog:MinimumLevel", "Fatal");
    }
}

/// <summary>
/// Issue 12, "keep them closed": a seeded, bounded fuzz run of hostile values against every API endpoint and the main
/// forms. No answer may be a 5xx, one bad item never fails the others of its batch, and nothing is half-written.
/// </summary>
public sealed class FuzzTests(FuzzFactory app, ITestOutputHelper output) : IClassFixture<FuzzFactory>
{
    private const int Seed = 20261202;

    /// <summary>Hostile JSON values, as raw JSON text (so lone surrogates and NULs arrive exactly as a hostile client sends them).</summary>
    private static readonly string[] JsonVerdier =
    [
        "null", "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udfff\"", "\"\\u001b[31m\"", "\"" + new string('x', 20_000) + "\"",
        "-1", "0", "0.001", "1e30", "-1e30", "1e12", "999999999999.99", "123456789012345678901234567890", "1.7976931348623157e308",
        "true", "[]", "{}", "[1,2,3]", "{\"a\":{\"b\":1}}", "\"9999-12-31\"", "\"0001-01-01\"", "\"2026-02-30\"", "\"31.12.9999\"",
        "\"12.000\"", "\"NaN\"", "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "\"=cmd|' /C calc'!A0\"", "\"\\u202e\"", "\"💥\"",
        Dyp(300),
    ];

    /// <summary>Hostile form values.</summary>
    private static readonly string[] Skjemaverdier =
    [
        string.Empty, " ", "\0", "a\0b", "\u001b", "\r\n", new string('x', 20_000), "-1", "0", "0,001", "1e30", "1000000000000",
        "1000000000000000", "99999999999999999999999999999", "9999-12-31", "31.12.9999", "0001-01-01", "30.02.2026", "12.000",
        "NaN", "<script>alert(1)</script>", "' OR 1=1 --", "=cmd|' /C calc'!A0", "\u202e", "💥", "١٢٣", "../../etc/passwd",
    ];

    private readonly Random random = new(Seed);
    private readonly List<string> feil = [];
    private int foresporsler;

    [Fact]
    public async Task Hostile_requests_to_every_API_endpoint_and_the_main_forms_never_give_a_5xx_and_nothing_is_half_written()
    {
        var api = app.DemoKlient();
        var anonym = app.CreateClient();
        var saksnummer = await NySakAsync(api, "FUZZ-BASIS");

        var klokke = System.Diagnostics.Stopwatch.StartNew();
        await FuzzApiAsync(api, anonym, saksnummer, runder: 700);
        output.WriteLine($"API: {foresporsler} forespørsler på {klokke.Elapsed.TotalSeconds:0.0} s.");
        await FuzzSkjemaerAsync(saksnummer);
        output.WriteLine($"Alt: {foresporsler} forespørsler på {klokke.Elapsed.TotalSeconds:0.0} s.");

        output.WriteLine($"Fuzz (seed {Seed}): {foresporsler} forespørsler, {feil.Count} med 5xx.");
        feil.ShouldBeEmpty(string.Join(Environment.NewLine, feil));
        await IngentingHalvskrevetAsync();
    }

    /// <summary>
    /// Each role's pages, found as a user finds them (by following the links from the start page, one page per kind), each
    /// asked for, and each of its forms sent with each field empty in turn and twice with hostile values (through every
    /// button that posts elsewhere too): the pages added after the first fuzz run are in it without anyone listing them.
    /// </summary>
    [Fact]
    public async Task Every_page_a_role_can_reach_answers_hostile_forms_and_queries_without_a_5xx()
    {
        string fodselsnummer;
        await using (var connection = new Npgsql.NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            // A debtor whose trekk runs: «Min sak» then has the most forms (utgifter, utsettelse, klage).
            await using var command = new Npgsql.NpgsqlCommand("""
                SELECT d.identifikator FROM trekkpalegg t JOIN saker s ON s.id = t.sak_id JOIN skyldnere d ON d.id = s.skyldner_id
                 WHERE t.stoppet IS NULL AND s.kontor = 'OSLO' ORDER BY s.saksnummer LIMIT 1
                """, connection);
            fodselsnummer = (string)(await command.ExecuteScalarAsync())!;
        }

        var roller = new List<(string Hvem, HttpClient Klient, string Start, int Minst)> { ("anonym", app.Browser(), "/beregning", 7) };
        foreach (var (epost, start, minst) in new[] { ("saksbehandler@namsmannen.test", "/saksbehandling", 20), ("leder@namsmannen.test", "/leder", 15), ("kreditor@namsmannen.test", "/kreditor", 15) })
        {
            var klient = app.Browser();
            (await klient.LogInAsync(epost, DemoBrukere.Passord)).StatusCode.ShouldBe(HttpStatusCode.Redirect, epost);
            roller.Add((epost, klient, start, minst));
        }

        roller.Add(("skyldner", await app.SkyldnerAsync(fodselsnummer), "/min-sak", 5));
        // The administrator last: its forms change users, and a change of one could end another's session.
        var admin = app.Browser();
        (await admin.LogInAsync("admin@namsmannen.test", DemoBrukere.Passord)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        roller.Add(("admin@namsmannen.test", admin, "/admin", 20));

        var klokke = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (hvem, klient, start, minst) in roller)
        {
            var sider = await KrypAsync(klient, start);
            output.WriteLine($"{hvem}: {sider.Count} sider ({string.Join(", ", sider)})");
            sider.Count.ShouldBeGreaterThanOrEqualTo(minst, $"{hvem} reached too few pages: the crawl lost its session or a menu lost its links");
        }

        output.WriteLine($"Kryp (seed {Seed}): {foresporsler} forespørsler på {klokke.Elapsed.TotalSeconds:0.0} s, {feil.Count} med 5xx.");
        feil.ShouldBeEmpty(string.Join(Environment.NewLine, feil));
        await IngentingHalvskrevetAsync();
    }

    /// <summary>Follows same-site links breadth first from <paramref name="start"/>, one page of each kind, at most 40.</summary>
    private async Task<List<string>> KrypAsync(HttpClient klient, string start)
    {
        var kjente = new HashSet<string>(StringComparer.Ordinal) { Slag(start) };
        var ko = new Queue<string>([start]);
        var besokt = new List<string>();
        while (ko.Count > 0 && besokt.Count < 40)
        {
            var side = ko.Dequeue();
            var response = await SendAsync(klient, HttpMethod.Get, side, null, "GET " + side);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            besokt.Add(side);
            var dokument = await response.ParseAsync();
            foreach (var href in dokument.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Split('#')[0]))
            {
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !Utenfor(href) && kjente.Add(Slag(href)))
                {
                    ko.Enqueue(href);
                }
            }

            await FuzzSidensSkjemaerAsync(klient, side, dokument);
        }

        return besokt;
    }

    /// <summary>
    /// Every form of the page: a POST form sent with each field empty in turn; then, twice per target (the form's and each
    /// button's formaction), a GET form (a search, a filter) asked and a POST form sent with hostile values in a few fields.
    /// </summary>
    private async Task FuzzSidensSkjemaerAsync(HttpClient klient, string side, IHtmlDocument dokument)
    {
        var skjemaer = dokument.QuerySelectorAll("form").OfType<IHtmlFormElement>().ToList();
        for (var s = 0; s < skjemaer.Count; s++)
        {
            var skjema = skjemaer[s];
            var felt = skjema.Elements.Select(e => e.GetAttribute("name")).Where(n => !string.IsNullOrEmpty(n) && n != "__RequestVerificationToken").Distinct().ToList();
            var handling = skjema.GetAttribute("action") ?? string.Empty;
            if (felt.Count == 0 || Utenfor(handling))
            {
                continue;
            }

            if (string.Equals(skjema.Method, "post", StringComparison.OrdinalIgnoreCase))
            {
                // Each field left empty in turn, the rest as the page filled them: an empty field is what a user sends most.
                var til = (string.IsNullOrEmpty(handling) ? side : handling).Split('#')[0];
                foreach (var navn in felt)
                {
                    await SendAsync(klient, HttpMethod.Post, til, new FormUrlEncodedContent(Html.Felter(skjema, new Dictionary<string, string> { [navn!] = string.Empty })), $"POST {side} skjema {s}: {navn} tomt");
                }
            }

            var knapper = skjema.QuerySelectorAll("button[formaction], input[formaction]").Select(k => k.GetAttribute("formaction")!).Where(k => !Utenfor(k)).Distinct().ToList();
            var mal = new List<string?> { null };
            mal.AddRange(knapper);
            foreach (var knapp in mal)
            {
                for (var i = 0; i < 2; i++)
                {
                    var verdier = new Dictionary<string, string>();
                    foreach (var navn in felt.OrderBy(_ => random.Next()).Take(1 + random.Next(Math.Min(3, felt.Count))))
                    {
                        verdier[navn!] = Skjemaverdier[random.Next(Skjemaverdier.Length)];
                    }

                    var felter = Html.Felter(skjema, verdier);
                    var mot = (knapp ?? (string.IsNullOrEmpty(handling) ? side : handling)).Split('#')[0];
                    var hva = $"{side} skjema {s}{(knapp is null ? string.Empty : " knapp " + knapp)}: {string.Join(", ", verdier.Select(v => v.Key + "=" + Vis(v.Value)))}";
                    if (string.Equals(skjema.Method, "post", StringComparison.OrdinalIgnoreCase))
                    {
                        await SendAsync(klient, HttpMethod.Post, mot, new FormUrlEncodedContent(felter), "POST " + hva);
                    }
                    else
                    {
                        var sporring = string.Join("&", felter.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
                        await SendAsync(klient, HttpMethod.Get, mot.Split('?')[0] + "?" + sporring, null, "GET " + hva);
                    }
                }
            }
        }
    }

    /// <summary>Links and forms the crawl leaves alone: logging out, the test identity provider, the API (fuzzed by itself).</summary>
    private static bool Utenfor(string adresse) =>
        adresse.Contains("logg-ut", StringComparison.OrdinalIgnoreCase) || adresse.StartsWith("/testidp", StringComparison.Ordinal) || adresse.StartsWith("/api/v1", StringComparison.Ordinal);

    /// <summary>A page's kind: its path with numbers and ids as placeholders, and its handler (a list's filters are one kind).</summary>
    private static string Slag(string adresse)
    {
        var deler = adresse.Split('?', 2);
        var sti = string.Join('/', deler[0].Split('/').Select(d => System.Text.RegularExpressions.Regex.IsMatch(d, "^[0-9][0-9-]*$|^[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}$") ? "{}" : d));
        var handler = (deler.Length < 2 ? [] : deler[1].Split('&')).FirstOrDefault(p => p.StartsWith("handler=", StringComparison.OrdinalIgnoreCase));
        return sti + "?" + handler;
    }

    private async Task FuzzApiAsync(HttpClient api, HttpClient anonym, string saksnummer, int runder)
    {
        var idag = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var arbeidsgiver = app.ApiKlient((await app.SendAsync(new Namsmannen.Application.Features.Trekkordning.Arbeidsgivernokler.Opprett { Orgnr = DemoSeeder.Arbeidsgiver, Navn = "Fuzz" }, TestUser.Admin())).Nokkel);
        var trekkId = (await arbeidsgiver.GetFromJsonAsync<JsonElement>("/api/v1/arbeidsgiver/trekkpalegg?etter=0&antall=1")).GetProperty("trekkpalegg")[0].GetProperty("trekkId").GetGuid();
        var endepunkter = new (string Navn, HttpClient Klient, string Sti, Func<JsonNode> Mal)[]
        {
            ("utleggstrekk", anonym, "/api/v1/beregninger/utleggstrekk", () => JsonNode.Parse($$"""{"dato":"{{idag}}","nettoInntektPerManed":40000,"sivilstand":"enslig","partnerHarEgenInntekt":false,"barnAlder":[3],"samvaer":[{"alder":5,"klasse":2}],"boutgifter":12000,"sarligeUtgifter":0}""")!),
            ("beslagsfritt", anonym, "/api/v1/beregninger/beslagsfritt-innskudd", () => JsonNode.Parse($$"""{"dato":"{{idag}}","sivilstand":"enslig","partnerHarEgenInntekt":false,"barnAlder":[3],"samvaer":[]}""")!),
            ("rettsgebyr", anonym, "/api/v1/beregninger/rettsgebyr", () => JsonNode.Parse($$"""{"steg":"utlegg","dato":"{{idag}}"}""")!),
            ("forsinkelsesrente", anonym, "/api/v1/beregninger/forsinkelsesrente", () => JsonNode.Parse("""{"hovedstol":10000,"fra":"2024-01-01","til":"2025-06-30"}""")!),
            ("fordeling", anonym, "/api/v1/beregninger/fordeling", () => JsonNode.Parse($$"""{"dato":"{{idag}}","salgssum":1000000,"salgsomkostninger":20000,"heftelser":[{"id":"Bank","type":"pant","prioritet":1,"krav":500000},{"id":"Kommune","type":"legalpant","prioritet":1,"krav":10000}]}""")!),
            ("fødselsnummer", anonym, "/api/v1/kontroll/fodselsnummer", () => JsonNode.Parse("""{"nummer":"01019012345"}""")!),
            ("orgnr", anonym, "/api/v1/kontroll/organisasjonsnummer", () => JsonNode.Parse("""{"nummer":"974760673"}""")!),
            ("tvangskraft", anonym, "/api/v1/kontroll/tvangskraft", () => JsonNode.Parse($$"""{"dato":"{{idag}}","grunnlag":{"type":"dom","forkynt":"2025-01-10","oppfyllelsesfrist":null,"forfall":null},"varselSendt":"2025-03-01","forfall":"2025-02-01"}""")!),
            ("batch", api, "/api/v1/begjaringer/batch", () => JsonSerializer.SerializeToNode(new { begjaringer = new[] { KreditorApi.Begjaring("FUZZ-" + Guid.NewGuid().ToString("N")[..12]) } })!),
            ("tilbaketrekking", api, $"/api/v1/saker/{saksnummer}/tilbaketrekking", () => JsonNode.Parse("""{"begrunnelse":"Fuzz"}""")!),
            ("kravreduksjon", api, $"/api/v1/saker/{saksnummer}/kravreduksjon", () => JsonNode.Parse("""{"hovedstol":12000,"renter":300,"omkostninger":700}""")!),
            ("utsettelse", api, $"/api/v1/saker/{saksnummer}/utsettelse", () => JsonNode.Parse("""{"til":"2027-01-15","begrunnelse":"Fuzz"}""")!),
            ("betalinger", api, $"/api/v1/saker/{saksnummer}/betalinger", () => JsonNode.Parse($$"""{"belop":1,"dato":"{{idag}}"}""")!),
            ("PUT avregningsrekkefolge", api, $"/api/v1/saker/{saksnummer}/avregningsrekkefolge", () => JsonNode.Parse("""{"rekkefolge":["hovedstol","renter","omkostninger","rettsgebyr"]}""")!),
            ("avvik", arbeidsgiver, $"/api/v1/arbeidsgiver/trekkpalegg/{trekkId}/avvik", () => JsonNode.Parse("""{"avvik":"FOR_LAV_INNTEKT","periode":"2026-12","beskrivelse":"Fuzz"}""")!),
        };

        // First every field of every body, lists and objects too, in turn: null, left out, a NUL, a lone surrogate (a random
        // run missed nulls that issue 12, H5 named).
        var lop = 0;
        foreach (var (navn, klient, sti, mal) in endepunkter)
        {
            var antall = Noder(mal()).Count;
            for (var i = 0; i < antall; i++)
            {
                foreach (var verdi in new[] { "null", null, "\"\\u0000\"", "\"\\ud800\"" })
                {
                    var kropp = mal();
                    var (tekst, hva) = Sett(kropp, Noder(kropp)[i], verdi);
                    await SendMutertAsync(navn, klient, sti, tekst, hva, "application/json", lop++);
                }
            }
        }

        for (var runde = 0; runde < runder; runde++)
        {
            var (navn, klient, sti, mal) = endepunkter[random.Next(endepunkter.Length)];
            var (tekst, hva) = Muter(mal());
            await SendMutertAsync(navn, klient, sti, tekst, hva, random.Next(20) == 0 ? "text/plain" : "application/json", lop++);
        }

        // The GET endpoints, with hostile path and query values.
        foreach (var verdi in Skjemaverdier.Take(20))
        {
            var e = Uri.EscapeDataString(verdi.Replace("\0", string.Empty, StringComparison.Ordinal));
            await SendAsync(api, HttpMethod.Get, "/api/v1/saker/" + (e.Length == 0 ? "x" : e), null, "GET saker " + Vis(verdi));
            await SendAsync(api, HttpMethod.Get, "/api/v1/hendelser?etter=" + e + "&antall=" + e, null, "GET hendelser " + Vis(verdi));
            await SendAsync(api, HttpMethod.Get, "/api/v1/innsendinger/" + (e.Length == 0 ? "x" : e), null, "GET innsendinger " + Vis(verdi));
            await SendAsync(api, HttpMethod.Get, "/api/v1/saker/" + (e.Length == 0 ? "x" : e) + "/kontoutskrift", null, "GET kontoutskrift " + Vis(verdi));
            await SendAsync(api, HttpMethod.Get, "/api/v1/saker/" + (e.Length == 0 ? "x" : e) + "/brev", null, "GET brev " + Vis(verdi));
            await SendAsync(api, HttpMethod.Get, "/api/v1/brev/" + (e.Length == 0 ? "x" : e) + "/pdf", null, "GET brev-pdf " + Vis(verdi));
            await SendAsync(arbeidsgiver, HttpMethod.Get, "/api/v1/arbeidsgiver/trekkpalegg?etter=" + e + "&antall=" + e, null, "GET trekkpalegg " + Vis(verdi));
            await SendAsync(arbeidsgiver, HttpMethod.Get, "/api/v1/arbeidsgiver/trekkpalegg/" + (e.Length == 0 ? "x" : e), null, "GET trekkpalegg/id " + Vis(verdi));
        }

        foreach (var (etter, antall) in new[] { ("-1", "-1"), ("9223372036854775807", "2147483647"), ("0", "0"), ("1e3", "1.5") })
        {
            await SendAsync(api, HttpMethod.Get, $"/api/v1/hendelser?etter={etter}&antall={antall}", null, $"GET hendelser {etter} {antall}");
            await SendAsync(arbeidsgiver, HttpMethod.Get, $"/api/v1/arbeidsgiver/trekkpalegg?etter={etter}&antall={antall}", null, $"GET trekkpalegg {etter} {antall}");
        }
    }

    private async Task FuzzSkjemaerAsync(string kreditorsSak)
    {
        var idag = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System);
        var gyldigeBegjaringsfelt = new Dictionary<string, string>
        {
            ["Data.Referanse"] = "FUZZ-SKJEMA",
            ["Data.Type"] = "utlegg",
            ["Data.SkyldnerIdentifikator"] = KreditorApi.NyttFodselsnummer(),
            ["Data.SkyldnerNavn"] = "Fuzz Testesen",
            ["Data.SkyldnerAdresse"] = "Storgata 1",
            ["Data.SkyldnerPostnummer"] = "0155",
            ["Data.SkyldnerPoststed"] = "Oslo",
            ["Data.GrunnlagType"] = "skriftstykke",
            ["Data.GrunnlagForfall"] = idag.AddDays(-60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Data.VarselSendt"] = idag.AddDays(-50).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Data.Hovedstol"] = "12000",
            ["Data.Renter"] = "0",
            ["Data.Omkostninger"] = "0",
        };

        var anonym = app.Browser();
        foreach (var side in new[] { "/beregning/utleggstrekk", "/beregning/beslagsfritt-innskudd", "/beregning/rettsgebyr", "/beregning/forsinkelsesrente", "/beregning/fordeling", "/beregning/kontroll", "/konto/logg-inn" })
        {
            await FuzzSideAsync(anonym, side, [], 12);
        }

        var kreditor = app.Browser();
        await kreditor.LogInAsync("kreditor@namsmannen.test", DemoBrukere.Passord);
        await FuzzSideAsync(kreditor, "/kreditor/ny-begjaring", gyldigeBegjaringsfelt, 40);
        await FuzzSideAsync(kreditor, "/kreditor/saker/" + kreditorsSak, [], 30);

        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var saker = await db.Saker.Where(s => s.Kontor == "OSLO").GroupBy(s => s.Stadium).Select(g => g.OrderBy(s => s.Saksnummer).Select(s => new { s.Saksnummer, s.SkyldnerId }).First()).ToListAsync();
        var saksbehandler = app.Browser();
        await saksbehandler.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        // The case page's forms differ by stage; a few posts to each stage's forms (the page renders in about 80 ms).
        foreach (var sak in saker)
        {
            await FuzzSideAsync(saksbehandler, "/saksbehandling/saker/" + sak.Saksnummer, [], 3);
        }

        await FuzzSideAsync(saksbehandler, "/saksbehandling/skyldnere/" + saker[0].SkyldnerId, [], 15);
        var leder = app.Browser();
        await leder.LogInAsync("leder@namsmannen.test", DemoBrukere.Passord);
        await FuzzSideAsync(leder, "/leder", [], 10);

        // Hostile query strings and unknown handlers on the pages.
        foreach (var verdi in Skjemaverdier.Take(15))
        {
            var e = Uri.EscapeDataString(verdi);
            await SendAsync(leder, HttpMethod.Get, "/leder?kontor=" + e, null, "GET /leder?kontor=" + Vis(verdi));
            await SendAsync(saksbehandler, HttpMethod.Get, "/saksbehandling?sok=" + e + "&side=" + e + "&stadium=" + e + "&sorter=" + e, null, "GET /saksbehandling " + Vis(verdi));
            await SendAsync(kreditor, HttpMethod.Get, "/kreditor?side=" + e + "&sok=" + e, null, "GET /kreditor " + Vis(verdi));
        }

        foreach (var side in new[] { "/saksbehandling/saker/" + saker[0].Saksnummer, "/kreditor/ny-begjaring", "/beregning/rettsgebyr", "/leder" })
        {
            var klient = side.StartsWith("/kreditor", StringComparison.Ordinal) ? kreditor : side.StartsWith("/leder", StringComparison.Ordinal) ? leder : saksbehandler;
            await SendAsync(klient, HttpMethod.Get, side + "?handler=Nope", null, "GET " + side + "?handler=Nope");
            var dokument = await klient.GetDocumentAsync(side);
            var token = (dokument.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value ?? string.Empty;
            await SendAsync(klient, HttpMethod.Post, side + "?handler=Nope", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), "POST " + side + "?handler=Nope");
        }
    }

    /// <summary>Every post form of the page, each submitted several times with hostile values in random fields.</summary>
    private async Task FuzzSideAsync(HttpClient klient, string side, Dictionary<string, string> gyldige, int perSkjema)
    {
        var dokument = await klient.GetDocumentAsync(side);
        var skjemaer = dokument.QuerySelectorAll("form").OfType<IHtmlFormElement>().Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)).ToList();
        for (var s = 0; s < skjemaer.Count; s++)
        {
            var felt = skjemaer[s].Elements.Select(e => e.GetAttribute("name")).Where(n => !string.IsNullOrEmpty(n) && n != "__RequestVerificationToken").Distinct().ToList();
            if (felt.Count == 0)
            {
                continue;
            }

            skjemaer[s].Id = "fuzz-" + s.ToString(CultureInfo.InvariantCulture);
            for (var i = 0; i < perSkjema; i++)
            {
                var verdier = new Dictionary<string, string>(gyldige);
                foreach (var navn in felt.OrderBy(_ => random.Next()).Take(1 + random.Next(Math.Min(3, felt.Count))))
                {
                    verdier[navn!] = Skjemaverdier[random.Next(Skjemaverdier.Length)];
                }

                foresporsler++;
                var response = await klient.SubmitAsync(dokument, "#fuzz-" + s.ToString(CultureInfo.InvariantCulture), verdier);
                if ((int)response.StatusCode >= 500)
                {
                    feil.Add($"{(int)response.StatusCode} POST {side} skjema {s}: {string.Join(", ", verdier.Select(v => v.Key + "=" + Vis(v.Value)))}");
                }
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient klient, HttpMethod metode, string sti, HttpContent? innhold, string hva)
    {
        foresporsler++;
        var response = await klient.SendAsync(new HttpRequestMessage(metode, sti) { Content = innhold });
        if ((int)response.StatusCode >= 500)
        {
            feil.Add($"{(int)response.StatusCode} {metode} {sti}: {hva}");
        }

        return response;
    }

    /// <summary>Sends one mutated body; a batch gets a good item before it, which must be received whatever the bad one holds.</summary>
    private async Task SendMutertAsync(string navn, HttpClient klient, string sti, string tekst, string hva, string innholdstype, int lop)
    {
        string? gyldig = null;
        const string Start = "{\"begjaringer\":[";
        if (navn == "batch" && tekst.StartsWith(Start, StringComparison.Ordinal))
        {
            gyldig = "FUZZ-OK-" + lop.ToString(CultureInfo.InvariantCulture);
            tekst = Start + JsonSerializer.Serialize(KreditorApi.Begjaring(gyldig)) + "," + tekst[Start.Length..];
        }

        var metode = navn.StartsWith("PUT ", StringComparison.Ordinal) ? HttpMethod.Put : HttpMethod.Post;
        var response = await SendAsync(klient, metode, sti, new StringContent(tekst, Encoding.UTF8, innholdstype), $"{navn} {hva}");
        if (gyldig is not null && response.StatusCode == HttpStatusCode.OK)
        {
            var forste = (await response.JsonAsync()).GetProperty("kvitteringer")[0];
            if (forste.GetProperty("referanse").GetString() == gyldig && forste.GetProperty("status").GetString() != "MOTTATT")
            {
                feil.Add($"batch {hva}: the good item beside it was {forste.GetProperty("status").GetString()}");
            }
        }
    }

    /// <summary>Every value of the body but the body itself, in document order: objects, lists and leaves.</summary>
    private static List<JsonNode> Noder(JsonNode mal)
    {
        var noder = new List<JsonNode>();
        void Besok(JsonNode? node)
        {
            var barn = node switch
            {
                JsonObject objekt => objekt.Select(p => p.Value),
                JsonArray liste => liste.AsEnumerable(),
                _ => [],
            };
            foreach (var b in barn.OfType<JsonNode>())
            {
                noder.Add(b);
                Besok(b);
            }
        }

        Besok(mal);
        return noder;
    }

    /// <summary>The body with its value <paramref name="blad"/> set to the raw JSON <paramref name="verdi"/>, or left out when it is null.</summary>
    private static (string Tekst, string Hva) Sett(JsonNode mal, JsonNode blad, string? verdi)
    {
        var sti = blad.GetPath();
        const string Merke = "__FUZZ_VERDI__";
        switch (blad.Parent)
        {
            case JsonObject objekt when verdi is null:
                objekt.Remove(blad.GetPropertyName());
                return (mal.ToJsonString(), sti + " fjernet");
            case JsonArray liste when verdi is null:
                liste.RemoveAt(liste.IndexOf(blad));
                return (mal.ToJsonString(), sti + " fjernet");
            case JsonObject objekt:
                objekt[blad.GetPropertyName()] = Merke;
                break;
            case JsonArray liste:
                liste[liste.IndexOf(blad)] = Merke;
                break;
        }

        return (mal.ToJsonString().Replace("\"" + Merke + "\"", verdi ?? "null", StringComparison.Ordinal), sti + " = " + (verdi ?? "null"));
    }

    /// <summary>One mutation of a valid body: a leaf replaced by a hostile value, a field removed, or the whole body replaced.</summary>
    private (string Tekst, string Hva) Muter(JsonNode mal)
    {
        var blader = new List<JsonNode>();
        Samle(mal, blader);
        var valg = random.Next(10);
        if (valg == 0)
        {
            var hele = new[] { string.Empty, "null", "[]", "\"tekst\"", "{", "{\"a\":", Dyp(5000), "\u0000" }[random.Next(8)];
            return (hele, "hele kroppen " + Vis(hele));
        }

        var blad = blader[random.Next(blader.Count)];
        if (valg == 1 && blad.Parent is JsonObject)
        {
            return Sett(mal, blad, null);
        }

        var verdi = JsonVerdier[random.Next(JsonVerdier.Length)];
        if (blad.Parent is null)
        {
            return (verdi, "rot " + Vis(verdi));
        }

        var sti = blad.GetPath();
        return (Sett(mal, blad, verdi).Tekst, sti + " = " + Vis(verdi));
    }

    private static void Samle(JsonNode? node, List<JsonNode> blader)
    {
        switch (node)
        {
            case JsonObject objekt:
                foreach (var (_, barn) in objekt)
                {
                    Samle(barn, blader);
                }

                break;
            case JsonArray liste:
                foreach (var barn in liste)
                {
                    Samle(barn, blader);
                }

                break;
            case JsonValue verdi:
                blader.Add(verdi);
                break;
        }
    }

    private static string Dyp(int dybde) => string.Concat(Enumerable.Repeat("{\"a\":", dybde)) + "1" + new string('}', dybde);

    private static string Vis(string verdi) => verdi.Length > 40 ? JsonSerializer.Serialize(verdi[..40]) + $"…({verdi.Length})" : JsonSerializer.Serialize(verdi);

    private static async Task<string> NySakAsync(HttpClient api, string referanse)
    {
        var response = await api.SendBatchAsync(KreditorApi.Begjaring(referanse));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.JsonAsync()).GetProperty("kvitteringer")[0].GetProperty("saksnummer").GetString()!;
    }

    /// <summary>Every case has its audit line and its feed event; every submission's counts add up and it is finished.</summary>
    private async Task IngentingHalvskrevetAsync()
    {
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        (await db.Saker.CountAsync(s => !db.SaksHendelser.Any(h => h.SakId == s.Id))).ShouldBe(0, "a case without its audit line");
        (await db.Saker.CountAsync(s => s.KreditorReferanse.StartsWith("FUZZ") && !db.KreditorHendelser.Any(h => h.SakId == s.Id))).ShouldBe(0, "a case without its feed event");
        var innsendinger = await db.Innsendinger.ToListAsync();
        innsendinger.ShouldAllBe(i => i.Mottatt + i.Avvist + i.Duplikat == i.Behandlet && i.Behandlet == i.AntallRader && i.Status == "FERDIG");
        var mottatt = innsendinger.Where(i => i.Kanal == "API").Sum(i => i.Mottatt);
        (await db.SaksHendelser.CountAsync(h => h.Type == "BEGJARING_MOTTATT" && h.Beskrivelse.StartsWith("Begjæring mottatt gjennom API-et"))).ShouldBe(mottatt, "every MOTTATT receipt is one case");
    }
}
