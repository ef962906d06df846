using System.Net;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;
using Npgsql;

namespace Namsmannen.Web.Tests.Pages;

/// <summary>
/// Issue 12, M8: a search by a debtor's number and a view of the debtor's page are in the lookup log, which an
/// administrator reads by the number (itself logged) and nobody can change.
/// </summary>
public sealed class OppslagsloggTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<AngleSharp.Dom.IDocument> LesAsync(HttpClient admin, string identifikator)
    {
        var side = await admin.GetDocumentAsync("/admin/oppslag");
        return await (await admin.SubmitAsync(side, "main form", new Dictionary<string, string> { ["Data.Identifikator"] = identifikator })).ParseAsync();
    }

    private static IReadOnlyList<string> Rader(AngleSharp.Dom.IDocument side) =>
        side.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Skip(1).Select(c => c.TextContent.Trim()))).ToList();

    [Fact]
    public async Task A_search_by_number_and_a_view_of_the_debtors_page_are_listed_for_the_administrator_newest_first()
    {
        var fnr = KreditorApi.NyttFodselsnummer();
        await app.DemoKlient().SendBatchAsync(KreditorApi.Begjaring("OPPSLAG-1", fnr));
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var liste = await kari.GetDocumentAsync("/saksbehandling?Data.Visning=Alle");
        var treff = await kari.GetDocumentAsync((await kari.SubmitAsync(liste, "form[role=search]", new Dictionary<string, string> { ["Data.Sok"] = fnr })).Headers.Location!.ToString());
        var sak = await kari.GetDocumentAsync(treff.QuerySelector("tbody tr a")!.GetAttribute("href")!);
        (await kari.GetAsync(sak.QuerySelector("a[href^='/saksbehandling/skyldnere/']")!.GetAttribute("href"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = app.Browser();
        await admin.LogInAsync("admin@namsmannen.test", DemoBrukere.Passord);

        var forste = await LesAsync(admin, fnr);
        var andre = await LesAsync(admin, fnr[..6] + " " + fnr[6..]);

        forste.QuerySelector("#h-oppslag")!.TextContent.ShouldBe($"Oppslag på Ola Testesen ({fnr[..6]} *****)");
        Rader(forste).ShouldBe(["Åpnet skyldnersiden | Kari Nordmann | Oslo politidistrikt", "Søkte på nummeret i sakslisten | Kari Nordmann | Oslo politidistrikt"]);
        Rader(andre)[0].ShouldBe("Leste oppslagsloggen | Per Aas | Ingen (administrator)", "the administrator's reading is logged too");
        forste.QuerySelector("tbody tr td")!.TextContent.ShouldMatch(@"^\d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}$");
    }

    [Fact]
    public async Task A_wrong_number_is_named_by_field_and_an_unknown_one_says_there_is_no_such_debtor()
    {
        var admin = app.Browser();
        await admin.LogInAsync("admin@namsmannen.test", DemoBrukere.Passord);

        var feil = await LesAsync(admin, "12345");
        var ukjent = await LesAsync(admin, KreditorApi.NyttFodselsnummer());

        feil.QuerySelector(".feiloppsummering a[href='#Data_Identifikator']")!.TextContent.ShouldBe("Skriv et fødselsnummer (11 siffer) eller organisasjonsnummer (9 siffer).");
        ukjent.QuerySelector("#oppslag-tom")!.TextContent.ShouldBe("Namsmannen har ingen skyldner med dette nummeret, så ingen oppslag er knyttet til det.");
    }

    [Fact]
    public async Task Only_an_administrator_reads_the_log_and_nobody_changes_it()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        (await kari.GetAsync("/admin/oppslag")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);

        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO oppslagslogg (tidspunkt, art, utfort_av_navn) VALUES (now(), 'TEST', 'Test')");
        var endring = await Should.ThrowAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("UPDATE oppslagslogg SET utfort_av_navn = 'Noen andre'"));
        var sletting = await Should.ThrowAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM oppslagslogg"));
        (endring.SqlState, sletting.SqlState).ShouldBe(("42501", "42501"));
    }
}
