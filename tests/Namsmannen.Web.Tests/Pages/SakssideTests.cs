using System.Net;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

public sealed class SakssideTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_caseworker_opens_a_new_case_reveals_the_fnr_accepts_it_and_a_full_payment_closes_it()
    {
        var client = app.Browser();
        await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var queue = await client.GetDocumentAsync("/saksbehandling?Data.Visning=Ufordelte");
        var lenke = queue.QuerySelector("tbody td a")!;
        var saksnummer = lenke.TextContent;

        var page = await client.GetDocumentAsync(lenke.GetAttribute("href")!);
        page.QuerySelector("h1")!.TextContent.ShouldBe($"Sak {saksnummer}");
        page.QuerySelector(".nokkelinfo dd")!.TextContent.ShouldBe("Begjæring mottatt");
        System.Text.RegularExpressions.Regex.IsMatch(page.Body!.TextContent, @"(?<!\d)\d{11}(?!\d)").ShouldBeFalse("the number is masked until asked for");

        var revealed = await (await client.SubmitAsync(page, "form.innebygd", new Dictionary<string, string>())).ParseAsync();
        revealed.QuerySelector("#fulltnummer")!.TextContent.Length.ShouldBe(11);

        page.QuerySelector("section.neste a.knapplenke")!.TextContent.ShouldBe("Godta begjæringen", "the expected next step is the primary link");
        var accepted = await client.UtforAsync(saksnummer, "handling/GodtaBegjaring");
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetDocumentAsync(accepted.Headers.Location!.OriginalString);
        after.QuerySelector(".kvittering")!.TextContent.ShouldBe("Godta begjæringen: saken har nå stadium «Godtatt, venter på varsel».");

        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var utestaende = await db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Hovedstol + s.Renter + s.Omkostninger).SingleAsync();
        var paid = await client.UtforAsync(saksnummer, "betaling", new Dictionary<string, string> { ["Data.Belop"] = utestaende.Kroner.ToString(new System.Globalization.CultureInfo("nb-NO")) });
        var closed = await client.GetDocumentAsync(paid.Headers.Location!.OriginalString);
        closed.QuerySelector(".kvittering")!.TextContent.ShouldBe("Betalingen er registrert. Hele kravet er betalt, og saken er avsluttet.");
        closed.QuerySelector("#neste-steg + p")!.TextContent.ShouldBe("Saken er lukket.");
        closed.QuerySelectorAll("section.neste a").ShouldBeEmpty("a closed case offers no action");
        (await client.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}/betaling")).QuerySelector("#hindring")!.TextContent.ShouldBe("Saken er lukket.");
        closed.QuerySelectorAll(".tidslinje li").Select(li => li.TextContent).ShouldContain(t => t.Contains("Fullt fødselsnummer ble vist.", StringComparison.Ordinal));

        var types = await db.SaksHendelser.Where(h => db.Saker.Any(s => s.Id == h.SakId && s.Saksnummer == saksnummer)).OrderBy(h => h.Id).Select(h => h.Type).ToListAsync();
        types.ShouldBe(["BEGJARING_MOTTATT", "FODSELSNUMMER_VIST", "TILDELT", "GODTA_BEGJARING", "BETALING_REGISTRERT", "REGISTRER_FULL_BETALING"]);
    }

    [Fact]
    public async Task A_stale_page_is_refused_with_who_changed_the_case_and_nothing_is_lost()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var jonas = app.Browser();
        await jonas.LogInAsync("saksbehandler2@namsmannen.test", DemoBrukere.Passord);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var (saksnummer, _) = await app.NySakAsync();

        var karisPage = await kari.HandlingssideAsync(saksnummer, "handling/Henlegg");
        (await jonas.UtforAsync(saksnummer, "handling/GodtaBegjaring")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stale = await kari.SubmitAsync(karisPage, "main form[method=post]", new Dictionary<string, string> { ["Data.Begrunnelse"] = "Feilregistrert.", ["Bekreftet"] = "true" });

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        var message = (await stale.ParseAsync()).QuerySelector(".feiloppsummering li")!.TextContent;
        message.ShouldStartWith($"Saken {saksnummer} ble endret av Jonas Berg (");
        (await db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Stadium).SingleAsync()).ShouldBe(Saksstadium.Godtatt);
    }

    [Fact]
    public async Task Closing_actions_ask_for_confirmation_first()
    {
        var client = app.Browser();
        await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var (saksnummer, _) = await app.NySakAsync(Saksstadium.VarselSendt);
        var page = await client.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        page.QuerySelector($"section.neste a[href$='/handling/Henlegg']")!.ClassList.ShouldContain("fare", "a destructive action looks different");

        var response = await client.UtforAsync(saksnummer, "handling/Henlegg", new Dictionary<string, string> { ["Data.Begrunnelse"] = "Skyldneren er død." });

        (await response.ParseAsync()).QuerySelector(".feiloppsummering li")!.TextContent.ShouldBe("Kryss av for å bekrefte «henlegg saken». Det kan ikke angres her.");
        (await db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Stadium).SingleAsync()).ShouldBe(Saksstadium.VarselSendt);
    }

    [Fact]
    public async Task Creditors_cannot_open_case_pages_and_an_unknown_case_is_not_found()
    {
        var kreditor = app.Browser();
        await kreditor.LogInAsync("kreditor@namsmannen.test", DemoBrukere.Passord);
        (await kreditor.GetAsync("/saksbehandling/saker/26-000001")).Headers.Location!.AbsolutePath.ShouldBe("/konto/ingen-tilgang");

        var saksbehandler = app.Browser();
        await saksbehandler.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        (await saksbehandler.GetDocumentAsync("/saksbehandling/saker/26-999999", HttpStatusCode.NotFound)).QuerySelector("h1")!.TextContent.ShouldBe("Siden finnes ikke");
    }
}

