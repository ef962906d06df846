using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Tests.Features.Brevsending;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

/// <summary>
/// Issue 18: a case's letters open from the caseworker's case page (HTML, PDF, the other målform), the creditor sees
/// only its own in the portal and the API, and another party's letter is "not found".
/// </summary>
public sealed class BrevSideTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_letters_of_a_forretning_open_from_the_case_page_and_each_party_sees_only_its_own()
    {
        var (saksnummer, skyldnerId) = await app.NySakAsync(Saksstadium.Utleggspant);
        // The debtor has asked for bokmål (else the contact register's simulator decides by the number's last digit).
        string fodselsnummer;
        await using (var oppsett = TestPostgres.CreateDbContext(app.DatabaseName))
        {
            await oppsett.Skyldnere.Where(s => s.Id == skyldnerId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Malform, Domain.Parter.Malform.Bokmal));
            fodselsnummer = await oppsett.Skyldnere.Where(s => s.Id == skyldnerId).Select(s => s.Identifikator).SingleAsync();
        }

        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var forSending = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        Brevrader(forSending).ShouldAllBe(r => r[4] == "Venter på utsending" && r[5] == "Ikke sendt ennå");

        (await app.SendBrevAsync()).Feilet.ShouldBe(0);
        var idag = Namsmannen.Web.Format.Dato(Oslotid.IDag(TimeProvider.System));
        // The contact register's simulator reserves a number ending in 0 or 1, and has no mailbox for 2: those get paper,
        // received the third working day. The test's numbers come from a counter, so which one this debtor has varies.
        var tilSkyldnerSendt = fodselsnummer[^1] is '0' or '1' or '2'
            ? $"Sendt på papir {idag}, mottatt {Namsmannen.Web.Format.Dato(Namsmannen.Domain.Regler.Brevregler.PapirMottatt(Oslotid.IDag(TimeProvider.System)))}"
            : $"Sendt digitalt {idag}, mottatt {idag}";
        var side = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        Brevrader(side).Select(r => string.Join(" | ", r.Take(5))).ShouldBe(
        [
            $"Kvittering for begjæringen | Kreditor | Bokmål | {idag} | Sendt digitalt {idag}, mottatt {idag}",
            $"Underretning om utlegg (utleggspant) | Skyldner | Bokmål | {idag} | {tilSkyldnerSendt}",
            $"Underretning om utlegg (utleggspant) | Kreditor | Bokmål | {idag} | Sendt digitalt {idag}, mottatt {idag}",
        ]);

        var tilSkyldner = side.QuerySelector("section[aria-labelledby=brev]")!.QuerySelectorAll("tbody tr").Single(r => r.QuerySelectorAll("td")[0].TextContent == "Skyldner");
        var lenker = tilSkyldner.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        var html = await kari.GetAsync(lenker[0]);
        html.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var brev = await html.Content.ReadAsStringAsync();
        brev.ShouldContain("<html lang=\"nb\">");
        brev.ShouldContain("<h1>Underretning om utlegg: utleggspant</h1>");
        brev.ShouldContain("Personbil");

        var nynorsk = await (await kari.GetAsync(lenker[2])).Content.ReadAsStringAsync();
        nynorsk.ShouldContain("<html lang=\"nn\">");
        nynorsk.ShouldContain("Hovudstol");
        nynorsk.ShouldContain("Klagefrist:");

        var pdf = await kari.GetAsync(lenker[1]);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var tekst = Pdftekst.Les(await pdf.Content.ReadAsByteArrayAsync());
        tekst.ShouldContain($"Saksnummer: {saksnummer}");
        tekst.ShouldContain("Personbil 60 000,00 kr");

        // The creditor's portal lists the two letters to the creditor, not the debtor's.
        var kreditor = app.Browser();
        await kreditor.LogInAsync("kreditor@namsmannen.test", DemoBrukere.Passord);
        var portal = await kreditor.GetDocumentAsync($"/kreditor/saker/{saksnummer}");
        Brevrader(portal).Select(r => (r[0], r[1])).ShouldBe([("Kvittering for begjæringen", "Kreditor"), ("Underretning om utlegg (utleggspant)", "Kreditor")]);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var skyldnersBrev = await db.Brev.Where(b => db.Saker.Any(s => s.Id == b.SakId && s.Saksnummer == saksnummer) && b.Mottaker == Brevmottaker.Skyldner).Select(b => b.Id).SingleAsync();
        (await kreditor.GetAsync($"/kreditor/saker/{saksnummer}?handler=BrevPdf&id={skyldnersBrev}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The API: the creditor's letters of the case, and each as PDF; the debtor's letter and another creditor's are 404.
        var api = app.DemoKlient();
        var liste = await api.GetAsync($"/api/v1/saker/{saksnummer}/brev");
        liste.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = JsonDocument.Parse(await liste.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("type").GetString(), e.GetProperty("malform").GetString(), e.GetProperty("dato").GetString(), e.GetProperty("mottaker").GetString())).ToList();
        var iso = Oslotid.IDag(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        json.ShouldBe([("kvittering", "nb", iso, "KREDITOR"), ("underretning-utleggspant", "nb", iso, "KREDITOR")]);
        var forste = JsonDocument.Parse(await liste.Content.ReadAsStringAsync()).RootElement[0].GetProperty("id").GetGuid();
        var fil = await api.GetAsync($"/api/v1/brev/{forste}/pdf");
        fil.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        Pdftekst.Les(await fil.Content.ReadAsByteArrayAsync()).ShouldContain("Begjæringen om utlegg er mottatt");
        (await api.GetAsync($"/api/v1/brev/{skyldnersBrev}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (annenNokkel, _) = await app.AnnenKreditorAsync();
        var annen = app.ApiKlient(annenNokkel);
        (await annen.GetAsync($"/api/v1/brev/{forste}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await annen.GetAsync($"/api/v1/saker/{saksnummer}/brev")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_caseworker_records_the_debtors_malform_and_protected_address_and_the_next_letters_follow_them()
    {
        var (saksnummer, skyldnerId) = await app.NySakAsync(Saksstadium.VarselSendt);
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var side = await kari.GetDocumentAsync($"/saksbehandling/skyldnere/{skyldnerId}");
        side.QuerySelector("section[aria-labelledby=brevvalg] p")!.TextContent.Trim().ShouldBe("Ingen målform oppgitt: brevene skrives på målformen i kontaktregisteret, ellers bokmål.");

        // A value the form does not offer is refused with the field named, and nothing changes.
        var feil = await kari.SubmitAsync(side, "form[aria-labelledby=h-brevvalg]", new Dictionary<string, string> { ["Brev.Malform"] = "Samisk" });
        feil.StatusCode.ShouldBe(HttpStatusCode.OK);
        var feilside = await feil.Content.ReadAsStringAsync();
        feilside.ShouldContain("«Samisk» er ikke en gyldig verdi for Malform.");
        feilside.ShouldContain("href=\"#Brev_Malform\"");

        var lagret = await kari.SubmitAsync(side, "form[aria-labelledby=h-brevvalg]", new Dictionary<string, string> { ["Brev.Malform"] = "Nynorsk", ["Brev.FortroligAdresse"] = "true" });
        (await kari.GetDocumentAsync(lagret.Headers.Location!.OriginalString)).QuerySelector("p.kvittering[role=status]")!.TextContent
            .ShouldBe("Brevopplysningene er registrert. Adressen skrives bare på brev til skyldneren.");
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var skyldner = await db.Skyldnere.AsNoTracking().SingleAsync(s => s.Id == skyldnerId);
        (skyldner.Malform, skyldner.FortroligAdresse).ShouldBe((Domain.Parter.Malform.Nynorsk, true));
        (await db.SaksHendelser.Where(h => db.Saker.Any(s => s.Id == h.SakId && s.Saksnummer == saksnummer) && h.Type == "BREVOPPLYSNINGER_REGISTRERT").Select(h => h.Beskrivelse).SingleAsync())
            .ShouldBe("Brev til skyldneren: nynorsk; fortrolig adresse (skrives bare på brev til skyldneren).");

        // The forretning's letters: the debtor's in nynorsk with the address, the creditor's copy without it.
        await app.SendAsync(new Application.Features.Utlegg.HoldUtleggsforretning.Command { Saksnummer = saksnummer, Utfall = Application.Features.Utlegg.HoldUtleggsforretning.Intet, UtenVarsel = TestData.UtenVarsel },
            await app.SaksbehandlerAsync("saksbehandler@namsmannen.test"));
        (await app.SendBrevAsync()).Feilet.ShouldBe(0);
        var brev = await db.Brev.AsNoTracking().Where(b => db.Saker.Any(s => s.Id == b.SakId && s.Saksnummer == saksnummer) && b.Art == Brevart.UnderretningIntetTilUtlegg).ToListAsync();
        var tilSkyldner = brev.Single(b => b.Mottaker == Brevmottaker.Skyldner);
        tilSkyldner.Malform.ShouldBe(Domain.Parter.Malform.Nynorsk);
        var tekst = await db.Brevfiler.Where(f => f.BrevId == tilSkyldner.Id).Select(f => f.Pdf).SingleAsync();
        Pdftekst.Les(tekst).ShouldContain("Storgata 1 0155 OSLO");
        var kopiId = brev.Single(b => b.Mottaker == Brevmottaker.Kreditor).Id;
        Pdftekst.Les(await db.Brevfiler.Where(f => f.BrevId == kopiId).Select(f => f.Pdf).SingleAsync()).ShouldNotContain("Storgata");
    }

    [Theory]
    [InlineData("9999", "Tromsø", "Postnummeret 9999 finnes ikke i Postens postnummerregister.", "Data_Postnummer")]
    [InlineData("9008", "Bodø", "Postnummer 9008 hører til TROMSØ i Postens postnummerregister, ikke Bodø.", "Data_Poststed")]
    public async Task The_creditors_own_address_is_refused_when_Postens_register_does_not_know_it(string postnummer, string poststed, string melding, string felt)
    {
        var kreditor = app.Browser();
        await kreditor.LogInAsync("kreditor@namsmannen.test", DemoBrukere.Passord);
        var side = await kreditor.GetDocumentAsync("/kreditor/brev");

        var feil = await kreditor.SubmitAsync(side, "form[aria-labelledby=h-brev]", new Dictionary<string, string>
        {
            ["Data.Malform"] = "Bokmal",
            ["Data.Adresse"] = "Postboks 12",
            ["Data.Postnummer"] = postnummer,
            ["Data.Poststed"] = poststed,
        });

        var feilside = await feil.Content.ReadAsStringAsync();
        feilside.ShouldContain(melding);
        feilside.ShouldContain($"href=\"#{felt}\"");
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var demo = await app.DemoKreditorAsync();
        (await db.Kreditorer.AsNoTracking().SingleAsync(k => k.Id == demo)).Postnummer.ShouldNotBe(postnummer, "a refused form changes nothing");
    }

    [Fact]
    public async Task The_creditor_chooses_the_malform_and_address_of_its_letters_and_a_bad_postnummer_is_refused_by_name()
    {
        var kreditor = app.Browser();
        await kreditor.LogInAsync("kreditor@namsmannen.test", DemoBrukere.Passord);
        var side = await kreditor.GetDocumentAsync("/kreditor/brev");
        side.QuerySelector("main p:not(.kvittering)")!.TextContent.ShouldEndWith("Nå skrives de på bokmål.");

        var feil = await kreditor.SubmitAsync(side, "form[aria-labelledby=h-brev]", new Dictionary<string, string>
        {
            ["Data.Malform"] = "Nynorsk",
            ["Data.Adresse"] = "Postboks 12",
            ["Data.Postnummer"] = "90A8",
            ["Data.Poststed"] = "Tromsø",
        });
        var feilside = await feil.Content.ReadAsStringAsync();
        feilside.ShouldContain("Postnummeret er fire siffer.");
        feilside.ShouldContain("href=\"#Data_Postnummer\"");
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var demo = await app.DemoKreditorAsync();
        (await db.Kreditorer.AsNoTracking().SingleAsync(k => k.Id == demo)).Malform.ShouldBe(Domain.Parter.Malform.Bokmal, "a refused form changes nothing");

        var lagret = await kreditor.SubmitAsync(side, "form[aria-labelledby=h-brev]", new Dictionary<string, string>
        {
            ["Data.Malform"] = "Nynorsk",
            ["Data.Adresse"] = "Postboks 12",
            ["Data.Postnummer"] = "9008",
            ["Data.Poststed"] = "Tromsø",
        });
        (await kreditor.GetDocumentAsync(lagret.Headers.Location!.OriginalString)).QuerySelector("p.kvittering[role=status]")!.TextContent
            .ShouldBe("Brevinnstillingene er lagret. Brev som sendes fra nå av, følger dem.");

        try
        {
            // The next receipt is written in nynorsk, to the address given.
            var (saksnummer, _) = await app.NySakAsync(Saksstadium.VarselSendt);
            (await app.SendBrevAsync()).Feilet.ShouldBe(0);
            var kvittering = await db.Brev.AsNoTracking().SingleAsync(b => db.Saker.Any(s => s.Id == b.SakId && s.Saksnummer == saksnummer) && b.Art == Brevart.Kvittering);
            (kvittering.Malform, kvittering.Mal).ShouldBe((Domain.Parter.Malform.Nynorsk, "kvittering/nn/1"));
            var tekst = Pdftekst.Les(await db.Brevfiler.Where(f => f.BrevId == kvittering.Id).Select(f => f.Pdf).SingleAsync());
            tekst.ShouldContain("Postboks 12 9008 TROMSØ");
            tekst.ShouldContain("Begjæringa om utlegg er motteken");
        }
        finally
        {
            // The class's other tests expect the demo creditor's letters in bokmål.
            await db.Kreditorer.Where(k => k.Id == demo).ExecuteUpdateAsync(k => k.SetProperty(x => x.Malform, Domain.Parter.Malform.Bokmal));
        }
    }

    /// <summary>The cells of each row of the case's letter table: name, to, målform, ordered, status, links.</summary>
    private static List<string[]> Brevrader(AngleSharp.Html.Dom.IHtmlDocument side) =>
        side.QuerySelector("section[aria-labelledby=brev]")!.QuerySelectorAll("tbody tr")
            .Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
}
