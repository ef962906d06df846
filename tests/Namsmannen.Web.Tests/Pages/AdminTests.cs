using System.Net;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

public sealed class AdminTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_rejected_user_form_shows_each_error_beside_its_field_and_keeps_what_was_typed()
    {
        var client = app.Browser();
        await client.LogInAsync("admin@namsmannen.test", DemoBrukere.Passord);
        var page = await client.GetDocumentAsync("/admin/brukere");

        var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Data.FulltNavn"] = "Nora Vik",
            ["Data.Epost"] = "nora@namsmannen.test",
            ["Data.Rolle"] = "Saksbehandler",
            ["Data.Kontor"] = "OSLO",
            ["Data.Passord"] = "kort",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await response.ParseAsync();
        result.QuerySelector("#Data_Passord-feil")!.TextContent.ShouldContain("Passordet må ha minst 12 tegn.");
        result.QuerySelectorAll(".feiloppsummering a").ShouldAllBe(a => a.GetAttribute("href") == "#Data_Passord");
        result.QuerySelector("#Data_FulltNavn")!.GetAttribute("value").ShouldBe("Nora Vik");
        result.QuerySelectorAll("tbody tr").Length.ShouldBe(DemoBrukere.Alle.Count, "the list is shown again, and nothing was added");
    }

    [Fact]
    public async Task A_new_user_is_confirmed_listed_and_can_log_in()
    {
        var client = app.Browser();
        await client.LogInAsync("admin@namsmannen.test", DemoBrukere.Passord);
        var page = await client.GetDocumentAsync("/admin/brukere");

        var response = await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Data.FulltNavn"] = "Nora Vik",
            ["Data.Epost"] = "nora.vik@namsmannen.test",
            ["Data.Rolle"] = "Leder",
            ["Data.Kontor"] = "VEST",
            ["Data.Passord"] = "Nytt-passord-2026",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetDocumentAsync("/admin/brukere");
        after.QuerySelector(".kvittering")!.TextContent.ShouldBe("Brukeren nora.vik@namsmannen.test er opprettet.");
        after.QuerySelectorAll("tbody tr").Select(r => r.Children[1].TextContent).ShouldContain("nora.vik@namsmannen.test");

        var nora = app.Browser();
        (await nora.LogInAsync("nora.vik@namsmannen.test", "Nytt-passord-2026")).Headers.Location!.OriginalString.ShouldBe("/leder");
    }
}
