using System.Net;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

public sealed class ArbeidslisteSideTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_next_page_link_continues_where_the_first_page_ended()
    {
        var client = app.Browser();
        await client.LogInAsync("leder@namsmannen.test", DemoBrukere.Passord);

        var first = await client.GetDocumentAsync("/saksbehandling?Data.Visning=Alle");
        var firstNumbers = first.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        firstNumbers.Count.ShouldBe(25);
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;

        next.ShouldStartWith("/saksbehandling?Data.Visning=Alle&");
        var second = await client.GetDocumentAsync(next);
        var secondNumbers = second.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        secondNumbers.Count.ShouldBe(25);
        secondNumbers.Intersect(firstNumbers).ShouldBeEmpty();
        second.QuerySelector(".sider a")!.TextContent.ShouldBe("Til første side");
    }

    [Fact]
    public async Task A_caseworker_takes_a_new_case_from_the_queue_and_it_becomes_theirs()
    {
        var client = app.Browser();
        await client.LogInAsync("saksbehandler2@namsmannen.test", DemoBrukere.Passord);
        var queue = await client.GetDocumentAsync("/saksbehandling?Data.Visning=Ufordelte");
        var saksnummer = queue.QuerySelector("tbody td a")!.TextContent;
        var mineFor = queue.QuerySelector(".nokkeltall .tall-stort")!.TextContent;

        var taken = await client.SubmitAsync(queue, "tbody tr:first-child form", new Dictionary<string, string>());

        taken.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetDocumentAsync(taken.Headers.Location!.OriginalString);
        after.QuerySelector(".kvittering")!.TextContent.ShouldBe($"Du har tatt sak {saksnummer}.");
        after.QuerySelectorAll("tbody td a").Select(a => a.TextContent).ShouldNotContain(saksnummer);
        var mine = await client.GetDocumentAsync("/saksbehandling?Data.Visning=Mine");
        mine.QuerySelectorAll("tbody td a").Select(a => a.TextContent).ShouldContain(saksnummer);
        int.Parse(mine.QuerySelector(".nokkeltall .tall-stort")!.TextContent, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBe(int.Parse(mineFor, System.Globalization.CultureInfo.InvariantCulture) + 1);
    }

    [Fact]
    public async Task A_too_short_search_is_explained_and_the_queue_still_shows()
    {
        var client = app.Browser();
        await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);

        var page = await client.GetDocumentAsync("/saksbehandling?Data.Visning=Alle&Data.Sok=ab");

        page.QuerySelector(".feiloppsummering a")!.TextContent.ShouldBe("Skriv minst tre tegn av navnet, eller et helt saksnummer, fødselsnummer eller organisasjonsnummer.");
        page.QuerySelector(".feiloppsummering a")!.GetAttribute("href").ShouldBe("#Data_Sok");
        page.QuerySelectorAll("tbody tr").Length.ShouldBe(25);
    }
}

/// <summary>Issue 12, M8: a search by fødselsnummer never puts the number in an address.</summary>
public sealed class IdentifikatorsokTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_fodselsnummer_search_posts_and_travels_as_a_token_and_an_old_link_is_redirected_to_one()
    {
        var fnr = KreditorApi.NyttFodselsnummer();
        var saksnummer = (await (await app.DemoKlient().SendBatchAsync(KreditorApi.Begjaring("SOK-1", fnr))).JsonAsync()).GetProperty("kvitteringer")[0].GetProperty("saksnummer").GetString()!;
        var client = app.Browser();
        await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var side = await client.GetDocumentAsync("/saksbehandling?Data.Visning=Alle");

        var sok = await client.SubmitAsync(side, "form[role=search]", new Dictionary<string, string> { ["Data.Sok"] = fnr });
        var gammel = await client.GetAsync("/saksbehandling?Data.Visning=Alle&Data.Sok=" + fnr);

        sok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var adresse = sok.Headers.Location!.ToString();
        adresse.ShouldNotContain(fnr);
        adresse.ShouldContain("sok=");
        var treff = await client.GetDocumentAsync(adresse);
        treff.QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent.Trim()).ShouldBe([saksnummer]);
        ((AngleSharp.Html.Dom.IHtmlInputElement)treff.QuerySelector("#Data_Sok")!).Value.ShouldBe(fnr);
        treff.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ShouldAllBe(h => !h.Contains(fnr));
        gammel.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        gammel.Headers.Location!.ToString().ShouldNotContain(fnr);
        (await client.GetDocumentAsync("/saksbehandling?sok=ugyldig")).QuerySelector(".feiloppsummering")!.TextContent.ShouldContain("Søket er utløpt. Søk på nytt.");
    }
}
