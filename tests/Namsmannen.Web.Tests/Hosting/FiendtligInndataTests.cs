using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Hosting;

/// <summary>Issue 12, H2, H5 and M3: hostile text, far dates and huge sums are refused by field, never a 500.</summary>
public sealed class FiendtligInndataTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("\\u0000")]
    [InlineData("\\ud800")]
    [InlineData("x\\udfff")]
    [InlineData("\\u001b[31m")]
    public async Task A_hostile_character_in_one_item_refuses_that_item_by_field_and_the_other_is_received(string escape)
    {
        var id = Convert.ToHexString(Encoding.UTF8.GetBytes(escape));
        var god = KreditorApi.Begjaring("TEGN-OK-" + id);
        var body = "{\"begjaringer\":[" + System.Text.Json.JsonSerializer.Serialize(god) + ","
            + System.Text.Json.JsonSerializer.Serialize(KreditorApi.Begjaring("TEGN-" + id)).Replace("\"Storgata 1\"", "\"Storgata " + escape + "\"", StringComparison.Ordinal)
                .Replace("\"referanse\":\"TEGN-", "\"referanse\":\"" + escape + "TEGN-", StringComparison.Ordinal) + "]}";

        var response = await app.DemoKlient().PostAsync("/api/v1/begjaringer/batch", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var kvitteringer = (await response.JsonAsync()).GetProperty("kvitteringer");
        kvitteringer[0].GetProperty("status").GetString().ShouldBe("MOTTATT");
        kvitteringer[1].GetProperty("status").GetString().ShouldBe("AVVIST");
        var feil = kvitteringer[1].GetProperty("feil").EnumerateArray().Select(f => (f.GetProperty("felt").GetString(), f.GetProperty("kode").GetString())).ToList();
        feil.ShouldBe([("referanse", "UGYLDIGE_TEGN"), ("skyldner.adresse", "UGYLDIGE_TEGN")]);
        kvitteringer[1].GetProperty("referanse").GetString()!.ShouldEndWith("TEGN-" + id);
        kvitteringer[1].GetProperty("referanse").GetString()!.ShouldContain("\uFFFD");
    }

    [Fact]
    public async Task A_far_date_and_an_implausible_sum_are_refused_with_their_codes()
    {
        var fjern = KreditorApi.Begjaring("FJERN-DATO");
        ((Dictionary<string, object?>)fjern["grunnlag"]!)["forfall"] = "9999-12-31";
        var stor = KreditorApi.Begjaring("STOR-SUM", hovedstol: 9_999_999_999m);
        ((Dictionary<string, object?>)stor["krav"]!)["renter"] = 999_999m;

        var kvitteringer = (await (await app.DemoKlient().SendBatchAsync(fjern, stor)).JsonAsync()).GetProperty("kvitteringer");

        kvitteringer[0].GetProperty("feil")[0].GetProperty("kode").GetString().ShouldBe("DATO_UTENFOR_GRENSENE");
        kvitteringer[0].GetProperty("feil")[0].GetProperty("felt").GetString().ShouldBe("grunnlag.forfall");
        kvitteringer[1].GetProperty("feil")[0].GetProperty("kode").GetString().ShouldBe("KRAV_FOR_STORT");
    }

    [Theory]
    [InlineData("/api/v1/kontroll/tvangskraft", """{"dato":"2026-12-02","grunnlag":{"type":"dom","forkynt":"0001-01-01"}}""", "grunnlag.forkynt", "Datoen må ligge mellom 01.01.1900 og 31.12.2199.")]
    [InlineData("/api/v1/kontroll/tvangskraft", """{"dato":"9999-12-31","grunnlag":{"type":"dom","forkynt":"2025-01-01"}}""", "dato", "Datoen må ligge mellom 01.01.1900 og 31.12.2199.")]
    [InlineData("/api/v1/kontroll/tvangskraft", """{"dato":"2026-12-02","grunnlag":{"forkynt":"2025-01-01"}}""", "grunnlag.type", "Oppgi typen tvangsgrunnlag. Gyldige: dom, kjennelse, rettsforlik, forlik_i_forliksradet, voldgiftsdom, vedtatt_forelegg, eksigibelt_gjeldsbrev, annen_lov, skriftstykke, utleggspant, legalpant, avtalepant, salgspant.")]
    [InlineData("/api/v1/kontroll/tvangskraft", """{"dato":"2026-12-02","grunnlag":{"type":null,"forkynt":"2025-01-01"}}""", "grunnlag.type", "Oppgi typen tvangsgrunnlag. Gyldige: dom, kjennelse, rettsforlik, forlik_i_forliksradet, voldgiftsdom, vedtatt_forelegg, eksigibelt_gjeldsbrev, annen_lov, skriftstykke, utleggspant, legalpant, avtalepant, salgspant.")]
    [InlineData("/api/v1/beregninger/rettsgebyr", """{"steg":null,"dato":"2026-01-01"}""", "steg", "Velg et steg: utlegg, tvangssalg_losore_begjaering, tvangssalg_losore_gjennomfort, tilbakelevering, tvangssalg_fast_eiendom_begjaering, tvangssalg_fast_eiendom_gjennomfort, klage.")]
    [InlineData("/api/v1/beregninger/utleggstrekk", """{"dato":"2026-12-02","nettoInntektPerManed":40000,"sivilstand":"enslig","barnAlder":[],"samvaer":[null],"boutgifter":12000}""", "samvaer[0]", "Oppgi alder og samværsklasse for hvert samværsbarn.")]
    [InlineData("/api/v1/beregninger/fordeling", """{"dato":"2026-12-02","salgssum":100000,"heftelser":null}""", "heftelser", "Oppgi heftelsene som en liste, eller en tom liste.")]
    [InlineData("/api/v1/beregninger/fordeling", """{"dato":"2026-12-02","salgssum":100000,"heftelser":[null]}""", "heftelser", "Oppgi id, type, prioritet og krav for hver heftelse.")]
    [InlineData("/api/v1/beregninger/rettsgebyr", """{"dato":"2026-01-01"}""", "steg", "Velg et steg: utlegg, tvangssalg_losore_begjaering, tvangssalg_losore_gjennomfort, tilbakelevering, tvangssalg_fast_eiendom_begjaering, tvangssalg_fast_eiendom_gjennomfort, klage.")]
    [InlineData("/api/v1/beregninger/forsinkelsesrente", """{"hovedstol":1e30,"fra":"2024-01-01","til":"2025-01-01"}""", "hovedstol", "Oppgi beløpet som et JSON-tall i kroner, for eksempel 12000.50.")]
    [InlineData("/api/v1/beregninger/forsinkelsesrente", """{"hovedstol":1000000000000,"fra":"2024-01-01","til":"2025-01-01"}""", "hovedstol", "Beløpet er større enn 999 999 999 999,99 kr.")]
    [InlineData("/api/v1/beregninger/rettsgebyr", """{"steg":"utlegg\u0000","dato":"2026-01-01"}""", "steg", "Teksten inneholder tegn som ikke er tillatt (kontrolltegn eller ugyldig Unicode).")]
    public async Task The_calculators_answer_a_hostile_value_with_a_400_naming_the_field(string sti, string json, string felt, string melding)
    {
        var response = await app.CreateClient().PostAsync(sti, new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("errors").GetProperty(felt)[0].GetString().ShouldBe(melding);
    }

    [Fact]
    public async Task An_anonymous_body_above_64_KB_is_refused_before_it_is_read()
    {
        var stor = "{\"nummer\":\"" + new string('1', 100_000) + "\"}";

        var response = await app.CreateClient().PostAsync("/api/v1/kontroll/fodselsnummer", new StringContent(stor, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.Replace((char)0xA0, (char)0x20).ShouldEndWith("grensen for dette endepunktet er 65 536 byte. Ingenting er lagret.");
    }

    [Fact]
    public async Task An_unknown_office_an_unknown_handler_and_a_NUL_in_a_form_are_400_or_404_with_a_message()
    {
        var leder = app.Browser();
        await leder.LogInAsync("admin@namsmannen.test", DemoBrukere.Passord);

        var ukjent = await leder.GetDocumentAsync("/leder?kontor=UKJENT", HttpStatusCode.BadRequest);
        ukjent.QuerySelector("main p")!.TextContent.ShouldBe("Velg et kontor fra listen.");
        await leder.GetDocumentAsync("/leder?handler=Nope", HttpStatusCode.NotFound);
        (await leder.PostAsync("/leder?handler=Nope", new FormUrlEncodedContent([]))).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest);

        var kreditor = app.Browser();
        await kreditor.LogInAsync("kreditor@namsmannen.test", DemoBrukere.Passord);
        var skjema = await kreditor.GetDocumentAsync("/kreditor/ny-begjaring");
        var svar = await kreditor.SubmitAsync(skjema, "main form", new Dictionary<string, string> { ["Data.SkyldnerNavn"] = "Ola\u0000Nordmann" });
        svar.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await svar.ParseAsync()).QuerySelector("main p")!.TextContent.ShouldStartWith("Feltet «");
    }
}

/// <summary>Issue 12, H4 and M9: readiness tells of a stuck CSV queue.</summary>
public sealed class DriftshelseTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Readiness_goes_degraded_when_a_CSV_file_has_waited_too_long()
    {
        await app.SatserForIDagAsync();
        (await (await app.Browser().GetAsync("/health/ready")).Content.ReadAsStringAsync()).ShouldBe("Healthy");
        await using (var db = Namsmannen.Application.Tests.Infrastructure.TestPostgres.CreateDbContext(app.DatabaseName))
        {
            var kreditor = await app.DemoKreditorAsync();
            db.Innsendinger.Add(new Namsmannen.Application.Data.Portal.Innsending
            {
                Id = Guid.NewGuid(),
                KreditorId = kreditor,
                Kanal = "CSV",
                Opprettet = DateTimeOffset.UtcNow.AddHours(-1),
                OpprettetAvNavn = "Test",
                Status = "VENTER",
                Filnavn = "stuck.csv",
                AntallRader = 1,
                NesteForsok = DateTimeOffset.UtcNow.AddDays(1),
            });
            await db.SaveChangesAsync();
        }

        var svar = await app.Browser().GetAsync("/health/ready");

        svar.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await svar.Content.ReadAsStringAsync()).ShouldBe("Degraded");
    }
}

