using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Saker;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

public sealed class KreditorTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> LoggInnAsync()
    {
        var client = app.Browser();
        await client.LogInAsync("kreditor@namsmannen.test", DemoBrukere.Passord);
        return client;
    }

    /// <summary>Posts a form with files as a browser does (multipart), with the page's antiforgery token.</summary>
    [Fact]
    public async Task A_creditor_sees_its_own_cases_newest_first_page_by_page_and_no_other_creditors()
    {
        var client = await LoggInnAsync();

        var side1 = await client.GetDocumentAsync("/kreditor");

        var demo = await app.DemoKreditorAsync();
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var egne = await db.Saker.Where(s => s.KreditorId == demo).OrderByDescending(s => s.Mottatt).ThenByDescending(s => s.Saksnummer).Select(s => s.Saksnummer).ToListAsync();
        egne.Count.ShouldBeGreaterThan(25, "the demo creditor needs more than one page of cases for this test");
        (await db.Saker.CountAsync(s => s.KreditorId != demo)).ShouldBeGreaterThan(0);

        var rader1 = side1.QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent.Trim()).ToList();
        rader1.ShouldBe(egne.Take(25));
        var neste = side1.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var side2 = await client.GetDocumentAsync("/kreditor" + neste);
        side2.QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent.Trim()).ShouldBe(egne.Skip(25).Take(25));

        var annen = await db.Saker.Where(s => s.KreditorId != demo).Select(s => s.Saksnummer).FirstAsync();
        var sok = await client.GetDocumentAsync("/kreditor?Data.Sok=" + annen);
        sok.QuerySelector("p.tom")!.TextContent.ShouldBe("Ingen saker passer.");
        (await client.GetAsync($"/kreditor/saker/{annen}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var referanse = await db.Saker.Where(s => s.Saksnummer == egne[30]).Select(s => s.KreditorReferanse).SingleAsync();
        var treff = await client.GetDocumentAsync("/kreditor?Data.Sok=" + referanse);
        treff.QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent.Trim()).ShouldBe([egne[30]]);
    }

    [Fact]
    public async Task The_begjaring_form_names_each_wrong_field_in_Norwegian_and_a_valid_one_becomes_a_case_with_its_pdf()
    {
        var client = await LoggInnAsync();
        var skjema = await client.GetDocumentAsync("/kreditor/ny-begjaring");

        var feil = await client.SubmitAsync(skjema, "main form", new Dictionary<string, string> { ["Data.Referanse"] = "SKJEMA-1", ["Data.SkyldnerIdentifikator"] = "01017012345", ["Data.Hovedstol"] = "12 000,505" });
        feil.StatusCode.ShouldBe(HttpStatusCode.OK);
        var side = await feil.ParseAsync();
        var oppsummering = side.QuerySelectorAll(".feiloppsummering a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        oppsummering.ShouldContain(("#Data_SkyldnerIdentifikator", "Fødselsnummeret har feil kontrollsiffer."));
        oppsummering.ShouldContain(("#Data_Hovedstol", "Oppgi beløpet i hele øre (høyst to desimaler)."));
        oppsummering.ShouldContain(("#Data_GrunnlagType", "Velg tvangsgrunnlag."));
        ((IHtmlInputElement)side.QuerySelector("#Data_Referanse")!).Value.ShouldBe("SKJEMA-1", "what the user typed is kept");

        var fnr = KreditorApi.NyttFodselsnummer();
        var idag = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System);
        var gyldig = new Dictionary<string, string>
        {
            ["Data.Type"] = "utlegg",
            ["Data.Referanse"] = "SKJEMA-2",
            ["Data.SkyldnerIdentifikator"] = fnr,
            ["Data.SkyldnerNavn"] = "Kari Skjema",
            ["Data.SkyldnerAdresse"] = "Gata 2",
            ["Data.SkyldnerPostnummer"] = "0150",
            ["Data.SkyldnerPoststed"] = "Oslo",
            ["Data.GrunnlagType"] = "skriftstykke",
            ["Data.GrunnlagForfall"] = idag.AddDays(-60).ToString("yyyy-MM-dd"),
            ["Data.VarselSendt"] = idag.AddDays(-40).ToString("dd.MM.yyyy"),
            ["Data.Hovedstol"] = "12 000,50",
            ["Data.Renter"] = "300",
            ["Data.Omkostninger"] = "",
        };

        var ikkePdf = await client.SubmitMedFilerAsync(skjema, "main form", gyldig, "vedlegg", ("varsel.pdf", Encoding.UTF8.GetBytes("ikke en pdf")));
        (await ikkePdf.ParseAsync()).QuerySelector(".feiloppsummering")!.TextContent.ShouldContain("Filen «varsel.pdf» er ikke en PDF-fil. Last opp vedlegg som PDF.");
        var forStor = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-"u8.CopyTo(forStor);
        var storSvar = await client.SubmitMedFilerAsync(skjema, "main form", gyldig, "vedlegg", ("stor.pdf", forStor));
        (await storSvar.ParseAsync()).QuerySelector(".feiloppsummering")!.TextContent.ShouldContain("Filen «stor.pdf» er større enn 10 MB.");
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        (await db.Saker.CountAsync(s => s.KreditorReferanse == "SKJEMA-2")).ShouldBe(0, "nothing is half-written");

        var svar = await client.SubmitMedFilerAsync(skjema, "main form", gyldig, "vedlegg", ("varsel.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%test\n")));
        svar.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var sak = await db.Saker.SingleAsync(s => s.KreditorReferanse == "SKJEMA-2");
        svar.Headers.Location!.ToString().ShouldBe($"/kreditor/saker/{sak.Saksnummer}");
        (sak.Hovedstol, sak.Renter, sak.Omkostninger).ShouldBe((new Belop(12_000.50m), new Belop(300m), new Belop(0m)));
        var vedlegg = (await db.Vedlegg.Where(v => v.SakId == sak.Id).ToListAsync()).ShouldHaveSingleItem();
        (vedlegg.Filnavn, vedlegg.Storrelse).ShouldBe(("varsel.pdf", 15));

        var sakside = await client.GetDocumentAsync($"/kreditor/saker/{sak.Saksnummer}");
        sakside.QuerySelector(".kvittering")!.TextContent.ShouldBe($"Begjæringen er mottatt og har fått saksnummer {sak.Saksnummer}.");
        sakside.QuerySelector("#h-vedlegg + ul a")!.TextContent.ShouldBe("varsel.pdf");
        // The ledger opens with the claim as received; received today, so no interest yet and the balance is the claim.
        sakside.QuerySelectorAll("section[aria-labelledby=h-konto] tbody tr td:nth-child(2)").Select(t => t.TextContent).Distinct().ShouldBe(["Krav ved begjæringen"]);
        sakside.QuerySelector("#konto-saldo")!.TextContent.ShouldBe(Namsmannen.Web.Format.Kroner(sak.Hovedstol + sak.Renter + sak.Omkostninger));
        (await client.GetByteArrayAsync(sakside.QuerySelector("#h-vedlegg + ul a")!.GetAttribute("href"))).ShouldBe(Encoding.ASCII.GetBytes("%PDF-1.4\n%test\n"));

        var igjen = await client.SubmitMedFilerAsync(skjema, "main form", gyldig, "vedlegg");
        (await igjen.ParseAsync()).QuerySelector(".feiloppsummering a[href='#Data_Referanse']")!.TextContent
            .ShouldBe($"Dere har allerede en sak med referansen «SKJEMA-2»: sak {sak.Saksnummer}. Bruk en ny referanse.");
    }

    [Fact]
    public async Task An_api_key_is_shown_once_works_for_the_api_and_stops_working_when_revoked_after_confirming()
    {
        var client = await LoggInnAsync();
        var side = await client.GetDocumentAsync("/kreditor/api-nokler");
        var tomt = await client.SubmitAsync(side, "form[action*=Opprett]", new Dictionary<string, string> { ["Data.Navn"] = "" });
        (await tomt.ParseAsync()).QuerySelector(".feiloppsummering a[href='#Data_Navn']")!.TextContent.ShouldBe("Gi nøkkelen et navn, for eksempel systemet som skal bruke den.");

        var laget = await client.SubmitAsync(side, "form[action*=Opprett]", new Dictionary<string, string> { ["Data.Navn"] = "Inkassosystem test" });
        laget.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var nokkel = (await laget.ParseAsync()).QuerySelector("#ny-nokkel")!.TextContent.Trim();
        nokkel.ShouldStartWith("nm_");
        (await app.ApiKlient(nokkel).GetAsync("/api/v1/hendelser")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var liste = await client.GetDocumentAsync("/kreditor/api-nokler");
        liste.QuerySelector("#ny-nokkel").ShouldBeNull("the key is shown once");
        liste.Body!.TextContent.ShouldNotContain(nokkel);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var rad = await db.ApiNokler.SingleAsync(k => k.Navn == "Inkassosystem test");
        rad.Hash.ShouldBe(Application.Features.Portal.ApiNokkelformat.Hash(nokkel));
        (await db.ApiNokler.AnyAsync(k => k.Prefiks == nokkel)).ShouldBeFalse();

        var bekreft = await client.GetDocumentAsync("/kreditor/api-nokler?bekreft=" + rad.Id);
        var trukket = await client.SubmitAsync(bekreft, $"form[action*='{rad.Id}']", new Dictionary<string, string>());
        trukket.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetDocumentAsync("/kreditor/api-nokler")).QuerySelector(".kvittering")!.TextContent.ShouldStartWith("Nøkkelen «Inkassosystem test»");
        (await app.ApiKlient(nokkel).GetAsync("/api/v1/hendelser")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_csv_file_is_processed_in_the_background_and_gives_a_result_file_with_one_row_per_input_row()
    {
        var client = await LoggInnAsync();
        var idag = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System);
        var csv = new StringBuilder("referanse;type;skyldner.identifikator;skyldner.navn;skyldner.adresse;skyldner.postnummer;skyldner.poststed;grunnlag.type;grunnlag.forfall;krav.hovedstol;krav.renter;varselSendt\r\n");
        csv.Append($"CSV-1;utlegg;{KreditorApi.NyttFodselsnummer()};Per Ås;\"Vei 1; oppgang B\";0150;Bergen;skriftstykke;{idag.AddDays(-60):dd.MM.yyyy};1 000,50;10;{idag.AddDays(-40):yyyy-MM-dd}\r\n");
        csv.Append("CSV-2;utlegg;123;;;;;;;abc;;\r\n");
        csv.Append($"CSV-1;utlegg;{KreditorApi.NyttFodselsnummer()};Per Ås;Vei 1;0150;Oslo;skriftstykke;{idag.AddDays(-60):dd.MM.yyyy};1000;0;{idag.AddDays(-40):yyyy-MM-dd}\r\n");
        var side = await client.GetDocumentAsync("/kreditor/last-opp");

        var opplastet = await client.SubmitMedFilerAsync(side, "main form", new Dictionary<string, string>(), "fil", ("saker.csv", Encoding.Latin1.GetBytes(csv.ToString())));

        opplastet.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var adresse = opplastet.Headers.Location!.ToString();
        var ferdig = false;
        for (var i = 0; i < 100 && !ferdig; i++)
        {
            var status = await (await client.GetAsync(adresse + "?handler=Status")).JsonAsync();
            ferdig = status.GetProperty("ferdig").GetBoolean();
            if (!ferdig)
            {
                await Task.Delay(100);
            }
        }

        ferdig.ShouldBeTrue("the background worker finishes a three-row file within ten seconds");
        var innsending = await client.GetDocumentAsync(adresse);
        innsending.QuerySelector("#telling")!.TextContent.ShouldBe("Mottatt 1, avvist 2, duplikat 0.");
        innsending.QuerySelector("progress")!.GetAttribute("value").ShouldBe("3");

        var resultat = Encoding.UTF8.GetString(await client.GetByteArrayAsync(adresse + "?handler=Resultat")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        resultat.Length.ShouldBe(4);
        resultat[0].ShouldBe("linje;referanse;status;saksnummer;feilkoder;feilmeldinger;merknadkoder;merknader");
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var sak = await db.Saker.SingleAsync(s => s.KreditorReferanse == "CSV-1");
        // Received with a note: Posten's register puts 0150 in Oslo (issue 12, M2).
        resultat[1].ShouldBe($"1;CSV-1;MOTTATT;{sak.Saksnummer};;;skyldner.poststed:POSTSTED_AVVIKER;skyldner.poststed: Postnummer 0150 hører til OSLO i Postens postnummerregister, ikke Bergen. Begjæringen er mottatt, og namsmannen kontrollerer adressen. Rett den også hos dere.");
        innsending.QuerySelector("section[aria-labelledby=h-merknader] tbody td:last-child")!.TextContent.Trim().ShouldBe("skyldner.poststed: Postnummer 0150 hører til OSLO i Postens postnummerregister, ikke Bergen. Begjæringen er mottatt, og namsmannen kontrollerer adressen. Rett den også hos dere.");
        resultat[2].ShouldStartWith("2;CSV-2;AVVIST;;skyldner.identifikator:UGYLDIG_IDENTIFIKATOR skyldner.navn:PAKREVD");
        // Line 3 reuses line 1's referanse for another debtor: refused, never tied to line 1's case (issue 12, H6).
        resultat[3].ShouldBe("3;CSV-1;AVVIST;;referanse:REFERANSE_GJENTATT;referanse: Referansen er brukt på linje 1 i samme innsending. Bare den første er behandlet.;;");
        (sak.Hovedstol, sak.Renter).ShouldBe((new Belop(1_000.50m), new Belop(10m)));
        (await db.Skyldnere.SingleAsync(s => s.Id == sak.SkyldnerId)).Adresse.ShouldBe("Vei 1; oppgang B");
        (await db.SaksHendelser.SingleAsync(h => h.SakId == sak.Id)).UtfortAvNavn.ShouldBe("Sofie Lunde (CSV-filen «saker.csv»)");

        var ingenFil = await client.SubmitMedFilerAsync(side, "main form", new Dictionary<string, string>(), "fil");
        (await ingenFil.ParseAsync()).QuerySelector(".feiloppsummering a[href='#Data_Fil']")!.TextContent.ShouldBe("Velg en CSV-fil.");

        var mangler = await client.SubmitMedFilerAsync(side, "main form", new Dictionary<string, string>(), "fil", ("feil.csv", Encoding.UTF8.GetBytes("navn;belop\r\nx;1\r\n")));
        (await mangler.ParseAsync()).QuerySelector(".feiloppsummering")!.TextContent.ShouldContain("Filen mangler kolonnene «referanse», «type»");
    }

    [Fact]
    public async Task The_amendment_forms_read_Norwegian_amounts_and_dates_and_name_the_field_they_cannot_read()
    {
        var client = await LoggInnAsync();
        var svar = await (await app.DemoKlient().SendBatchAsync(KreditorApi.Begjaring("SIDE-FELT"))).JsonAsync();
        var saksnummer = svar.GetProperty("kvitteringer")[0].GetProperty("saksnummer").GetString();
        var side = await client.GetDocumentAsync($"/kreditor/saker/{saksnummer}");
        side.QuerySelector("#Data_Hovedstol")!.GetAttribute("value").ShouldBe("12000,50", "the reduction form starts from the claim as it stands");

        var uleselig = await (await client.SubmitAsync(side, "form[action*=Betaling]", new Dictionary<string, string> { ["Data.Belop"] = "tolv", ["Data.Dato"] = "31.02.2026" })).ParseAsync();
        uleselig.QuerySelectorAll(".feiloppsummering a").Select(a => (a.GetAttribute("href"), a.TextContent)).ShouldBe(
        [
            ("#Data_Belop", "Skriv beløpet i kroner, for eksempel 12 345,67."),
            ("#Data_Dato", "Skriv datoen som dd.mm.åååå, for eksempel 21.11.2026."),
        ]);
        uleselig.QuerySelector("#Data_Belop")!.GetAttribute("value").ShouldBe("tolv", "what the user typed is kept");
        var tom = await (await client.SubmitAsync(side, "form[action*=Betaling]", new Dictionary<string, string> { ["Data.Belop"] = string.Empty })).ParseAsync();
        tom.QuerySelector(".feiloppsummering a[href='#Data_Belop']")!.TextContent.ShouldBe("Oppgi beløpet som er betalt.");

        var redusert = await client.SubmitAsync(side, "form[action*=Reduser]", new Dictionary<string, string> { ["Data.Hovedstol"] = "10 000,50", ["Data.Renter"] = "0", ["Data.Omkostninger"] = "0" });
        redusert.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await redusert.ParseAsync()).QuerySelector(".feiloppsummering")?.TextContent);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        (await db.Saker.AsNoTracking().SingleAsync(s => s.Saksnummer == saksnummer)).Hovedstol.ShouldBe(new Belop(10_000.50m));
    }

    [Fact]
    public async Task Withdrawing_needs_a_confirmation_and_then_closes_the_case()
    {
        var client = await LoggInnAsync();
        var svar = await (await app.DemoKlient().SendBatchAsync(KreditorApi.Begjaring("SIDE-TREKK"))).JsonAsync();
        var saksnummer = svar.GetProperty("kvitteringer")[0].GetProperty("saksnummer").GetString();
        var side = await client.GetDocumentAsync($"/kreditor/saker/{saksnummer}");

        var ubekreftet = await client.SubmitAsync(side, "form[action*=Trekk]", new Dictionary<string, string>());
        (await ubekreftet.ParseAsync()).QuerySelector(".feiloppsummering a[href='#Data_Bekreftet']")!.TextContent.ShouldBe("Kryss av for å bekrefte at begjæringen skal trekkes. Det kan ikke angres.");
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        (await db.Saker.SingleAsync(s => s.Saksnummer == saksnummer)).Stadium.ShouldBe(Saksstadium.BegjaringMottatt);

        var trukket = await client.SubmitAsync(side, "form[action*=Trekk]", new Dictionary<string, string> { ["Data.Bekreftet"] = "true", ["Data.TrekkBegrunnelse"] = "Betalt" });
        trukket.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.Saker.AsNoTracking().SingleAsync(s => s.Saksnummer == saksnummer)).Stadium.ShouldBe(Saksstadium.Avsluttet);
        var etter = await client.GetDocumentAsync($"/kreditor/saker/{saksnummer}");
        etter.QuerySelector(".kvittering")!.TextContent.ShouldBe("Begjæringen er trukket. Saken er avsluttet, og alle steg som ventet er stanset.");
        etter.QuerySelector("form[action*=Trekk]").ShouldBeNull("a closed case offers no amendments");
    }

    [Fact]
    public async Task Every_portal_page_answers_404_for_another_creditors_case_submission_and_attachment()
    {
        var client = await LoggInnAsync();
        var (nokkel, annenKreditor) = await app.AnnenKreditorAsync();
        var svar = await (await app.ApiKlient(nokkel).SendBatchAsync(KreditorApi.Begjaring("ANNEN-PORTAL"))).JsonAsync();
        var saksnummer = svar.GetProperty("kvitteringer")[0].GetProperty("saksnummer").GetString()!;
        var innsending = svar.GetProperty("innsendingId").GetGuid();
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var sak = await db.Saker.SingleAsync(s => s.Saksnummer == saksnummer);
        sak.KreditorId.ShouldBe(annenKreditor);
        var vedlegg = new Application.Data.Portal.Vedlegg { Id = Guid.NewGuid(), SakId = sak.Id, Filnavn = "hemmelig.pdf", Innholdstype = "application/pdf", Storrelse = 8, Innhold = Encoding.ASCII.GetBytes("%PDF-1.4"), LastetOpp = DateTimeOffset.UtcNow, LastetOppAvNavn = "Annen" };
        db.Vedlegg.Add(vedlegg);
        await db.SaveChangesAsync();

        foreach (var adresse in new[] { $"/kreditor/saker/{saksnummer}", $"/kreditor/saker/{saksnummer}?handler=Vedlegg&id={vedlegg.Id}", $"/kreditor/innsendinger/{innsending}", $"/kreditor/innsendinger/{innsending}?handler=Resultat", $"/kreditor/innsendinger/{innsending}?handler=Status" })
        {
            (await client.GetAsync(adresse)).StatusCode.ShouldBe(HttpStatusCode.NotFound, adresse);
        }

        // A form posted against another creditor's case (with a valid token from the user's own case page) changes nothing.
        var egen = await (await app.DemoKlient().SendBatchAsync(KreditorApi.Begjaring("EGEN-PORTAL"))).JsonAsync();
        var egenSide = await client.GetDocumentAsync($"/kreditor/saker/{egen.GetProperty("kvitteringer")[0].GetProperty("saksnummer").GetString()}");
        var token = ((IHtmlInputElement)egenSide.QuerySelector("form[action*=Trekk] input[name=__RequestVerificationToken]")!).Value;
        var trekk = await client.PostAsync($"/kreditor/saker/{saksnummer}?handler=Trekk", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Data.Bekreftet"] = "true" }));
        trekk.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await db.Saker.AsNoTracking().SingleAsync(s => s.Id == sak.Id)).Stadium.ShouldBe(Saksstadium.BegjaringMottatt);
    }
    [Fact]
    public async Task The_creditor_chooses_the_order_payments_cover_from_the_cases_kontoutskrift_and_a_part_twice_is_refused()
    {
        var client = await LoggInnAsync();
        var (saksnummer, _) = await app.NySakAsync();
        var sak = await client.GetDocumentAsync($"/kreditor/saker/{saksnummer}");
        sak.QuerySelector("#rekkefolge")!.TextContent.ShouldStartWith("Innbetalinger dekker omkostninger, rettsgebyr, renter, hovedstol, i den rekkefølgen.");

        var side = await client.GetDocumentAsync(sak.QuerySelector("#rekkefolge a")!.GetAttribute("href")!);
        side.QuerySelectorAll("select option[selected]").Select(o => o.TextContent).ShouldBe(["Omkostninger", "Rettsgebyr", "Renter", "Hovedstol"]);
        var feil = await (await client.SubmitAsync(side, "main form", new Dictionary<string, string> { ["Rekkefolge[0]"] = "Hovedstol", ["Rekkefolge[1]"] = "Hovedstol" })).ParseAsync();
        feil.QuerySelector(".feiloppsummering a[href='#Rekkefolge']")!.TextContent.ShouldBe("Rekkefølgen må ha hver del av kravet nøyaktig én gang: hovedstol, renter, omkostninger og rettsgebyr.");

        var ok = await client.SubmitAsync(side, "main form", new Dictionary<string, string> { ["Rekkefolge[0]"] = "Hovedstol", ["Rekkefolge[1]"] = "Renter", ["Rekkefolge[2]"] = "Omkostninger", ["Rekkefolge[3]"] = "Rettsgebyr" });
        var etter = await client.GetDocumentAsync(ok.Headers.Location!.OriginalString);
        etter.QuerySelector("p.kvittering")!.TextContent.ShouldBe("Rekkefølgen for innbetalinger er lagret.");
        etter.QuerySelector("#rekkefolge")!.TextContent.ShouldStartWith("Innbetalinger dekker hovedstol, renter, omkostninger, rettsgebyr, i den rekkefølgen.");
    }
}
