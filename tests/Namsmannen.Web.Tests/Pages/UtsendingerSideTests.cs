using System.Net;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data.Utboks;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

/// <summary>Issue 18: the office's error list of the outbox, and a message sent again from it.</summary>
public sealed class UtsendingerSideTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_failed_notice_is_listed_for_its_office_only_and_is_sent_again_from_the_list()
    {
        var (saksnummer, _) = await app.NySakAsync(Saksstadium.Utleggspant);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var sakId = await db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Id).SingleAsync();
        var utsending = await db.Utsendinger.Where(u => u.SakId == sakId && u.Register == Domain.Regler.Register.Losoreregisteret).SingleAsync();
        // As the worker leaves a notice the register refused (the worker itself is tested in UtboksTests).
        await db.Utsendinger.Where(u => u.Id == utsending.Id).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.Status, Utsendingsstatus.Feilet).SetProperty(x => x.Forsok, 1).SetProperty(x => x.SisteFeil, "Løsøreregisteret avviste meldingen: skyldneren er ukjent."));

        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var side = await kari.GetDocumentAsync("/saksbehandling/utsendinger");
        var rad = side.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == saksnummer);
        rad.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).Take(4).ShouldBe(["Registrering til Løsøreregisteret", "Feilet", "1", "Løsøreregisteret avviste meldingen: skyldneren er ukjent."]);

        var svar = await kari.SubmitAsync(side, $"form[action$='id={utsending.Id}']", new Dictionary<string, string>());
        svar.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await kari.GetDocumentAsync(svar.Headers.Location!.OriginalString)).QuerySelector("p.kvittering[role=status]")!.TextContent
            .ShouldBe($"Registreringen i sak {saksnummer} er lagt i kø og sendes innen ett minutt.");
        (await db.Utsendinger.AsNoTracking().SingleAsync(u => u.Id == utsending.Id)).Status.ShouldBe(Utsendingsstatus.Venter);
        (await db.SaksHendelser.CountAsync(h => h.SakId == sakId && h.Type == "UTSENDING_PA_NYTT")).ShouldBe(1);

        var sakside = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        sakside.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == "Registreringer").QuerySelectorAll("tbody tr")
            .Select(r => r.QuerySelectorAll("td")[^1].TextContent).ShouldAllBe(s => s == "Sendt til registeret, venter på kvittering");

        // Another office's failed notice: not on Kari's list, and sending it again by its id is "not found".
        var (annen, _) = await app.NySakAsync(Saksstadium.Utleggspant);
        var annenId = await db.Saker.Where(s => s.Saksnummer == annen).Select(s => s.Id).SingleAsync();
        var vest = await db.Utsendinger.Where(u => u.SakId == annenId).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
        await db.Utsendinger.Where(u => u.Id == vest).ExecuteUpdateAsync(u => u.SetProperty(x => x.Kontor, "VEST").SetProperty(x => x.Status, Utsendingsstatus.Feilet));
        var liste = await kari.GetDocumentAsync("/saksbehandling/utsendinger");
        liste.QuerySelectorAll("tbody th").Select(t => t.TextContent).ShouldNotContain(annen);
        var token = liste.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        (await kari.PostAsync($"/saksbehandling/utsendinger?id={vest}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await db.Utsendinger.AsNoTracking().SingleAsync(u => u.Id == vest)).Status.ShouldBe(Utsendingsstatus.Feilet);
    }
}