/// <summary>Issue 18: readiness tells of an outbox that has failed messages or has stood still.</summary>
public sealed class UtboksHelseTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Readiness_goes_degraded_when_a_notice_has_failed_and_healthy_again_when_it_is_sent_again()
    {
        await app.SatserForIDagAsync();
        (await (await app.Browser().GetAsync("/health/ready")).Content.ReadAsStringAsync()).ShouldBe("Healthy");
        await using var db = Namsmannen.Application.Tests.Infrastructure.TestPostgres.CreateDbContext(app.DatabaseName);
        var id = await db.Utsendinger.OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
        await db.Utsendinger.Where(u => u.Id == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, Namsmannen.Application.Data.Utboks.Utsendingsstatus.Feilet));

        var svar = await app.Browser().GetAsync("/health/ready");

        svar.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await svar.Content.ReadAsStringAsync()).ShouldBe("Degraded");
        await db.Utsendinger.Where(u => u.Id == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, Namsmannen.Application.Data.Utboks.Utsendingsstatus.Kvittert));
        (await (await app.Browser().GetAsync("/health/ready")).Content.ReadAsStringAsync()).ShouldBe("Healthy");

        await db.Utsendinger.Where(u => u.Status == Namsmannen.Application.Data.Utboks.Utsendingsstatus.Venter).ExecuteUpdateAsync(u => u.SetProperty(x => x.Opprettet, DateTimeOffset.UtcNow.AddHours(-2)));
        (await (await app.Browser().GetAsync("/health/ready")).Content.ReadAsStringAsync()).ShouldBe("Degraded", "a message waiting two hours means the worker is not sending");
    }
}