public sealed class AutomatiskAvvisningTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Accepting_a_begjaring_whose_varsel_was_too_recent_rejects_it_with_the_reason_code()
    {
        var client = app.Browser();
        await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var saksnummer = await db.Saker
            .Where(s => s.Stadium == Saksstadium.BegjaringMottatt && s.VarselSendt > s.Mottatt.AddDays(-14))
            .Select(s => s.Saksnummer).FirstAsync();
        var page = await client.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        page.QuerySelector("#tvangskraft code")!.TextContent.ShouldBe("VARSELFRIST_LOPER");

        var response = await client.UtforAsync(saksnummer, "handling/GodtaBegjaring");

        var after = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        after.QuerySelector(".kvittering")!.TextContent.ShouldBe("Begjæringen ble avvist automatisk fordi den ikke er tvangskraftig. Grunnene står i tidslinjen.");
        after.QuerySelectorAll(".tidslinje li").Last().TextContent.ShouldContain("Avvist automatisk: [VARSELFRIST_LOPER]");
        (await db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Stadium).SingleAsync()).ShouldBe(Saksstadium.Avvist);
    }
}

public sealed class SidesporSideTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Utsettelse_klage_and_a_reduced_claim_are_registered_from_the_case_page()
    {
        var client = app.Browser();
        await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var (saksnummer, _) = await app.NySakAsync(Saksstadium.Utleggspant);
        var url = $"/saksbehandling/saker/{saksnummer}";
        var idag = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System);

        var klage = await client.UtforAsync(saksnummer, "klage", new Dictionary<string, string>
        {
            ["Data.Gjelder"] = "Utleggspant",
            ["Data.Mottatt"] = idag.ToString("dd.MM.yyyy"),
            ["Data.Innhold"] = "Bilen trengs til arbeid.",
        });
        var etterKlage = await client.GetDocumentAsync(klage.Headers.Location!.OriginalString);
        etterKlage.QuerySelector("p.kvittering[role=status]")!.TextContent.ShouldBe("Klagen er registrert og kom i rett tid (til tvangssalg er begjært).");

        var sendt = await client.UtforAsync(saksnummer, "oversend-klage");
        (await client.GetDocumentAsync(sendt.Headers.Location!.OriginalString)).QuerySelector("p.kvittering[role=status]")!.TextContent.ShouldBe("Klagen er sendt til tingretten.");
        var avgjort = await client.UtforAsync(saksnummer, "avgjor-klage", new Dictionary<string, string> { ["Data.Utfall"] = "IkkeTattTilFolge", ["Data.Avgjorelse"] = "Tingretten forkastet klagen." });
        var tilbake = await client.GetDocumentAsync(avgjort.Headers.Location!.OriginalString);
        tilbake.QuerySelector(".nokkelinfo dd")!.TextContent.ShouldBe("Utleggspant");

        var utsatt = await client.UtforAsync(saksnummer, "utsettelse", new Dictionary<string, string> { ["Data.Til"] = idag.AddDays(30).ToString("yyyy-MM-dd") });
        var etterUtsatt = await client.GetDocumentAsync(utsatt.Headers.Location!.OriginalString);
        etterUtsatt.QuerySelector("p.kvittering[role=status]")!.TextContent.ShouldBe($"Saken er utsatt til {idag.AddDays(30):dd.MM.yyyy}.");

        var krav = await db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => new { s.Hovedstol, s.Renter, s.Omkostninger }).SingleAsync();
        var reduser = await client.GetDocumentAsync($"{url}/reduser-krav");
        reduser.QuerySelector("#Data_Renter")!.GetAttribute("value").ShouldBe(krav.Renter.Kroner.ToString("0.00", new System.Globalization.CultureInfo("nb-NO")), "the form starts from today's claim, in nb-NO");
        var redusert = await client.SubmitAsync(reduser, "main form[method=post]", new Dictionary<string, string>
        {
            ["Data.Hovedstol"] = (krav.Hovedstol - 1000m).ToString("#,##0.00", new System.Globalization.CultureInfo("nb-NO")),
        });
        (await client.GetDocumentAsync(redusert.Headers.Location!.OriginalString)).QuerySelector("p.kvittering[role=status]")!.TextContent.ShouldStartWith("Kravet er redusert til ");
        (await db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Hovedstol).SingleAsync()).ShouldBe(new Belop(krav.Hovedstol - 1000m));
    }
}

