using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

        // The creditor reads it on its case page, among the case's events.
        var kreditor = app.Browser();
        await kreditor.LogInAsync("kreditor@namsmannen.test", Namsmannen.Hosting.Demo.DemoBrukere.Passord);
        (await kreditor.GetDocumentAsync($"/kreditor/saker/{saksnummer}")).QuerySelectorAll("td").Select(td => td.TextContent)
            .ShouldContain("Skyldneren ber om utsettelse (bare kreditor kan gi den)");
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

/// <summary>Issue 19: the debtor documents expenses with a what-if before sending; the caseworker gets the task and the files, the creditor never sees them.</summary>
public sealed class MinSakDokumentasjonTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    private static async Task<HttpResponseMessage> SendAsync(HttpClient klient, AngleSharp.Html.Dom.IHtmlDocument side, string handler, Dictionary<string, string> felter, params (string Navn, byte[] Innhold)[] filer)
    {
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)side.QuerySelector("main form")!;
        var innhold = new MultipartFormDataContent
        {
            { new StringContent(((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value), "__RequestVerificationToken" },
            { new StringContent(((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("input[name='Data.Versjon']")!).Value), "Data.Versjon" },
        };
        foreach (var (navn, verdi) in felter)
        {
            innhold.Add(new StringContent(verdi), navn);
        }

        foreach (var (navn, bytes) in filer)
        {
            innhold.Add(new ByteArrayContent(bytes), "Filer", navn);
        }

        return await klient.PostAsync(new Uri(side.Url).AbsolutePath + "?handler=" + handler, innhold);
    }

    [Fact]
    public async Task The_debtor_sees_the_trekk_before_sending_and_the_documentation_becomes_a_task_with_files_only_namsmannen_sees()
    {
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var demokreditor = await app.DemoKreditorAsync();
        var funnet = await db.Trekkpalegg.Join(db.Saker.Where(s => s.Stadium == Saksstadium.Utleggstrekk && s.KreditorId == demokreditor), t => t.SakId, s => s.Id, (t, s) => s)
            .Join(db.Skyldnere.Where(d => d.Type == Namsmannen.Domain.Parter.Skyldnertype.Person), s => s.SkyldnerId, d => d.Id, (s, d) => new { s.Id, s.Saksnummer, d.Identifikator, s.KreditorId })
            .OrderBy(x => x.Saksnummer).Skip(1).FirstAsync();
        var klient = await app.SkyldnerAsync(funnet.Identifikator);
        var side = await klient.GetDocumentAsync($"/min-sak/sak/{funnet.Saksnummer}/utgifter");
        var felter = new Dictionary<string, string>
        {
            ["Data.NettoInntektPerManed"] = "32 000",
            ["Data.Sivilstand"] = "enslig",
            ["Data.BarnAlder"] = "4, 9",
            ["Data.Boutgifter"] = "14 500",
            ["Data.SarligeUtgifter"] = "0",
        };

        // The what-if: the same rules as the public calculator, shown on the page, nothing stored.
        var beregnet = await (await SendAsync(klient, side, "Beregn", felter)).ParseAsync();
        var forventet = Namsmannen.Domain.Regler.Utleggstrekk.Beregn(Namsmannen.Application.Features.Beregninger.BeregnUtleggstrekk.TilGrunnlag(new Namsmannen.Application.Features.Beregninger.BeregnUtleggstrekk.Query
        {
            Dato = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System),
            NettoInntektPerManed = 32_000m,
            BarnAlder = [4, 9],
            Boutgifter = 14_500m,
            Samvaer = (await Namsmannen.Application.Features.Trekkordning.Trekkoversikt.ForSakAsync(db, funnet.Id, default))!.Grunnlag?.Samvaer ?? [],
        }), app.Services.GetRequiredService<Namsmannen.Domain.Satser.Satsbok>()).TrekkPerManed;
        beregnet.QuerySelector(".resultat .belop-resultat strong")!.TextContent.ShouldBe($"{Format.Kroner(forventet.Kroner)} i måneden");
        (await db.Frister.CountAsync(f => f.SakId == funnet.Id && f.Type == Fristtype.Skyldnerdokumentasjon)).ShouldBe(0);

        // A file that is not a PDF or a photo by its content is named and nothing is stored.
        var feil = await (await SendAsync(klient, side, "Send", new(felter) { ["Data.Endring"] = "Ny husleie fra januar." }, ("kontrakt.pdf", "dette er tekst"u8.ToArray()))).ParseAsync();
        feil.QuerySelector(".feiloppsummering a[href='#Data_Vedlegg']")!.TextContent.ShouldBe("Filen «kontrakt.pdf» er ikke en PDF eller et bilde (JPEG eller PNG).");
        (await db.Vedlegg.CountAsync(v => v.SakId == funnet.Id && v.Avsender == Namsmannen.Application.Data.Portal.Vedleggsavsender.Skyldner)).ShouldBe(0);

        // The figures' rules name the form's fields, on the what-if and on sending alike.
        var utenInntekt = await (await SendAsync(klient, side, "Send", new(felter) { ["Data.NettoInntektPerManed"] = string.Empty, ["Data.Endring"] = "Ny husleie fra januar." }, ("husleiekontrakt.pdf", Pdf))).ParseAsync();
        utenInntekt.QuerySelector(".feiloppsummering a[href='#Data_NettoInntektPerManed']")!.TextContent.ShouldBe("Oppgi nettoinntekt per måned.");
        var barn = await (await SendAsync(klient, side, "Beregn", new(felter) { ["Data.BarnAlder"] = "fire" })).ParseAsync();
        barn.QuerySelector(".feiloppsummering a[href='#Data_BarnAlder']")!.TextContent.ShouldBe(Namsmannen.Domain.Parter.Barnealdre.Melding);
        (await db.Frister.CountAsync(f => f.SakId == funnet.Id && f.Type == Fristtype.Skyldnerdokumentasjon)).ShouldBe(0);

        var svar = await SendAsync(klient, side, "Send", new(felter) { ["Data.Endring"] = "Ny husleie fra januar." }, ("husleiekontrakt.pdf", Pdf), ("kvittering.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]));
        svar.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var etter = await klient.GetDocumentAsync(svar.Headers.Location!.OriginalString);
        var frist = await db.Frister.Where(f => f.SakId == funnet.Id && f.Type == Fristtype.Skyldnerdokumentasjon).SingleAsync();
        etter.QuerySelector("p.kvittering[role=status]")!.TextContent.ShouldBe($"Dokumentasjonen er sendt. Namsmannen vurderer trekket innen {Format.Dato(frist.Dato)}, og du får svar i et brev.");
        frist.Beskrivelse.ShouldBe($"Skyldneren har dokumentert endringer (2 vedlegg), trekk etter skyldnerens tall {new Namsmannen.Domain.Penger.Belop(forventet.Kroner)} i måneden: Ny husleie fra januar.");
        var filer = await db.Vedlegg.Where(v => v.SakId == funnet.Id && v.Avsender == Namsmannen.Application.Data.Portal.Vedleggsavsender.Skyldner).OrderBy(v => v.Filnavn).ToListAsync();
        filer.Select(v => (v.Filnavn, v.Innholdstype)).ShouldBe([("husleiekontrakt.pdf", "application/pdf"), ("kvittering.png", "image/png")]);

        // The debtor opens their own file; the creditor and another debtor get "not found".
        var lenke = etter.QuerySelectorAll("a").Single(a => a.TextContent == "husleiekontrakt.pdf").GetAttribute("href")!;
        (await (await klient.GetAsync(lenke)).Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        var kreditor = app.Browser();
        await kreditor.LogInAsync("kreditor@namsmannen.test", Namsmannen.Hosting.Demo.DemoBrukere.Passord);
        (await kreditor.GetAsync($"/kreditor/saker/{funnet.Saksnummer}?handler=Vedlegg&id={filer[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await kreditor.GetDocumentAsync($"/kreditor/saker/{funnet.Saksnummer}")).QuerySelector("main")!.TextContent.ShouldNotContain("husleiekontrakt.pdf");

        var (annenSak, annenSkyldner) = await app.NySakAsync(Saksstadium.VarselSendt);
        var annen = await app.SkyldnerAsync(await app.FodselsnummerAsync(annenSkyldner));
        (await annen.GetAsync($"/min-sak/sak/{funnet.Saksnummer}?handler=Dokument&id={filer[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await annen.GetAsync($"/min-sak/sak/{annenSak}?handler=Dokument&id={filer[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The case page lists the task with the trekk's tasks, and the files (an administrator sees every office's cases).
        var admin = app.Browser();
        await admin.LogInAsync("admin@namsmannen.test", Namsmannen.Hosting.Demo.DemoBrukere.Passord);
        var saksside = await admin.GetDocumentAsync($"/saksbehandling/saker/{funnet.Saksnummer}");
        saksside.QuerySelector("main")!.TextContent.ShouldContain("Skyldneren har dokumentert endringer (2 vedlegg)");
        saksside.QuerySelectorAll("a").Select(a => a.TextContent).ShouldContain("kvittering.png");
    }
}
