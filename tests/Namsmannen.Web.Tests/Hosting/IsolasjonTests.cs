using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Hosting;

/// <summary>
/// Issue 12, "keep them closed": every endpoint and page that takes an id is tried with another party's id, by
/// enumerating the app's routes, so a new endpoint is covered the day it is added. Creditor against creditor,
/// office against office: 404 everywhere, and the other party's case is unchanged.
/// </summary>
public sealed class IsolasjonTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] IdParametre = ["{saksnummer}", "{id:guid}", "{id}"];

    private IReadOnlyList<RouteEndpoint> MedId(string prefiks)
    {
        _ = app.Server;
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText!.TrimStart('/')).StartsWith(prefiks, StringComparison.Ordinal))
            .Where(e => IdParametre.Any(p => e.RoutePattern.RawText!.Contains(p, StringComparison.Ordinal)))
            .ToList();
    }

    private static string Url(RouteEndpoint endepunkt, string saksnummer, Guid id) =>
        "/" + endepunkt.RoutePattern.RawText!.TrimStart('/').Replace("{saksnummer}", saksnummer, StringComparison.Ordinal)
            .Replace("{id:guid}", id.ToString(), StringComparison.Ordinal).Replace("{id}", id.ToString(), StringComparison.Ordinal)
            .Replace("{handling}", nameof(Namsmannen.Domain.Saker.Handling.Henlegg), StringComparison.Ordinal);

    private async Task<(uint Versjon, int Hendelser)> TilstandAsync(string saksnummer)
    {
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var sak = await db.Saker.AsNoTracking().SingleAsync(s => s.Saksnummer == saksnummer);
        return (sak.Versjon, await db.SaksHendelser.CountAsync(h => h.SakId == sak.Id));
    }

    [Fact]
    public async Task A_creditor_gets_404_from_every_API_endpoint_and_portal_page_for_another_creditors_ids()
    {
        var (annenNokkel, _) = await app.AnnenKreditorAsync();
        var annen = app.ApiKlient(annenNokkel);
        var svar = await (await annen.SendBatchAsync(KreditorApi.Begjaring("ISOLASJON-ANNEN"))).JsonAsync();
        var saksnummer = svar.GetProperty("kvitteringer")[0].GetProperty("saksnummer").GetString()!;
        var innsending = svar.GetProperty("innsendingId").GetGuid();
        var for_ = await TilstandAsync(saksnummer);

        var api = app.DemoKlient();
        var provd = new List<string>();
        var lekk = new List<string>();
        foreach (var endepunkt in MedId("/api/v1/"))
        {
            var url = Url(endepunkt, saksnummer, innsending);
            foreach (var metode in endepunkt.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                var foresporsel = new HttpRequestMessage(new HttpMethod(metode), url);
                if (metode is "POST" or "PUT")
                {
                    foresporsel.Content = new StringContent("""{"belop":1,"dato":"2026-12-01","hovedstol":1,"renter":0,"omkostninger":0,"til":"2027-01-15","begrunnelse":"x","rekkefolge":[]}""", Encoding.UTF8, "application/json");
                }

                var respons = await api.SendAsync(foresporsel);
                provd.Add(metode + " " + url);
                if (respons.StatusCode != HttpStatusCode.NotFound)
                {
                    lekk.Add($"{metode} {url}: {(int)respons.StatusCode}");
                }
            }
        }

        var portal = app.Browser();
        await portal.LogInAsync("kreditor@namsmannen.test", DemoBrukere.Passord);
        var egen = await portal.GetDocumentAsync("/kreditor/ny-begjaring");
        var token = ((IHtmlInputElement)egen.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        foreach (var side in MedId("/kreditor/"))
        {
            var url = Url(side, saksnummer, innsending);
            var respons = await portal.GetAsync(url);
            provd.Add("GET " + url);
            if (respons.StatusCode != HttpStatusCode.NotFound)
            {
                lekk.Add($"GET {url}: {(int)respons.StatusCode}");
            }

            foreach (var handler in Handlere(side))
            {
                var post = await portal.PostAsync(handler.Length == 0 ? url : url + "?handler=" + handler, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Data.Belop", "1"), new("Data.Begrunnelse", "x"), new("bekreft", "true")]));
                provd.Add($"POST {url}?handler={handler}");
                if (post.StatusCode != HttpStatusCode.NotFound)
                {
                    lekk.Add($"POST {url}?handler={handler}: {(int)post.StatusCode}");
                }
            }
        }

        provd.Count.ShouldBeGreaterThan(10);
        lekk.ShouldBeEmpty();
        (await TilstandAsync(saksnummer)).ShouldBe(for_, "nothing of the other creditor's case changed");
    }

    [Fact]
    public async Task A_caseworker_gets_404_from_every_page_and_form_for_another_offices_case_and_debtor()
    {
        // A debtor in Bergen: the case goes to Vest politidistrikt, and the debtor has no case in Oslo.
        var bergen = KreditorApi.Begjaring("ISOLASJON-VEST");
        ((Dictionary<string, object?>)bergen["skyldner"]!)["postnummer"] = "5003";
        ((Dictionary<string, object?>)bergen["skyldner"]!)["poststed"] = "Bergen";
        var nummer = (await (await app.DemoKlient().SendBatchAsync(bergen)).JsonAsync()).GetProperty("kvitteringer")[0].GetProperty("saksnummer").GetString();
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var annen = await db.Saker.AsNoTracking().Where(s => s.Saksnummer == nummer).Select(s => new { s.Saksnummer, s.SkyldnerId, s.Id, s.Kontor }).SingleAsync();
        annen.Kontor.ShouldBe("VEST");
        db.Vedlegg.Add(new Application.Data.Portal.Vedlegg { Id = Guid.NewGuid(), SakId = annen.Id, Filnavn = "dom.pdf", Innholdstype = "application/pdf", Storrelse = 1, Innhold = [1], LastetOpp = DateTimeOffset.UtcNow, LastetOppAvNavn = "Test" });
        await db.SaveChangesAsync();
        var vedlegg = await db.Vedlegg.Where(v => v.SakId == annen.Id).Select(v => v.Id).FirstAsync();
        var for_ = await TilstandAsync(annen.Saksnummer);

        var klient = app.Browser();
        await klient.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var egen = await klient.GetDocumentAsync("/saksbehandling");
        var token = ((IHtmlInputElement)egen.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var provd = new List<string>();
        var lekk = new List<string>();
        foreach (var side in MedId("/saksbehandling/"))
        {
            var url = Url(side, annen.Saksnummer, side.RoutePattern.RawText!.Contains("skyldnere", StringComparison.Ordinal) ? annen.SkyldnerId : vedlegg);
            var respons = await klient.GetAsync(url);
            provd.Add("GET " + url);
            if (respons.StatusCode != HttpStatusCode.NotFound)
            {
                lekk.Add($"GET {url}: {(int)respons.StatusCode}");
            }

            foreach (var handler in Handlere(side))
            {
                var sti = handler.Length == 0 ? url : url + "?handler=" + handler + (handler == "Vedlegg" ? "&id=" + vedlegg : string.Empty);
                var post = await klient.PostAsync(sti, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Data.Belop", "1"), new("Data.Begrunnelse", "x"), new("Data.Handling", "GodtaBegjaring"), new("Data.NettoInntektPerManed", "1"), new("NyAdresse.Adresse", "Gata 1"), new("NyAdresse.Postnummer", "0155"), new("NyAdresse.Poststed", "Oslo")]));
                provd.Add("POST " + sti);
                if (post.StatusCode != HttpStatusCode.NotFound)
                {
                    lekk.Add($"POST {sti}: {(int)post.StatusCode}");
                }
            }
        }

        var fil = await klient.GetAsync($"/saksbehandling/saker/{annen.Saksnummer}?handler=Vedlegg&id={vedlegg}");
        if (fil.StatusCode != HttpStatusCode.NotFound)
        {
            lekk.Add($"GET vedlegg: {(int)fil.StatusCode}");
        }

        provd.Count.ShouldBeGreaterThan(30);
        lekk.ShouldBeEmpty();
        (await TilstandAsync(annen.Saksnummer)).ShouldBe(for_, "nothing of the other office's case changed");
        await using var etter = TestPostgres.CreateDbContext(app.DatabaseName);
        var skyldner = await etter.Skyldnere.AsNoTracking().SingleAsync(s => s.Id == annen.SkyldnerId);
        skyldner.Husstand.ShouldBeNull();
        skyldner.Postadresse.ShouldBe("Storgata 1, 5003 Bergen");
    }

    /// <summary>The page's POST handlers, by name, from the compiled page.</summary>
    private IReadOnlyList<string> Handlere(RouteEndpoint side)
    {
        var sti = side.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath;
        var modell = typeof(Program).Assembly.GetTypes().Single(t => t.IsSubclassOf(typeof(PageModel)) && t.FullName == "Namsmannen.Web.Pages" + sti.Replace('/', '.'));
        // Every POST handler, the unnamed one (an action page's form) as "".
        return modell.GetMethods().Select(m => m.Name).Where(n => n.StartsWith("OnPost", StringComparison.Ordinal))
            .Select(n => n["OnPost".Length..].Replace("Async", string.Empty, StringComparison.Ordinal)).Distinct().ToList();
    }
}