/// <summary>Issue 12, H5: a sale sum of 10^12 in the caseworker's sale form is a field error, not a 500.</summary>
public sealed class SalgsskjemaTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_sale_sum_of_ten_to_the_twelfth_is_refused_by_field_and_nothing_is_registered()
    {
        await using var db = Namsmannen.Application.Tests.Infrastructure.TestPostgres.CreateDbContext(app.DatabaseName);
        var (saksnummer, _) = await app.NySakAsync(Namsmannen.Domain.Saker.Saksstadium.Tvangssalg);
        var client = app.Browser();
        await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var svar = await client.UtforAsync(saksnummer, "salg", new Dictionary<string, string> { ["Data.Salgssum"] = "1 000 000 000 000", ["Data.Salgsomkostninger"] = "0", ["Data.SaksokerPrioritet"] = "1" });

        svar.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await svar.ParseAsync()).QuerySelector(".feiloppsummering")!.TextContent.ShouldContain("Beløpet er større enn 999 999 999 999,99 kr.");
        (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Fordelinger, f => db.Saker.Any(s => s.Id == f.SakId && s.Saksnummer == saksnummer))).ShouldBe(0);
    }
}

/// <summary>Issue 12, M2: a second creditor's different address for a known debtor is kept with its case and shown, not lost.</summary>
public sealed class AvvikendeAdresseTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_case_page_shows_the_address_the_creditor_gave_when_it_differs_and_the_register_is_not_overwritten()
    {
        var fnr = KreditorApi.NyttFodselsnummer();
        var forste = KreditorApi.Begjaring("ADR-1", fnr);
        await app.DemoKlient().SendBatchAsync(forste);
        var (annenNokkel, _) = await app.AnnenKreditorAsync();
        var andre = KreditorApi.Begjaring("ADR-2", fnr);
        ((Dictionary<string, object?>)andre["skyldner"]!)["adresse"] = "Nygata 9";
        var andreKvittering = (await (await app.ApiKlient(annenNokkel).SendBatchAsync(andre)).JsonAsync()).GetProperty("kvitteringer")[0];
        andreKvittering.TryGetProperty("merknader", out _).ShouldBeFalse("an address Posten knows gives a receipt as before");
        var saksnummer = andreKvittering.GetProperty("saksnummer").GetString();
        var client = app.Browser();
        await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);

        var side = await client.GetDocumentAsync("/saksbehandling/saker/" + saksnummer);

        side.QuerySelector("#avvikende-adresse")!.TextContent.ShouldBe("Kreditor oppga en annen adresse: Nygata 9, 0155 Oslo. Kontroller adressen i Folkeregisteret.");
        await using var db = Namsmannen.Application.Tests.Infrastructure.TestPostgres.CreateDbContext(app.DatabaseName);
        (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Skyldnere, s => s.Identifikator == fnr)).Adresse.ShouldBe("Storgata 1");
    }

    [Fact]
    public async Task The_case_page_flags_a_postnummer_Posten_does_not_have_and_the_case_is_with_the_office_of_its_poststed()
    {
        var begjaring = KreditorApi.Begjaring("ADR-9999", KreditorApi.NyttFodselsnummer());
        ((Dictionary<string, object?>)begjaring["skyldner"]!)["postnummer"] = "9999";
        var validert = (await (await app.DemoKlient().PostAsJsonAsync("/api/v1/begjaringer/batch?valider=true", new { begjaringer = new[] { begjaring } })).JsonAsync()).GetProperty("kvitteringer")[0];
        var kvittering = (await (await app.DemoKlient().SendBatchAsync(begjaring)).JsonAsync()).GetProperty("kvitteringer")[0];
        kvittering.GetProperty("status").GetString().ShouldBe("MOTTATT");
        // The creditor is told too, in the receipt and in a validation alike, so its own records can be put right.
        foreach (var svar in new[] { kvittering, validert })
        {
            var merknad = svar.GetProperty("merknader").EnumerateArray().Single();
            (merknad.GetProperty("felt").GetString(), merknad.GetProperty("kode").GetString(), merknad.GetProperty("melding").GetString()).ShouldBe(("skyldner.postnummer", "POSTNUMMER_UKJENT",
                "Postnummeret 9999 finnes ikke i Postens postnummerregister. Begjæringen er mottatt, og namsmannen kontrollerer adressen. Rett den også hos dere."));
        }

        var client = app.Browser();
        await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);

        var side = await client.GetDocumentAsync("/saksbehandling/saker/" + kvittering.GetProperty("saksnummer").GetString());

        side.QuerySelector("#adressemerknad")!.TextContent.ShouldBe("Postnummer 9999 finnes ikke i Postens postnummerregister (per 22. januar 2026). Kontroller adressen i Folkeregisteret før brev sendes dit.");
        side.QuerySelector("#avvikende-adresse").ShouldBeNull();
    }

    [Fact]
    public async Task The_caseworker_corrects_the_flagged_address_on_the_debtors_page_and_the_notice_goes()
    {
        var begjaring = KreditorApi.Begjaring("ADR-RETT", KreditorApi.NyttFodselsnummer());
        ((Dictionary<string, object?>)begjaring["skyldner"]!)["postnummer"] = "0999";
        var kvitteringer = (await (await app.DemoKlient().SendBatchAsync(begjaring, KreditorApi.Begjaring("ADR-REN", KreditorApi.NyttFodselsnummer()))).JsonAsync()).GetProperty("kvitteringer");
        var (saksnummer, ren) = (kvitteringer[0].GetProperty("saksnummer").GetString(), kvitteringer[1].GetProperty("saksnummer").GetString());
        var client = app.Browser();
        await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        // The office's list of addresses to check has the flagged case and not the clean one.
        const string Liste = "/saksbehandling?Data.Visning=AdresseAKontrollere";
        var liste = await client.GetDocumentAsync(Liste);
        var forst = liste.QuerySelectorAll("tbody td:first-child a").Select(a => a.TextContent).ToList();
        forst.ShouldContain(saksnummer);
        forst.ShouldNotContain(ren);
        // The row says what is wrong with the address.
        liste.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td a")!.TextContent == saksnummer).QuerySelector("td.adresseavvik")!.TextContent
            .ShouldBe("0999 Oslo (postnummeret finnes ikke hos Posten)");
        var sak = await client.GetDocumentAsync("/saksbehandling/saker/" + saksnummer);
        var skyldnerside = await client.GetDocumentAsync(sak.QuerySelector("#adressemerknad + a")!.GetAttribute("href")!.Split('#')[0]);
        skyldnerside.QuerySelector("#adressemerknad")!.TextContent.ShouldStartWith("Postnummer 0999 finnes ikke i Postens postnummerregister");
        ((AngleSharp.Html.Dom.IHtmlInputElement)skyldnerside.QuerySelector("#NyAdresse_Postnummer")!).Value.ShouldBe("0999");

        var feil = await (await client.SubmitAsync(skyldnerside, "form[aria-labelledby=h-adresse]", new Dictionary<string, string>
        {
            ["NyAdresse.Adresse"] = "Storgata 1",
            ["NyAdresse.Postnummer"] = "0155",
            ["NyAdresse.Poststed"] = "Bergen",
        })).ParseAsync();
        var rettet = await client.SubmitAsync(skyldnerside, "form[aria-labelledby=h-adresse]", new Dictionary<string, string>
        {
            ["NyAdresse.Adresse"] = "Storgata 1",
            ["NyAdresse.Postnummer"] = "0155",
            ["NyAdresse.Poststed"] = "Oslo",
        });

        feil.QuerySelector(".feiloppsummering a[href='#NyAdresse_Poststed']")!.TextContent.ShouldBe("Postnummer 0155 hører til OSLO i Postens postnummerregister, ikke Bergen.");
        var etter = await client.GetDocumentAsync(rettet.Headers.Location!.OriginalString);
        etter.QuerySelector("p.kvittering[role=status]")!.TextContent.ShouldBe("Adressen er rettet. Brev som sendes fra nå av, går dit.");
        etter.QuerySelector("#adressemerknad").ShouldBeNull();
        (await client.GetDocumentAsync("/saksbehandling/saker/" + saksnummer)).QuerySelector("#adressemerknad").ShouldBeNull();
        (await client.GetDocumentAsync(Liste)).QuerySelectorAll("tbody td:first-child a").Select(a => a.TextContent).ShouldNotContain(saksnummer);
    }
}

