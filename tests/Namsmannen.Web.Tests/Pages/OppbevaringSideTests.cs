using System.Net;
using Namsmannen.Application.Common;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

/// <summary>Issue 20, part 3: the case page says what the retention rules will do, and a supervisor sets a legal hold.</summary>
public sealed class OppbevaringSideTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_supervisor_sets_and_lifts_a_legal_hold_with_a_reason_and_a_caseworker_cannot()
    {
        var (saksnummer, _) = await app.NySakAsync();
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var sak = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        Tekst(sak, "section[aria-labelledby=oppbevaring]").ShouldBe("Oppbevaring Saken er åpen. Ingenting slettes før den er avsluttet.");
        sak.QuerySelector($"a[href='/saksbehandling/saker/{saksnummer}/rettslig-hold']").ShouldBeNull("only a supervisor or an administrator is offered it");
        var nektet = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}/rettslig-hold");
        nektet.QuerySelector("#hindring")!.TextContent.ShouldBe("Bare en leder eller en administrator kan sette eller oppheve rettslig hold.");
        nektet.QuerySelector("main form[method=post]").ShouldBeNull();

        var ingrid = app.Browser();
        await ingrid.LogInAsync("leder@namsmannen.test", DemoBrukere.Passord);
        var side = await ingrid.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        side.QuerySelector($"a[href='/saksbehandling/saker/{saksnummer}/rettslig-hold']")!.TextContent.ShouldBe("Sett rettslig hold");
        var skjema = await ingrid.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}/rettslig-hold");
        skjema.QuerySelector("h1")!.TextContent.ShouldBe("Sett rettslig hold");

        var uten = await ingrid.SubmitAsync(skjema, "main form[method=post]", new Dictionary<string, string> { ["Data.Grunn"] = "" });
        uten.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await uten.ParseAsync()).QuerySelector(".feiloppsummering li")!.TextContent.ShouldBe("Skriv hvorfor.");

        var satt = await ingrid.SubmitAsync(skjema, "main form[method=post]", new Dictionary<string, string> { ["Data.Grunn"] = "Søksmål om erstatning i Oslo tingrett." });
        satt.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var etter = await ingrid.GetDocumentAsync(satt.Headers.Location!.OriginalString);
        etter.QuerySelector(".kvittering")!.TextContent.ShouldBe("Saken har rettslig hold. Den slettes eller anonymiseres ikke før holdet er opphevet.");
        etter.QuerySelector("#rettslig-hold")!.TextContent.ShouldBe($"Rettslig hold fra {Oslotid.IDag(TimeProvider.System):dd.MM.yyyy}. Saken slettes eller anonymiseres ikke mens holdet står. Grunn: Søksmål om erstatning i Oslo tingrett.");
        etter.QuerySelectorAll(".tidslinje li").Select(li => li.TextContent).ShouldContain(t => t.Contains("Rettslig hold: saken slettes eller anonymiseres ikke før holdet er opphevet. Grunn: Søksmål om erstatning i Oslo tingrett.", StringComparison.Ordinal));

        var oppheve = await ingrid.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}/rettslig-hold");
        oppheve.QuerySelector("h1")!.TextContent.ShouldBe("Opphev rettslig hold");
        var opphevet = await ingrid.SubmitAsync(oppheve, "main form[method=post]", new Dictionary<string, string> { ["Data.Grunn"] = "Søksmålet er trukket." });
        var til = await ingrid.GetDocumentAsync(opphevet.Headers.Location!.OriginalString);
        til.QuerySelector(".kvittering")!.TextContent.ShouldBe("Det rettslige holdet er opphevet. Reglene for sletting og anonymisering gjelder igjen.");
        til.QuerySelector("#rettslig-hold").ShouldBeNull();
    }

    private static string Tekst(AngleSharp.Html.Dom.IHtmlDocument side, string velger) =>
        string.Join(' ', side.QuerySelector(velger)!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
