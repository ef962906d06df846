using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Api;

/// <summary>The status feed, one case's status and the creditor's amendments, and that no creditor reaches another's.</summary>
public sealed class KreditorSakApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<string> NySakAsync(HttpClient client, string referanse, decimal hovedstol = 12_000.50m)
    {
        var svar = await (await client.SendBatchAsync(KreditorApi.Begjaring(referanse, hovedstol: hovedstol))).JsonAsync();
        svar.GetProperty("kvitteringer")[0].GetProperty("status").GetString().ShouldBe("MOTTATT", svar.GetRawText());
        return svar.GetProperty("kvitteringer")[0].GetProperty("saksnummer").GetString()!;
    }

    [Fact]
    public async Task The_creditor_sets_the_order_a_payment_covers_and_the_next_payment_follows_it()
    {
        var client = app.DemoKlient();
        var saksnummer = await NySakAsync(client, "REKKE-1");

        var feil = await client.PutAsJsonAsync($"/api/v1/saker/{saksnummer}/avregningsrekkefolge", new { rekkefolge = new[] { "hovedstol", "renter", "gebyr", "omkostninger" } });
        feil.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await feil.JsonAsync()).GetProperty("errors").GetProperty("rekkefolge[2]")[0].GetString().ShouldBe("«gebyr» er ikke en del av kravet. Bruk hovedstol, renter, omkostninger og rettsgebyr.");
        var dobbel = await client.PutAsJsonAsync($"/api/v1/saker/{saksnummer}/avregningsrekkefolge", new { rekkefolge = new[] { "hovedstol", "hovedstol", "renter", "omkostninger" } });
        (await dobbel.JsonAsync()).GetProperty("errors").GetProperty("rekkefolge")[0].GetString().ShouldBe("Rekkefølgen må ha hver del av kravet nøyaktig én gang: hovedstol, renter, omkostninger og rettsgebyr.");

        var satt = await (await client.PutAsJsonAsync($"/api/v1/saker/{saksnummer}/avregningsrekkefolge", new { rekkefolge = new[] { "HOVEDSTOL", "renter", "omkostninger", "rettsgebyr" } })).JsonAsync();
        satt.GetProperty("rekkefolge").EnumerateArray().Select(e => e.GetString()).ShouldBe(["HOVEDSTOL", "RENTER", "OMKOSTNINGER", "RETTSGEBYR"]);
        satt.GetProperty("standard").GetBoolean().ShouldBeFalse();
        await client.PostAsJsonAsync($"/api/v1/saker/{saksnummer}/betalinger", new { belop = 3_000m, dato = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System).ToString("yyyy-MM-dd") });

        var konto = await (await client.GetAsync($"/api/v1/saker/{saksnummer}/kontoutskrift")).JsonAsync();
        konto.GetProperty("rekkefolge")[0].GetString().ShouldBe("HOVEDSTOL");
        konto.GetProperty("poster").EnumerateArray().Where(p => p.GetProperty("type").GetString() == "BETALING")
            .Select(p => (p.GetProperty("komponent").GetString(), p.GetProperty("belop").GetDecimal())).ShouldBe([("HOVEDSTOL", -3_000m)], "the creditor's order: the principal first");
        await using (var db = TestPostgres.CreateDbContext(app.DatabaseName))
        {
            (await db.SaksHendelser.Where(h => db.Saker.Any(s => s.Id == h.SakId && s.Saksnummer == saksnummer) && h.Type == "AVREGNINGSREKKEFOLGE_SATT").Select(h => h.Beskrivelse).ToListAsync())
                .ShouldBe(["Kreditor har bestemt at innbetalinger dekker hovedstol, renter, omkostninger, rettsgebyr, i den rekkefølgen."]);
        }

        var standard = await (await client.PutAsJsonAsync($"/api/v1/saker/{saksnummer}/avregningsrekkefolge", new { rekkefolge = Array.Empty<string>() })).JsonAsync();
        standard.GetProperty("rekkefolge").EnumerateArray().Select(e => e.GetString()).ShouldBe(["OMKOSTNINGER", "RETTSGEBYR", "RENTER", "HOVEDSTOL"]);
        var (annenNokkel, _) = await app.AnnenKreditorAsync();
        (await app.ApiKlient(annenNokkel).PutAsJsonAsync($"/api/v1/saker/{saksnummer}/avregningsrekkefolge", new { rekkefolge = Array.Empty<string>() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_kontoutskrift_gives_the_balance_by_component_and_every_entry_with_the_balance_after_it()
    {
        var client = app.DemoKlient();
        var saksnummer = await NySakAsync(client, "KONTO-1");
        await client.PostAsJsonAsync($"/api/v1/saker/{saksnummer}/betalinger", new { belop = 3_000m, dato = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System).ToString("yyyy-MM-dd") });

        var konto = await (await client.GetAsync($"/api/v1/saker/{saksnummer}/kontoutskrift")).JsonAsync();

        var status = await (await client.GetAsync($"/api/v1/saker/{saksnummer}")).JsonAsync();
        var saldo = konto.GetProperty("saldo");
        saldo.GetProperty("sum").GetDecimal().ShouldBe(status.GetProperty("utestaende").GetDecimal(), "received today: no interest yet, so the balance is what the status says");
        (saldo.GetProperty("hovedstol").GetDecimal() + saldo.GetProperty("renter").GetDecimal() + saldo.GetProperty("omkostninger").GetDecimal() + saldo.GetProperty("rettsgebyr").GetDecimal())
            .ShouldBe(saldo.GetProperty("sum").GetDecimal());
        var poster = konto.GetProperty("poster").EnumerateArray().ToList();
        poster.Select(p => p.GetProperty("type").GetString()).Distinct().ShouldBe(["KRAV", "BETALING"]);
        poster.Where(p => p.GetProperty("type").GetString() == "BETALING").Sum(p => p.GetProperty("belop").GetDecimal()).ShouldBe(-3_000m);
        poster[^1].GetProperty("saldo").GetDecimal().ShouldBe(saldo.GetProperty("sum").GetDecimal());
        poster.Sum(p => p.GetProperty("belop").GetDecimal()).ShouldBe(saldo.GetProperty("sum").GetDecimal(), "the entries sum to the balance");

        var (annenNokkel, _) = await app.AnnenKreditorAsync();
        (await app.ApiKlient(annenNokkel).GetAsync($"/api/v1/saker/{saksnummer}/kontoutskrift")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_feed_gives_the_creditors_own_events_in_increasing_order_and_a_client_resumes_where_it_stopped()
    {
        var client = app.DemoKlient();
        var alle = new List<JsonElement>();
        long etter = 0;
        while (true)
        {
            var side = await (await client.GetAsync($"/api/v1/hendelser?etter={etter}&antall=50")).JsonAsync();
            var hendelser = side.GetProperty("hendelser").EnumerateArray().ToList();
            if (hendelser.Count == 0)
            {
                side.GetProperty("neste").GetInt64().ShouldBe(etter);
                break;
            }

            alle.AddRange(hendelser);
            etter = side.GetProperty("neste").GetInt64();
            etter.ShouldBe(hendelser[^1].GetProperty("sekvens").GetInt64());
        }

        var sekvenser = alle.Select(h => h.GetProperty("sekvens").GetInt64()).ToList();
        sekvenser.ShouldBe(sekvenser.Order().Distinct().ToList(), "strictly increasing");
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var demo = await app.DemoKreditorAsync();
        var egne = await db.Saker.Where(s => s.KreditorId == demo).Select(s => s.Saksnummer).ToListAsync();
        alle.Select(h => h.GetProperty("saksnummer").GetString()).ShouldAllBe(nr => egne.Contains(nr!));
        alle.Count.ShouldBeGreaterThan(0);

        // A payment in full: two new events after where the client stopped, with the amounts after the payment.
        var saksnummer = await NySakAsync(client, "F1-BETALT", 1_000m);
        var betalt = await client.PostAsJsonAsync($"/api/v1/saker/{saksnummer}/betalinger", new { belop = 2_010.25m });
        betalt.StatusCode.ShouldBe(HttpStatusCode.OK, await betalt.Content.ReadAsStringAsync());

        var nye = (await (await client.GetAsync($"/api/v1/hendelser?etter={etter}")).JsonAsync()).GetProperty("hendelser").EnumerateArray().ToList();
        nye.Select(h => (h.GetProperty("saksnummer").GetString(), h.GetProperty("type").GetString(), h.GetProperty("stadium").GetString()))
            .ShouldBe([(saksnummer, "BEGJARING_MOTTATT", "BEGJARING_MOTTATT"), (saksnummer, "BETALING_REGISTRERT", "AVSLUTTET"), (saksnummer, "REGISTRER_FULL_BETALING", "AVSLUTTET")]);
        nye[0].GetProperty("referanse").GetString().ShouldBe("F1-BETALT");
        nye[2].GetProperty("innbetalt").GetDecimal().ShouldBe(2_010.25m);
        nye[2].GetProperty("utestaende").GetDecimal().ShouldBe(0m);
        nye[0].GetProperty("sekvens").GetInt64().ShouldBeGreaterThan(etter);
    }

    [Fact]
    public async Task A_creditors_amendments_go_through_the_same_rules_as_the_caseworkers()
    {
        var client = app.DemoKlient();

        var delvis = await NySakAsync(client, "F2-DELVIS");
        var status = await (await client.PostAsJsonAsync($"/api/v1/saker/{delvis}/betalinger", new { belop = 3_000m, dato = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System).ToString("yyyy-MM-dd") })).JsonAsync();
        (status.GetProperty("innbetalt").GetDecimal(), status.GetProperty("utestaende").GetDecimal(), status.GetProperty("stadium").GetString()).ShouldBe((3_000m, 10_010.75m, "BEGJARING_MOTTATT"));
        var forMye = await client.PostAsJsonAsync($"/api/v1/saker/{delvis}/betalinger", new { belop = 20_000m });
        forMye.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await forMye.JsonAsync()).GetProperty("detail").GetString().ShouldBe("Beløpet er større enn det som er utestående (10\u00a0010,75 kr). Registrer utestående beløp og tilbakebetal resten.");

        var redusert = await (await client.PostAsJsonAsync($"/api/v1/saker/{delvis}/kravreduksjon", new { hovedstol = 10_000m, renter = 0m, omkostninger = 700m })).JsonAsync();
        (redusert.GetProperty("kravSum").GetDecimal(), redusert.GetProperty("utestaende").GetDecimal()).ShouldBe((10_700m, 7_700m));
        var okt = await client.PostAsJsonAsync($"/api/v1/saker/{delvis}/kravreduksjon", new { hovedstol = 11_000m, renter = 0m, omkostninger = 700m });
        okt.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        // Utsettelse is possible once the begjæring is accepted; before that the transition table says no.
        var utsatt = await client.PostAsJsonAsync($"/api/v1/saker/{delvis}/utsettelse", new { til = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System).AddDays(30).ToString("yyyy-MM-dd"), begrunnelse = "Nedbetalingsavtale" });
        utsatt.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await utsatt.JsonAsync()).GetProperty("detail").GetString().ShouldBe("«Registrer utsettelse fra kreditor» er ikke mulig når saken har stadium «Begjæring mottatt».");
        var ugyldigDato = await client.PostAsJsonAsync($"/api/v1/saker/{delvis}/utsettelse", new { til = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System).AddDays(-1).ToString("yyyy-MM-dd") });
        ugyldigDato.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ugyldigDato.JsonAsync()).GetProperty("errors").GetProperty("til")[0].GetString().ShouldBe("Utsettelsen må gjelde til en dato frem i tid.");

        var trukket = await (await client.PostAsJsonAsync($"/api/v1/saker/{delvis}/tilbaketrekking", new { begrunnelse = "Betalt til oss" })).JsonAsync();
        trukket.GetProperty("stadium").GetString().ShouldBe("AVSLUTTET");
        trukket.GetProperty("historikk").EnumerateArray().Select(h => h.GetProperty("type").GetString())
            .ShouldBe(["BEGJARING_MOTTATT", "BETALING_REGISTRERT", "KRAV_REDUSERT", "TREKK_TILBAKE"]);

        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var sak = await db.Saker.SingleAsync(s => s.Saksnummer == delvis);
        (sak.Stadium, sak.Innbetalt, sak.Krav).ShouldBe((Saksstadium.Avsluttet, new Belop(3_000m), new Belop(10_700m)));
        var revisjon = await db.SaksHendelser.Where(h => h.SakId == sak.Id).OrderBy(h => h.Id).Select(h => h.Type).ToListAsync();
        revisjon.ShouldBe(["BEGJARING_MOTTATT", "BETALING_REGISTRERT", "KRAV_REDUSERT", "TREKK_TILBAKE"]);
    }

    [Fact]
    public async Task Another_creditor_gets_404_on_every_endpoint_for_this_creditors_identifiers_and_changes_nothing()
    {
        var demo = app.DemoKlient();
        var batch = await (await demo.SendBatchAsync(KreditorApi.Begjaring("F3-ISOLERT"))).JsonAsync();
        var saksnummer = batch.GetProperty("kvitteringer")[0].GetProperty("saksnummer").GetString()!;
        var innsending = batch.GetProperty("innsendingId").GetGuid();
        var (nokkel, _) = await app.AnnenKreditorAsync();
        var annen = app.ApiKlient(nokkel);

        var forsok = new List<(string, Task<HttpResponseMessage>)>
        {
            ("GET saker", annen.GetAsync($"/api/v1/saker/{saksnummer}")),
            ("GET innsendinger", annen.GetAsync($"/api/v1/innsendinger/{innsending}")),
            ("betalinger", annen.PostAsJsonAsync($"/api/v1/saker/{saksnummer}/betalinger", new { belop = 100m })),
            ("kravreduksjon", annen.PostAsJsonAsync($"/api/v1/saker/{saksnummer}/kravreduksjon", new { hovedstol = 1m, renter = 0m, omkostninger = 0m })),
            ("utsettelse", annen.PostAsJsonAsync($"/api/v1/saker/{saksnummer}/utsettelse", new { til = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System).AddDays(10).ToString("yyyy-MM-dd") })),
            ("tilbaketrekking", annen.PostAsJsonAsync($"/api/v1/saker/{saksnummer}/tilbaketrekking", new { begrunnelse = "x" })),
        };
        foreach (var (navn, svar) in forsok)
        {
            var response = await svar;
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, navn);
            (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldNotContain("F3-ISOLERT");
        }

        // The same referanse from another creditor is that creditor's own case, not a duplicate of this one.
        var egen = await (await annen.SendBatchAsync(KreditorApi.Begjaring("F3-ISOLERT"))).JsonAsync();
        egen.GetProperty("kvitteringer")[0].GetProperty("status").GetString().ShouldBe("MOTTATT");
        egen.GetProperty("kvitteringer")[0].GetProperty("saksnummer").GetString().ShouldNotBe(saksnummer);

        var feed = await (await annen.GetAsync("/api/v1/hendelser?antall=1000")).JsonAsync();
        feed.GetProperty("hendelser").EnumerateArray().Select(h => h.GetProperty("saksnummer").GetString()).ShouldNotContain(saksnummer);

        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var sak = await db.Saker.SingleAsync(s => s.Saksnummer == saksnummer);
        (sak.Stadium, sak.Innbetalt, sak.Hovedstol).ShouldBe((Saksstadium.BegjaringMottatt, new Belop(0m), new Belop(12_000.50m)));
    }
}

