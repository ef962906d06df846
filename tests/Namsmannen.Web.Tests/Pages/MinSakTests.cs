using System.Net;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

/// <summary>Issue 19 over HTTP: the debtor logs in through the test identity provider and sees only their own.</summary>
public sealed class MinSakTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_debtor_logs_in_with_the_test_identity_provider_and_sees_their_own_case_and_nothing_else()
    {
        var (saksnummer, skyldnerId) = await app.NySakAsync(Saksstadium.VarselSendt);
        var (annenSak, annenSkyldner) = await app.NySakAsync(Saksstadium.VarselSendt);
        var ola = await app.SkyldnerAsync(await app.FodselsnummerAsync(skyldnerId));

        var liste = await ola.GetDocumentAsync("/min-sak");
        liste.DocumentElement.GetAttribute("lang").ShouldBe("nb");
        liste.QuerySelector("h1")!.TextContent.ShouldBe("Sakene dine hos namsmannen");
        var kort = liste.QuerySelectorAll(".sakskort").Select(k => k.QuerySelector("h2")!.TextContent).ToList();
        await using (var db = TestPostgres.CreateDbContext(app.DatabaseName))
        {
            var kreditor = await db.Saker.Where(s => s.Saksnummer == saksnummer).Join(db.Kreditorer, s => s.KreditorId, k => k.Id, (s, k) => k.Navn).SingleAsync();
            kort.ShouldBe([$"Sak {saksnummer} fra {kreditor}"]);
        }


        var sak = await ola.GetDocumentAsync($"/min-sak/sak/{saksnummer}");
        sak.QuerySelector("h1")!.TextContent.ShouldStartWith($"Sak {saksnummer} fra ");
        sak.QuerySelector("main")!.TextContent.ShouldContain("Du har fått varsel om utleggsforretning.");

        // Another debtor's case, by its number, is "not found", exactly like a case that does not exist.
        (await ola.GetAsync($"/min-sak/sak/{annenSak}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ola.GetAsync($"/min-sak/sak/{annenSak}/klage")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ola.GetAsync("/min-sak/sak/26-999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The debtor's cookie opens no caseworker's or creditor's page.
        var saksbehandling = await ola.GetAsync($"/saksbehandling/saker/{annenSak}");
        saksbehandling.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saksbehandling.Headers.Location!.OriginalString.ShouldStartWith("https://localhost/konto/logg-inn");
        (await ola.GetAsync("/kreditor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        _ = annenSkyldner;
    }

    [Fact]
    public async Task Min_sak_without_a_login_sends_the_debtor_to_the_login_page_and_a_caseworker_login_does_not_open_it()
    {
        var anonym = app.Browser();
        var svar = await anonym.GetAsync("/min-sak");
        svar.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        svar.Headers.Location!.OriginalString.ShouldStartWith("https://localhost/min-sak/logg-inn?ReturnUrl=%2Fmin-sak");

        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", Namsmannen.Hosting.Demo.DemoBrukere.Passord);
        (await kari.GetAsync("/min-sak")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_bad_fodselsnummer_at_the_test_identity_provider_is_named_and_nobody_is_logged_in()
    {
        var klient = app.Browser();
        var svar = await MinSakInnlogging.LoggInnAsync(klient, "12345678901");
        svar.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var side = await svar.ParseAsync();
        side.QuerySelector(".feiloppsummering")!.TextContent.ShouldContain("Fødselsnummeret");
        (await klient.GetAsync("/min-sak")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_person_namsmannen_has_no_case_against_sees_an_empty_list_that_says_so()
    {
        var klient = await app.SkyldnerAsync(KreditorApi.NyttFodselsnummer());
        var liste = await klient.GetDocumentAsync("/min-sak");
        liste.QuerySelector("main p[role=status]")!.TextContent.ShouldBe("Namsmannen har ingen saker mot deg.");
        liste.QuerySelectorAll(".sakskort").Length.ShouldBe(0);
    }

    [Fact]
    public async Task The_debtor_chooses_nynorsk_and_the_pages_stay_in_nynorsk()
    {
        var (saksnummer, skyldnerId) = await app.NySakAsync(Saksstadium.VarselSendt);
        var klient = await app.SkyldnerAsync(await app.FodselsnummerAsync(skyldnerId));
        var liste = await klient.GetDocumentAsync("/min-sak");
        var bytt = await klient.SubmitAsync(liste, "form.sprakvalg", new Dictionary<string, string> { ["sprak"] = "nn" });
        bytt.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var nynorsk = await klient.GetDocumentAsync(bytt.Headers.Location!.OriginalString);
        nynorsk.DocumentElement.GetAttribute("lang").ShouldBe("nn");
        nynorsk.QuerySelector("form.sprakvalg button")!.TextContent.ShouldBe("Bytt til bokmål");
        var sak = await klient.GetDocumentAsync($"/min-sak/sak/{saksnummer}");
        sak.DocumentElement.GetAttribute("lang").ShouldBe("nn");
        sak.QuerySelector("#skylder")!.TextContent.ShouldBe("Kva du skuldar i dag");
        sak.QuerySelector("#handlingar, #handlinger")!.TextContent.ShouldBe("Dette kan du gjere");
    }
}