/// <summary>The app with the summary fold as good as stopped, as when it fails on every run.</summary>
public sealed class StoppetFoldFactory : AppFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Statistikk:IntervallSekunder", "86400");
    }
}

/// <summary>Issue 12, H2: a summary fold that no longer runs is reported, not silent.</summary>
public sealed class SammendragshelseTests(StoppetFoldFactory app) : IClassFixture<StoppetFoldFactory>
{
    [Fact]
    public async Task Readiness_goes_degraded_when_changes_wait_and_the_last_fold_is_old()
    {
        await app.SatserForIDagAsync();
        await using (var db = Namsmannen.Application.Tests.Infrastructure.TestPostgres.CreateDbContext(app.DatabaseName))
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "UPDATE statistikk_status SET sist_samlet = now() - interval '1 hour'");
        }

        (await app.DemoKlient().SendBatchAsync(KreditorApi.Begjaring("FOLD-1"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await (await app.Browser().GetAsync("/health/ready")).Content.ReadAsStringAsync()).ShouldBe("Degraded");
    }
}

/// <summary>The app with the timed fold as good as stopped, and folding as soon as any change waits.</summary>
public sealed class TidligFoldFactory : AppFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Statistikk:IntervallSekunder", "86400");
        builder.UseSetting("Statistikk:Ventende", "0");
    }
}