/// <summary>The per-client rate limit, with a small bucket so the test is quick.</summary>
public sealed class ApiGrenseTests(ApiGrenseTests.LitenKvote app) : IClassFixture<ApiGrenseTests.LitenKvote>
{
    public sealed class LitenKvote : AppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Api:Grenser:Burst", "3");
            builder.UseSetting("Api:Grenser:ForesporslerPerSekund", "0.01");
        }
    }

    /// <summary>A second instance of the app over the same database, as behind a load balancer.</summary>
    private sealed class LitenKvoteSammeDatabase(string database, string nokkel) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        public HttpClient ApiKlient(string n)
        {
            var client = CreateClient();
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", n);
            return client;
        }

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            _ = nokkel;
            Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions.UseEnvironment(builder, "Testing");
            builder.UseSetting("ConnectionStrings:Namsmannen", TestPostgres.ConnectionString(database));
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.UseSetting("Serilog:MinimumLevel", "Warning");
            builder.UseSetting("Api:Grenser:Burst", "3");
            builder.UseSetting("Api:Grenser:ForesporslerPerSekund", "0.01");
        }
    }

    [Fact]
    public async Task Past_its_quota_a_client_gets_429_with_retry_after_and_nothing_is_stored()
    {
        var client = app.DemoKlient();
        var svar = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            svar.Add(await client.SendBatchAsync(KreditorApi.Begjaring($"G-{i}")));
        }

        svar.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(3, string.Join(", ", svar.Select(r => (int)r.StatusCode)) + await svar[0].Content.ReadAsStringAsync());
        var avvist = svar.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        avvist.Headers.RetryAfter.ShouldNotBeNull();
        var problem = await avvist.JsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("For mange forespørsler.");
        problem.GetProperty("detail").GetString()!.ShouldEndWith("Ingenting i denne forespørselen er lagret.");

        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        (await db.Saker.CountAsync(s => s.KreditorReferanse.StartsWith("G-"))).ShouldBe(svar.Count(r => r.StatusCode == HttpStatusCode.OK));

        // Another creditor has its own quota; another key of the same creditor shares it, and so does another instance
        // of the app, since the bucket is in the database (issue 12, M4).
        var (nokkel, _) = await app.AnnenKreditorAsync();
        (await app.ApiKlient(nokkel).GetAsync("/api/v1/hendelser")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var nyNokkel = await app.NyNokkelAsync(await app.DemoKreditorAsync());
        (await app.ApiKlient(nyNokkel).GetAsync("/api/v1/hendelser")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        await using var annenInstans = new LitenKvoteSammeDatabase(app.DatabaseName, app.DemoNokkel);
        (await annenInstans.ApiKlient(app.DemoNokkel).GetAsync("/api/v1/hendelser")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
