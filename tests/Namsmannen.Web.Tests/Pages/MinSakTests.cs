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

/// <summary>Issue 19: what the debtor sees of a running trekk equals the ledger and the order; and what the debtor can do.</summary>
public sealed class MinSakHandlingTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A demo debtor (a person) whose trekk has months with money received, and that case.</summary>
    private async Task<(string Fodselsnummer, string Saksnummer, Guid SakId)> SkyldnerMedTrekkAsync()
    {
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var funnet = await db.Trekkperioder.Where(p => p.Mottatt > 0)
            .Join(db.Saker, p => p.SakId, s => s.Id, (p, s) => s)
            .Join(db.Skyldnere, s => s.SkyldnerId, d => d.Id, (s, d) => new { s.Saksnummer, s.Id, d.Identifikator, d.Type, s.Stadium })
            .Where(x => x.Type == Namsmannen.Domain.Parter.Skyldnertype.Person && x.Stadium == Saksstadium.Utleggstrekk)
            .OrderBy(x => x.Saksnummer).FirstAsync();
        return (funnet.Identifikator, funnet.Saksnummer, funnet.Id);
    }

    [Fact]
    public async Task The_trekk_month_by_month_equals_the_orders_expectations_and_the_ledgers_payments()
    {
        var (fnr, saksnummer, sakId) = await SkyldnerMedTrekkAsync();
        var klient = await app.SkyldnerAsync(fnr);
        var side = await klient.GetDocumentAsync($"/min-sak/sak/{saksnummer}");
        var tabell = side.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent == "Trukket av arbeidsgiveren, mottatt av namsmannen, og hvem pengene gikk til");
        var rader = tabell.QuerySelectorAll("tbody tr").Select(r => (Maned: r.Children[0].TextContent, Forventet: r.Children[1].TextContent, Mottatt: r.Children[3].TextContent.Trim(), Til: r.Children[4].TextContent.Trim())).ToList();

        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var perioder = await db.Trekkperioder.Where(p => p.SakId == sakId).OrderByDescending(p => p.Periode).ToListAsync();
        var poster = await db.Saker.Where(s => s.Id == sakId).SelectMany(s => s.Poster).Where(p => p.Type == Namsmannen.Domain.Penger.Posttype.Betaling).ToListAsync();
        rader.Select(r => r.Maned).ShouldBe(perioder.Select(p => p.Periode.Trim()));
        rader.Select(r => r.Forventet).ShouldBe(perioder.Select(p => Format.Kroner(p.Forventet)));
        foreach (var (rad, periode) in rader.Zip(perioder))
        {
            rad.Mottatt.ShouldStartWith(Format.Kroner(periode.Mottatt));
            if (periode.SistMottatt is { } dag)
            {
                // What the month received is what the ledger booked as paid, valued the day it came.
                (-poster.Where(p => p.Valuteringsdato == dag).Sum(p => p.Belop.Kroner)).ShouldBe(periode.Mottatt, $"the ledger on {dag}");
                rad.Mottatt.ShouldEndWith(Format.Dato(dag));
                rad.Til.ShouldStartWith("Ført på kravet til ");
            }
        }

        rader.Count(r => r.Til.StartsWith("Ført på kravet", StringComparison.Ordinal)).ShouldBeGreaterThan(0);
        // The calculation the trekk was decided on, line by line, with the rates' date.
        var beregning = side.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent == "Utregningen trekket bygger på");
        beregning.QuerySelectorAll("tbody th").Select(t => t.TextContent).ShouldContain("Nettoinntekt per måned");
        beregning.QuerySelectorAll("tbody th").Select(t => t.TextContent).ShouldContain(t => t.StartsWith("Livsopphold, skyldner", StringComparison.Ordinal));
        side.QuerySelector("#trekk")!.ParentElement!.TextContent.ShouldContain("Satsene som er brukt, gjelder fra ");
    }

    [Fact]
    public async Task The_debtor_sends_a_klage_registered_as_a_caseworkers_would_be_and_a_bad_one_is_named()
    {
        var (fnr, saksnummer, sakId) = await SkyldnerMedTrekkAsync();
        var klient = await app.SkyldnerAsync(fnr);
        var skjema = await klient.GetDocumentAsync($"/min-sak/sak/{saksnummer}/klage");
        skjema.QuerySelector("label[for=gjelder-Utleggstrekk]")!.TextContent.ShouldBe("Trekket i lønnen eller trygden");
        skjema.QuerySelector("#gjelder-Utleggstrekk-frist")!.TextContent.Trim().ShouldBe("Ingen fast klagefrist så lenge dette pågår.");

        var tom = await klient.SubmitAsync(skjema, "main form", new Dictionary<string, string> { ["Data.Gjelder"] = "Utleggstrekk" });
        tom.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await tom.ParseAsync()).QuerySelector(".feiloppsummering a[href='#Data_Innhold']")!.TextContent.ShouldBe("Skriv kort hva klagen går ut på.");
        await using (var db = TestPostgres.CreateDbContext(app.DatabaseName))
        {
            (await db.Set<Klage>().CountAsync(k => k.SakId == sakId)).ShouldBe(0, "a refused klage changes nothing");
        }

        var svar = await klient.SubmitAsync(skjema, "main form", new Dictionary<string, string> { ["Data.Gjelder"] = "Utleggstrekk", ["Data.Innhold"] = "Trekket er for høyt: husleien min er økt." });
        svar.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var etter = await klient.GetDocumentAsync(svar.Headers.Location!.OriginalString);
        etter.QuerySelector("p.kvittering[role=status]")!.TextContent.ShouldBe("Klagen din er sendt. Namsmannen behandler den, og du får svar i et brev.");

        await using var les = TestPostgres.CreateDbContext(app.DatabaseName);
        var klage = await les.Set<Klage>().SingleAsync(k => k.SakId == sakId);
        klage.Gjelder.ShouldBe(Namsmannen.Domain.Regler.Klagegjelder.Utleggstrekk);
        klage.Mottatt.ShouldBe(Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System));
        (await les.Saker.Where(s => s.Id == sakId).Select(s => s.Stadium).SingleAsync()).ShouldBe(Saksstadium.Klagebehandling);
        var skyldner = await les.Skyldnere.Where(s => s.Identifikator == fnr).Select(s => s.Navn).SingleAsync();
        var linje = await les.SaksHendelser.Where(h => h.SakId == sakId).OrderByDescending(h => h.Id).FirstAsync();
        linje.UtfortAvNavn.ShouldBe(skyldner);
        linje.UtfortAvId!.ShouldStartWith("idporten:");
    }

    [Fact]
    public async Task The_debtor_asks_for_utsettelse_is_told_only_the_creditor_grants_it_and_the_request_reaches_the_creditors_feed()
    {
        var (saksnummer, skyldnerId) = await app.NySakAsync(Saksstadium.VarselSendt);
        var klient = await app.SkyldnerAsync(await app.FodselsnummerAsync(skyldnerId));
        var skjema = await klient.GetDocumentAsync($"/min-sak/sak/{saksnummer}/utsettelse");
        skjema.QuerySelector(".advarsel")!.TextContent.ShouldContain("For at namsmannen skal utsette saken, må kreditoren gi beskjed til namsmannen.");

        var igar = Format.Dato(Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System).AddDays(-1));
        var feil = await klient.SubmitAsync(skjema, "main form", new Dictionary<string, string> { ["Data.OnsketTil"] = igar, ["Data.Begrunnelse"] = "Venter lønn." });
        var feilside = await feil.ParseAsync();
        feilside.QuerySelector(".feiloppsummering a[href='#Data_OnsketTil']")!.TextContent.ShouldBe("Datoen du ønsker utsettelse til, må være etter i dag.");

        var til = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System).AddMonths(1);
        var svar = await klient.SubmitAsync(skjema, "main form", new Dictionary<string, string> { ["Data.OnsketTil"] = Format.Dato(til), ["Data.Begrunnelse"] = "Jeg får feriepenger om en måned." });
        svar.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var sak = await db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => new { s.Id, s.Stadium }).SingleAsync();
        sak.Stadium.ShouldBe(Saksstadium.VarselSendt, "only the creditor can grant it");
        (await db.KreditorHendelser.Where(h => h.SakId == sak.Id).Select(h => h.Type).ToListAsync()).ShouldContain("UTSETTELSE_ONSKET");
        var linje = await db.SaksHendelser.Where(h => h.SakId == sak.Id && h.Type == "UTSETTELSE_ONSKET").SingleAsync();
        linje.Beskrivelse.ShouldBe($"Skyldneren ber om utsettelse til {Format.Dato(til)} og er vist til kreditor, som alene kan gi den. Begrunnelse: Jeg får feriepenger om en måned.");
    }

    [Fact]
    public async Task The_debtor_reads_their_letters_as_html_in_their_language_and_pdf_and_never_another_debtors()
    {
        var (saksnummer, skyldnerId) = await app.NySakAsync(Saksstadium.VarselSendt);
        var (annenSak, _) = await app.NySakAsync(Saksstadium.VarselSendt);
        await app.SendBrevAsync();
        var klient = await app.SkyldnerAsync(await app.FodselsnummerAsync(skyldnerId));
        var side = await klient.GetDocumentAsync($"/min-sak/sak/{saksnummer}");
        var brev = side.QuerySelectorAll(".brevliste li").ToList();
        brev.Count.ShouldBe(1, "the debtor's own letter only, not the creditor's receipt");
        brev[0].QuerySelector("strong")!.TextContent.ShouldBe("Varsel om utleggsforretning");
        var html = await klient.GetAsync(brev[0].QuerySelectorAll("a")[0].GetAttribute("href"));
        html.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await html.Content.ReadAsStringAsync()).ShouldContain("<html lang=\"nb\"");
        var pdf = await klient.GetAsync(brev[0].QuerySelectorAll("a")[1].GetAttribute("href"));
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");

        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var annetBrev = await db.Brev.Where(b => b.Mottaker == Brevmottaker.Skyldner && b.Sendt != null)
            .Join(db.Saker.Where(s => s.Saksnummer == annenSak), b => b.SakId, s => s.Id, (b, s) => b.Id).SingleAsync();
        var kreditorensBrev = await db.Brev.Where(b => b.Mottaker == Brevmottaker.Kreditor && b.Sendt != null)
            .Join(db.Saker.Where(s => s.Saksnummer == saksnummer), b => b.SakId, s => s.Id, (b, s) => b.Id).SingleAsync();
        (await klient.GetAsync($"/min-sak/sak/{saksnummer}?handler=Brev&id={annetBrev}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await klient.GetAsync($"/min-sak/sak/{annenSak}?handler=BrevPdf&id={annetBrev}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await klient.GetAsync($"/min-sak/sak/{saksnummer}?handler=BrevPdf&id={kreditorensBrev}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