/// <summary>Under a large intake the changes are folded when many wait, not only every half minute (issue 20, the soak).</summary>
public sealed class TidligFoldTests(TidligFoldFactory app) : IClassFixture<TidligFoldFactory>
{
    [Fact]
    public async Task Changes_above_the_bound_are_folded_without_waiting_for_the_interval()
    {
        _ = app.Services; // the app and its workers start; the test's commands run beside it
        var for_ = DateTimeOffset.UtcNow;
        var (saksnummer, _) = await app.NySakAsync();
        (await Databaseverdi.SkalarAsync<long>(app.EierConnectionString, $"SELECT count(*) FROM saker WHERE saksnummer = '{saksnummer}'")).ShouldBe(1);

        // The worker looks every two seconds; the interval is a day, so only the bound can have made it fold.
        var frist = DateTime.UtcNow.AddSeconds(20);
        long ventende;
        do
        {
            await Task.Delay(500);
            ventende = await Databaseverdi.SkalarAsync<long>(app.EierConnectionString, "SELECT (SELECT count(*) FROM statistikk_saker_endringer) + (SELECT count(*) FROM statistikk_dager_endringer)");
        }
        while (ventende > 0 && DateTime.UtcNow < frist);

        ventende.ShouldBe(0, "the new case's changes were folded");
        (await Databaseverdi.SkalarAsync<DateTime>(app.EierConnectionString, "SELECT sist_samlet FROM statistikk_status WHERE id = 1")).ShouldBeGreaterThan(for_.UtcDateTime);
    }
}

