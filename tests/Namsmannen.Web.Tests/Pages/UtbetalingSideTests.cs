using System.Net;
using System.Xml.Linq;
using Namsmannen.Application.Features.Innbetalinger;
using Namsmannen.Application.Features.Utbetalinger;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

/// <summary>Issue 16, part 4: the office's distribution runs, approved by a second supervisor, and the creditor's statement.</summary>
public sealed class UtbetalingSideTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_supervisor_approves_the_demo_run_a_caseworker_made_after_confirming_and_gets_its_pain001_file()
    {
        var ingrid = app.Browser();
        await ingrid.LogInAsync("leder@namsmannen.test", DemoBrukere.Passord);
        var oversikt = await ingrid.GetDocumentAsync("/saksbehandling/utbetalinger");
        oversikt.QuerySelector("#avstemt")!.TextContent.ShouldBe("Avstemt: hver krone som er mottatt, er fordelt, uavklart eller skal tilbakebetales.");
        // The demo's runs are the oldest (newest first): the first approved by Ingrid, the second waiting for her.
        var rader = oversikt.QuerySelectorAll("section[aria-labelledby=h-kjoringer] tbody tr").ToList();
        rader[^1].Children[2].TextContent.ShouldBe("Godkjent (Ingrid Solheim)");
        rader[^2].Children[2].TextContent.ShouldBe("Venter på godkjenning");
        oversikt.QuerySelectorAll("section[aria-labelledby=h-venter] td strong").Select(s => s.TextContent).ShouldContain("Holdt tilbake:", "the other creditors have given no account");

        var lenke = rader[^2].QuerySelector("a")!.GetAttribute("href")!;
        var kjoring = await ingrid.GetDocumentAsync(lenke);
        kjoring.QuerySelector("#status")!.TextContent.ShouldBe("Venter på godkjenning");
        var utskrifter = kjoring.QuerySelectorAll("table.utskrift caption").Select(c => c.TextContent).ToList();
        utskrifter.ShouldContain(c => c.StartsWith("Nordlys Inkasso AS (kreditor), konto ", StringComparison.Ordinal));
        utskrifter.ShouldContain(c => c.Contains("(betaler, tilbakebetaling), konto ", StringComparison.Ordinal), "the payment beyond the balance goes back to the payer's account");

        var ubekreftet = await (await ingrid.SubmitAsync(kjoring, "form[aria-labelledby=h-godkjenn]", new Dictionary<string, string>())).ParseAsync();
        ubekreftet.QuerySelector(".feiloppsummering a[href='#Bekreftet']")!.TextContent.ShouldBe("Kryss av for at du har kontrollert mottakere, kontonumre og beløp.");

        var godkjent = await ingrid.SubmitAsync(kjoring, "form[aria-labelledby=h-godkjenn]", new Dictionary<string, string> { ["Bekreftet"] = "true" });
        var etter = await ingrid.GetDocumentAsync(godkjent.Headers.Location!.OriginalString);
        etter.QuerySelector("#status")!.TextContent.ShouldBe("Godkjent");
        etter.QuerySelector("p.kvittering[role=status]")!.TextContent.ShouldStartWith($"Kjøring {lenke.Split('/')[^1]} er godkjent: ");
        var fil = await ingrid.GetAsync(etter.QuerySelector("a[download]")!.GetAttribute("href")!);
        fil.StatusCode.ShouldBe(HttpStatusCode.OK);
        fil.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        var pain = XDocument.Load(await fil.Content.ReadAsStreamAsync());
        var antall = pain.Descendants(Pain001.Ns + "CdtTrfTxInf").Count();
        pain.Descendants(Pain001.Ns + "NbOfTxs").First().Value.ShouldBe(antall.ToString(System.Globalization.CultureInfo.InvariantCulture));
        antall.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_caseworker_cannot_approve_a_run_and_a_held_payout_gets_its_account_from_its_own_page()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var idag = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System);
        var fil = Camt054Eksempelfil.Lag("WEB-UTB", DateTimeOffset.Now, [new("WEB-UTB-1", 77m, idag, null, "Feil Betaler", "Feil konto")]);
        var side = await kari.GetDocumentAsync("/saksbehandling/innbetalinger");
        var lest = await (await kari.SubmitMedFilerAsync(side, "main form", new Dictionary<string, string>(), "Fil", ("utb.xml", fil))).ParseAsync();
        var avklar = await kari.GetDocumentAsync(lest.QuerySelector("a[aria-label='Avklar innbetalingen WEB-UTB-1']")!.GetAttribute("href")!);
        await kari.SubmitAsync(avklar, "form[aria-labelledby=h-tilbake]", new Dictionary<string, string> { ["Data.Begrunnelse"] = "Ingen sak hos oss." });

        var oversikt = await kari.GetDocumentAsync("/saksbehandling/utbetalinger");
        var oppgi = oversikt.QuerySelector("a[aria-label='Oppgi kontonummer for Feil Betaler, 77,00 kr']")!.GetAttribute("href")!;
        var konto = await kari.GetDocumentAsync(oppgi);
        var feil = await (await kari.SubmitAsync(konto, "main form", new Dictionary<string, string> { ["Data.Kontonummer"] = "1234 56 78900", ["Data.Kilde"] = "Telefon" })).ParseAsync();
        feil.QuerySelector(".feiloppsummering a[href='#Data_Kontonummer']")!.TextContent.ShouldBe("Kontonummeret har feil kontrollsiffer. Sjekk at det er skrevet riktig.");
        feil.QuerySelector("#Data_Kontonummer")!.GetAttribute("value").ShouldBe("1234 56 78900", "what was typed comes back");
        var lagret = await kari.SubmitAsync(konto, "main form", new Dictionary<string, string> { ["Data.Kontonummer"] = "1234 56 78903", ["Data.Kilde"] = "Telefon fra betaleren" });
        var etter = await kari.GetDocumentAsync(lagret.Headers.Location!.OriginalString);
        etter.QuerySelector("p.kvittering[role=status]")!.TextContent.ShouldBe("Kontonummeret er lagret. Utbetalingen kommer med i neste kjøring.");
        etter.QuerySelector("a[aria-label='Oppgi kontonummer for Feil Betaler, 77,00 kr']").ShouldBeNull();

        var laget = await kari.SubmitAsync(etter, "section[aria-labelledby=h-venter] form", new Dictionary<string, string>());
        var kjoring = await kari.GetDocumentAsync(laget.Headers.Location!.OriginalString);
        kjoring.QuerySelector("#hindring")!.TextContent.ShouldBe("Bare en leder kan godkjenne en utbetalingskjøring.");
        kjoring.QuerySelector("form[aria-labelledby=h-godkjenn]").ShouldBeNull();
        kjoring.QuerySelectorAll("table.utskrift caption").Select(c => c.TextContent).ShouldContain("Feil Betaler (betaler, tilbakebetaling), konto 1234 56 78903: 77,00 kr");
    }

    [Fact]
    public async Task The_creditor_sees_its_account_and_statement_and_a_wrong_account_number_is_refused_by_its_field()
    {
        var sofie = app.Browser();
        await sofie.LogInAsync("kreditor@namsmannen.test", DemoBrukere.Passord);

        var side = await sofie.GetDocumentAsync("/kreditor/utbetalinger");

        side.QuerySelector("#konto")!.TextContent.ShouldStartWith("Utbetales til konto 1503 ");
        side.QuerySelectorAll("section[aria-labelledby=h-utskrift] tbody tr td:nth-child(4)").Select(t => t.TextContent).ShouldContain(t => t.StartsWith("Kjøring ", StringComparison.Ordinal));
        var feil = await (await sofie.SubmitAsync(side, "main form", new Dictionary<string, string> { ["Data.Kontonummer"] = "12345" })).ParseAsync();
        feil.QuerySelector(".feiloppsummering a[href='#Data_Kontonummer']")!.TextContent.ShouldBe("Kontonummeret må ha 11 siffer, for eksempel 1234 56 78903.");
        var ok = await sofie.SubmitAsync(side, "main form", new Dictionary<string, string> { ["Data.Kontonummer"] = "1234.56.78903" });
        var etter = await sofie.GetDocumentAsync(ok.Headers.Location!.OriginalString);
        etter.QuerySelector("#konto")!.TextContent.ShouldBe("Utbetales til konto 1234 56 78903.");
    }
}
