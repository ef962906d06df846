using Namsmannen.Application.Features.Innbetalinger;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

/// <summary>Issue 16: the office uploads the bank's camt.054 file, sees what each line became, and the suspense queue.</summary>
public sealed class InnbetalingSideTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_caseworker_uploads_a_bank_file_the_KID_payment_lands_on_the_case_and_the_unknown_one_waits_in_suspense()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var (saksnummer, _) = await app.NySakAsync();
        var sak = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        var kid = sak.QuerySelector("#kid")!.TextContent;
        var idag = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System);
        var fil = Camt054Eksempelfil.Lag("WEB-1", DateTimeOffset.Now,
        [
            new("WEB-BANK-1", 500m, idag, kid, "Ola Betaler"),
            new("WEB-BANK-2", 123.45m, idag, null, "Ukjent Betaler", "Til namsmannen"),
        ]);

        var side = await kari.GetDocumentAsync("/saksbehandling/innbetalinger");
        var svar = await (await kari.SubmitMedFilerAsync(side, "main form", new Dictionary<string, string>(), "Fil", ("camt054.xml", fil))).ParseAsync();

        svar.QuerySelector("#resultat .kvittering")!.TextContent.ShouldBe("Ført på sak: 1, uavklart: 1, lest før: 0.");
        svar.QuerySelectorAll("#resultat tbody tr").Select(r => r.Children[3].TextContent).ShouldBe([$"Ført på sak {saksnummer}", "Uavklart: Betalingen har ingen KID."]);
        svar.QuerySelectorAll("section[aria-labelledby=h-uavklart] tbody tr").Select(r => r.Children[2].TextContent).ShouldContain("Ukjent Betaler");
        var etter = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        etter.QuerySelectorAll("#kontoutskrift tbody tr td:nth-child(3)").Select(t => t.TextContent).ShouldContain("Innbetaling");

        var igjen = await (await kari.SubmitMedFilerAsync(side, "main form", new Dictionary<string, string>(), "Fil", ("camt054.xml", fil))).ParseAsync();
        igjen.QuerySelector("#resultat [role=status]")!.TextContent.ShouldBe("Denne filen er lest inn før. Ingenting er ført på nytt.");

        var tom = await (await kari.SubmitMedFilerAsync(side, "main form", new Dictionary<string, string>(), "Fil", ("annet.xml", "<Document/>"u8.ToArray()))).ParseAsync();
        tom.QuerySelector(".feiloppsummering a[href='#Fil']")!.TextContent.ShouldBe("Filen er ikke en camt.054-fil (BankToCustomerDebitCreditNotification).");
    }

    [Fact]
    public async Task The_demo_has_read_a_bank_file_with_KID_payments_on_cases_and_one_in_suspense()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);

        var side = await kari.GetDocumentAsync("/saksbehandling/innbetalinger");

        side.QuerySelectorAll("section[aria-labelledby=h-uavklart] tbody tr").Select(r => r.Children[3].TextContent).ShouldContain("ingen KID, «Betaling av gjeld»");
        await using var db = Namsmannen.Application.Tests.Infrastructure.TestPostgres.CreateDbContext(app.DatabaseName);
        var bokfort = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            System.Linq.Queryable.Where(db.Innbetalinger, i => i.Referanse.StartsWith("DEMO-BANK-0") && i.SakId != null));
        bokfort.Count.ShouldBe(5, "five demo cases were paid by KID");
    }

    [Fact]
    public async Task A_caseworker_clears_a_payment_from_suspense_onto_its_case_from_its_own_page()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var (saksnummer, _) = await app.NySakAsync();
        var fil = Camt054Eksempelfil.Lag("WEB-HAND", DateTimeOffset.Now, [new("WEB-HAND-1", 321m, Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System), null, "Uten Kid", $"Sak {saksnummer}")]);
        var side = await kari.GetDocumentAsync("/saksbehandling/innbetalinger");
        var lest = await (await kari.SubmitMedFilerAsync(side, "main form", new Dictionary<string, string>(), "Fil", ("hand.xml", fil))).ParseAsync();

        var avklar = await kari.GetDocumentAsync(lest.QuerySelector("a[aria-label='Avklar innbetalingen WEB-HAND-1']")!.GetAttribute("href")!);
        avklar.QuerySelector("h1")!.TextContent.ShouldBe("Avklar innbetaling WEB-HAND-1");
        var feil = await (await kari.SubmitAsync(avklar, "form[aria-labelledby=h-knytt]", new Dictionary<string, string> { ["Data.Saksnummer"] = "26-999999" })).ParseAsync();
        feil.QuerySelector(".feiloppsummering a[href='#Data_Saksnummer']")!.TextContent.ShouldBe("Fant ingen sak med saksnummer 26-999999.");

        var ok = await kari.SubmitAsync(avklar, "form[aria-labelledby=h-knytt]", new Dictionary<string, string> { ["Data.Saksnummer"] = saksnummer });
        var etter = await kari.GetDocumentAsync(ok.Headers.Location!.OriginalString);
        etter.QuerySelector("p.kvittering[role=status]")!.TextContent.ShouldBe($"Innbetalingen WEB-HAND-1 er ført på sak {saksnummer}.");
        etter.QuerySelectorAll("section[aria-labelledby=h-uavklart] a").Select(a => a.GetAttribute("aria-label")).ShouldNotContain("Avklar innbetalingen WEB-HAND-1");
        (await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}")).QuerySelectorAll("#kontoutskrift tbody tr td:nth-child(3)").Select(t => t.TextContent).ShouldContain("Innbetaling");
    }
}
