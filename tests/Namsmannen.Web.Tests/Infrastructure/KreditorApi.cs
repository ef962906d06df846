using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Hosting.Demo;

namespace Namsmannen.Web.Tests.Infrastructure;

/// <summary>Helpers for the creditor API: clients with a key, keys for other creditors, valid begjæringer.</summary>
public static class KreditorApi
{
    private static int lopenummer = 100;

    /// <summary>A client for the demo creditor, with the factory's own key for it (the printed demo key works only in Development).</summary>
    public static HttpClient DemoKlient(this AppFactory app) => app.ApiKlient(app.DemoNokkel);

    public static HttpClient ApiKlient(this AppFactory app, string nokkel)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", nokkel);
        return client;
    }

    /// <summary>The demo creditor's id (the one with the demo key and the portal login).</summary>
    public static async Task<Guid> DemoKreditorAsync(this AppFactory app)
    {
        await using var db = app.CreateDbContext();
        return await db.ApiNokler.Where(k => k.Prefiks == DemoBrukere.ApiNokkelPrefiks).Select(k => k.KreditorId).SingleAsync();
    }

    /// <summary>A new key for a creditor other than the demo creditor, and that creditor's id.</summary>
    public static async Task<(string Nokkel, Guid KreditorId)> AnnenKreditorAsync(this AppFactory app)
    {
        var demo = await app.DemoKreditorAsync();
        await using var db = app.CreateDbContext();
        var annen = await db.Kreditorer.Where(k => k.Id != demo).OrderBy(k => k.Navn).Select(k => k.Id).FirstAsync();
        return (await app.NyNokkelAsync(annen), annen);
    }

    /// <summary>A new API key for a creditor, stored hashed as the portal stores it.</summary>
    public static async Task<string> NyNokkelAsync(this AppFactory app, Guid kreditorId)
    {
        await using var db = app.CreateDbContext();
        var (nokkel, prefiks, hash) = ApiNokkelformat.Lag();
        db.ApiNokler.Add(new ApiNokkel { Id = Guid.NewGuid(), KreditorId = kreditorId, Navn = "Test", Prefiks = prefiks, Hash = hash, Opprettet = DateTimeOffset.UtcNow, OpprettetAvNavn = "Test" });
        await db.SaveChangesAsync();
        return nokkel;
    }

    /// <summary>A valid fødselsnummer not used before in this test run.</summary>
    public static string NyttFodselsnummer()
    {
        while (true)
        {
            var n = Interlocked.Increment(ref lopenummer);
            if (Fodselsnummer.Create(new DateOnly(1960, 1, 1).AddDays(n % 15000), n % 1000) is { } fnr)
            {
                return fnr.Verdi;
            }
        }
    }

    /// <summary>An enforceable begjæring om utlegg on a skriftstykke: due 60 days ago, varsel sent 50 days ago.</summary>
    public static Dictionary<string, object?> Begjaring(string referanse, string? fodselsnummer = null, decimal hovedstol = 12_000.50m)
    {
        var idag = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System);
        return new Dictionary<string, object?>
        {
            ["referanse"] = referanse,
            ["type"] = "utlegg",
            ["skyldner"] = new Dictionary<string, object?>
            {
                ["identifikator"] = fodselsnummer ?? NyttFodselsnummer(),
                ["navn"] = "Ola Testesen",
                ["adresse"] = "Storgata 1",
                ["postnummer"] = "0155",
                ["poststed"] = "Oslo",
            },
            ["grunnlag"] = new Dictionary<string, object?> { ["type"] = "skriftstykke", ["forfall"] = idag.AddDays(-60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            ["krav"] = new Dictionary<string, object?> { ["hovedstol"] = hovedstol, ["renter"] = 310.25m, ["omkostninger"] = 700m },
            ["varselSendt"] = idag.AddDays(-50).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    public static Task<HttpResponseMessage> SendBatchAsync(this HttpClient client, params object[] begjaringer) =>
        client.PostAsJsonAsync("/api/v1/begjaringer/batch", new { begjaringer });

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
