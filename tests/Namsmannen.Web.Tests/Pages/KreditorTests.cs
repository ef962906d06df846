using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Demo;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

public sealed class KreditorTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_creditor_sees_its_own_cases_and_no_other_creditors()
    {
        var client = app.Browser();
        await client.LogInAsync("kreditor@namsmannen.test", DemoBrukere.Passord);

        var page = await client.GetDocumentAsync("/kreditor");

        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var own = await db.Users.Where(u => u.Email == "kreditor@namsmannen.test").Select(u => u.KreditorId).SingleAsync();
        var navn = await db.Kreditorer.Where(k => k.Id == own).Select(k => k.Navn).SingleAsync();
        var count = await db.Saker.CountAsync(s => s.KreditorId == own);
        count.ShouldBeGreaterThan(0);
        (await db.Saker.CountAsync(s => s.KreditorId != own)).ShouldBeGreaterThan(0, "the demo data must hold other creditors' cases to make this test mean something");

        page.QuerySelector("main p")!.TextContent.ShouldBe($"{navn} har {count} saker hos namsmannen.");
        var rows = page.QuerySelectorAll("tbody tr");
        rows.Length.ShouldBe(Math.Min(count, 25));
        rows.Select(r => r.Children[2].TextContent).Distinct().ShouldBe([navn]);
    }
}