public sealed class TrekkSideTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_trekk_set_on_the_case_page_shows_up_in_the_debtors_kravko()
    {
        var client = app.Browser();
        await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var (saksnummer, _) = await app.NySakAsync(Saksstadium.VarselSendt);
        var page = await client.HandlingssideAsync(saksnummer, "utleggstrekk");

        var bad = await client.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string> { ["Data.Beregning.NettoInntektPerManed"] = "30 000", ["Data.ArbeidsgiverOrgnr"] = "123", ["Data.Beregning.BarnAlder"] = "fire" });
        var feil = await bad.ParseAsync();
        feil.QuerySelectorAll(".feiloppsummering a").Select(a => a.TextContent).ShouldBe(["Skriv barnas alder som hele tall skilt med komma, for eksempel 3, 8."], "a value the form cannot read stops the command before it is sent");
        feil.QuerySelector("#Data_Beregning_NettoInntektPerManed")!.GetAttribute("value").ShouldBe("30 000", "what the user typed is kept");
        bad = await client.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string> { ["Data.Beregning.NettoInntektPerManed"] = "30 000", ["Data.ArbeidsgiverOrgnr"] = "123" });
        (await bad.ParseAsync()).QuerySelector(".feiloppsummering a[href='#Data_ArbeidsgiverOrgnr']")!.TextContent.ShouldBe("Oppgi et gyldig organisasjonsnummer for arbeidsgiveren eller trygdeutbetaleren.");

        var ok = await client.SubmitAsync(page, "main form[method=post]", new Dictionary<string, string> { ["Data.Beregning.NettoInntektPerManed"] = "30 000", ["Data.ArbeidsgiverOrgnr"] = "974 760 673", ["Data.Kravklasse"] = "skatt_og_avgifter", ["Data.UtenVarsel"] = "Skyldneren slutter i jobben før den varslede dagen." });
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await ok.ParseAsync()).QuerySelector(".feiloppsummering")?.TextContent);
        var after = await client.GetDocumentAsync(ok.Headers.Location!.OriginalString);
        after.QuerySelector("p.kvittering[role=status]")!.TextContent.ShouldStartWith("Utleggstrekk på 14\u00A0276,00 kr per måned fra ");

        var skyldner = await client.GetDocumentAsync(after.QuerySelector("a[href^='/saksbehandling/skyldnere/']")!.GetAttribute("href")!);
        skyldner.QuerySelector("section[aria-labelledby=trekk] strong")!.TextContent.ShouldBe("14\u00A0276,00 kr");
        skyldner.QuerySelectorAll("section[aria-labelledby=trekk] tbody tr").Select(r => r.Children[1].TextContent).ShouldContain(saksnummer);
    }
}

public sealed class HusstandSideTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_household_registered_on_the_debtor_page_prefills_the_trekk_form_on_the_case()
    {
        var client = app.Browser();
        await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var (saksnummer, skyldnerId) = await app.NySakAsync(Saksstadium.VarselSendt);
        var sak = new { Saksnummer = saksnummer, SkyldnerId = skyldnerId };

        var skyldner = await client.GetDocumentAsync($"/saksbehandling/skyldnere/{sak.SkyldnerId}");
        var saved = await client.SubmitAsync(skyldner, "form[aria-labelledby=h-husstand]", new Dictionary<string, string>
        {
            ["Data.NettoInntektPerManed"] = "38 000",
            ["Data.GiftEllerSamboer"] = "true",
            ["Data.PartnerHarEgenInntekt"] = "true",
            ["Data.BarnAlder"] = "8, 3",
            ["Data.Boutgifter"] = "14 000",
        });
        (await client.GetDocumentAsync(saved.Headers.Location!.OriginalString)).QuerySelector("p.kvittering[role=status]")!.TextContent
            .ShouldBe("Husstand og inntekt er registrert. Trekkskjemaet på skyldnerens saker fylles ut med dem.");

        var casePage = await client.HandlingssideAsync(sak.Saksnummer, "utleggstrekk");
        casePage.QuerySelector("#Data_Beregning_NettoInntektPerManed")!.GetAttribute("value").ShouldBe("38000,00");
        casePage.QuerySelector("#Data_Beregning_BarnAlder")!.GetAttribute("value").ShouldBe("8, 3");
        casePage.QuerySelector("#trekk-gift")!.HasAttribute("checked").ShouldBeTrue();

        var trekk = await client.SubmitAsync(casePage, "main form[method=post]", new Dictionary<string, string> { ["Data.ArbeidsgiverOrgnr"] = "974760673", ["Data.UtenVarsel"] = "Skyldneren slutter i jobben før den varslede dagen." });
        var after = await client.GetDocumentAsync(trekk.Headers.Location!.OriginalString);
        after.QuerySelector("p.kvittering[role=status]")!.TextContent.ShouldStartWith("Utleggstrekk på 18\u00A0768,70 kr per måned");
    }
}