/// <summary>A fold that fails is tried again after the whole interval, not at every look, however many changes wait.</summary>
public sealed class FeiletFoldTests(TidligFoldFactory app) : IClassFixture<TidligFoldFactory>
{
    private const string Funksjon = "statistikk_samle(timestamp with time zone)";

    [Fact]
    public async Task After_a_failed_fold_the_worker_waits_the_interval_even_with_changes_waiting()
    {
        // The application's role may not run the fold: every try fails with «permission denied».
        await Databaseverdi.SkalarAsync<object>(app.EierConnectionString, $"REVOKE EXECUTE ON FUNCTION {Funksjon} FROM PUBLIC, {Namsmannen.Application.Data.Databaseroller.App}");
        _ = app.Services;
        await app.NySakAsync();
        await Task.Delay(TimeSpan.FromSeconds(5));

        // It may again, and changes wait above the bound (0), but the last try failed and the interval is a day.
        await Databaseverdi.SkalarAsync<object>(app.EierConnectionString, $"GRANT EXECUTE ON FUNCTION {Funksjon} TO {Namsmannen.Application.Data.Databaseroller.App}");
        await Task.Delay(TimeSpan.FromSeconds(5));

        (await Databaseverdi.SkalarAsync<long>(app.EierConnectionString, "SELECT count(*) FROM statistikk_saker_endringer")).ShouldBeGreaterThan(0, "no fold two seconds after a failed one");
    }
}

