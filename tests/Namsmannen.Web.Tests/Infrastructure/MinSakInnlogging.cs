using System.Net;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Infrastructure;

/// <summary>
/// A debtor's log-in as a browser does it (issue 19): «Min sak» sends them to the log-in page, its link to the identity
/// provider (the local test provider in the tests, through the production OpenID Connect handler), the test person's
/// form, the code back to the app, and the debtor's cookie.
/// </summary>
public static class MinSakInnlogging
{
    public static async Task<HttpClient> SkyldnerAsync(this AppFactory app, string fodselsnummer, string niva = "idporten-loa-substantial")
    {
        var klient = app.Browser();
        var svar = await LoggInnAsync(klient, fodselsnummer, niva);
        svar.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        svar.Headers.Location!.OriginalString.ShouldBe("/min-sak");
        return klient;
    }

    /// <summary>Follows the log-in to the app's callback and returns its answer (a redirect to «Min sak» when it worked).</summary>
    public static async Task<HttpResponseMessage> LoggInnAsync(HttpClient klient, string fodselsnummer, string niva = "idporten-loa-substantial")
    {
        var start = await klient.GetAsync("/min-sak");
        start.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var innlogging = await klient.GetDocumentAsync(start.Headers.Location!.OriginalString);
        var lenke = innlogging.QuerySelector("a.knapplenke")!.GetAttribute("href")!;
        var tilIdp = await klient.GetAsync(lenke);
        tilIdp.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var skjema = await klient.GetDocumentAsync(tilIdp.Headers.Location!.ToString());
        var tilbake = await klient.SubmitAsync(skjema, "form", new Dictionary<string, string> { ["pid"] = fodselsnummer, ["niva"] = niva });
        if (tilbake.StatusCode != HttpStatusCode.Redirect)
        {
            return tilbake;
        }

        return await klient.GetAsync(tilbake.Headers.Location!.ToString());
    }

    /// <summary>The fødselsnummer of a debtor.</summary>
    public static async Task<string> FodselsnummerAsync(this AppFactory app, Guid skyldnerId)
    {
        await using var db = app.CreateDbContext();
        return await db.Skyldnere.Where(s => s.Id == skyldnerId).Select(s => s.Identifikator).SingleAsync();
    }

}