/// <summary>Issue 12, M9: readiness reports a CSV worker that has stopped.</summary>
public sealed class StoppetArbeiderTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Readiness_is_unhealthy_when_the_CSV_worker_has_stopped()
    {
        await app.SatserForIDagAsync();
        var client = app.Browser();
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var arbeider = app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Namsmannen.Web.Hosting.CsvArbeider>().Single();

        await arbeider.StopAsync(default);
        // Three minutes pass without a round (the last beat is what the stopped worker left, moved back in time).
        var puls = app.Services.GetRequiredService<Namsmannen.Web.Hosting.CsvArbeiderPuls>();
        puls.SistAktiv = puls.SistAktiv!.Value.AddMinutes(-3);

        var svar = await client.GetAsync("/health/ready");
        svar.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await svar.Content.ReadAsStringAsync()).ShouldBe("Unhealthy");
    }
}

/// <summary>Issue 12, H3 and H5: uploads have one explicit size limit, and a hostile file name is refused by field.</summary>
public sealed class OpplastingsgrenseTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Klient, string Token)> KreditorAsync()
    {
        var client = app.Browser();
        await client.LogInAsync("kreditor@namsmannen.test", DemoBrukere.Passord);
        var side = await client.GetDocumentAsync("/kreditor/last-opp");
        return (client, ((AngleSharp.Html.Dom.IHtmlInputElement)side.QuerySelector("input[name=__RequestVerificationToken]")!).Value);
    }

    [Fact]
    public async Task An_upload_above_30_MB_is_a_413_page_and_nothing_is_stored()
    {
        var (client, token) = await KreditorAsync();
        await using var db = Namsmannen.Application.Tests.Infrastructure.TestPostgres.CreateDbContext(app.DatabaseName);
        var for_ = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Innsendinger);
        var innhold = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(new byte[31 * 1024 * 1024]), "fil", "stor.csv" } };

        var svar = await client.PostAsync("/kreditor/last-opp", innhold);

        svar.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await svar.ParseAsync()).QuerySelector("h1")!.TextContent.ShouldBe("Filen eller skjemaet er for stort");
        (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Innsendinger)).ShouldBe(for_);
    }

    [Fact]
    public async Task A_file_name_with_a_control_character_is_refused_naming_the_field()
    {
        var (client, token) = await KreditorAsync();
        var fil = new ByteArrayContent(Encoding.UTF8.GetBytes("referanse;type\r\n"));
        fil.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = "\"fil\"", FileName = "\"sak\u001b.csv\"" };
        var innhold = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, fil };

        var svar = await client.PostAsync("/kreditor/last-opp", innhold);

        svar.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await svar.ParseAsync()).QuerySelector("main p")!.TextContent.ShouldStartWith("Feltet «fil»");
    }
}

/// <summary>Issue 20: an app logged in as its schema's owner could switch the audit log's guard off; readiness says so.</summary>
public sealed class EierinnloggingTests(EierinnloggingTests.EierAppFactory app) : IClassFixture<EierinnloggingTests.EierAppFactory>
{
    /// <summary>The whole app, wrongly configured to log in as the owner role.</summary>
    public sealed class EierAppFactory : AppFactory
    {
        protected override string AppensConnectionString => EierConnectionString;
    }

    [Fact]
    public async Task Readiness_is_degraded_while_the_app_logs_in_as_the_owner_of_the_audit_log()
    {
        await app.SatserForIDagAsync();
        (await (await app.Browser().GetAsync("/health/ready")).Content.ReadAsStringAsync()).ShouldBe("Degraded");
    }
}
