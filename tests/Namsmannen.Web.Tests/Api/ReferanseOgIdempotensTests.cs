using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Penger;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Api;

/// <summary>Issue 12, H6: a referanse ties a claim to one case only, and a retried amendment is booked once.</summary>
public sealed class ReferanseOgIdempotensTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_same_referanse_twice_in_one_submission_keeps_the_first_and_refuses_the_later()
    {
        var forste = KreditorApi.Begjaring("GJENTATT-1");
        var andre = KreditorApi.Begjaring("GJENTATT-1");

        var kvitteringer = (await (await app.DemoKlient().SendBatchAsync(forste, KreditorApi.Begjaring("ANNEN-1"), andre)).JsonAsync()).GetProperty("kvitteringer");

        kvitteringer[0].GetProperty("status").GetString().ShouldBe("MOTTATT");
        kvitteringer[2].GetProperty("status").GetString().ShouldBe("AVVIST");
        kvitteringer[2].GetProperty("saksnummer").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var feil = kvitteringer[2].GetProperty("feil")[0];
        feil.GetProperty("kode").GetString().ShouldBe("REFERANSE_GJENTATT");
        feil.GetProperty("melding").GetString().ShouldBe("Referansen er brukt på linje 1 i samme innsending. Bare den første er behandlet.");
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var sak = await db.Saker.SingleAsync(s => s.KreditorReferanse == "GJENTATT-1");
        sak.Saksnummer.ShouldBe(kvitteringer[0].GetProperty("saksnummer").GetString());
        (await db.Skyldnere.SingleAsync(s => s.Id == sak.SkyldnerId)).Identifikator.ShouldBe((string)((Dictionary<string, object?>)forste["skyldner"]!)["identifikator"]!);
    }

    [Fact]
    public async Task A_replay_is_DUPLIKAT_only_with_the_same_content_and_otherwise_refused_naming_what_differs()
    {
        var api = app.DemoKlient();
        var original = KreditorApi.Begjaring("REPLAY-1");
        var saksnummer = (await (await api.SendBatchAsync(original)).JsonAsync()).GetProperty("kvitteringer")[0].GetProperty("saksnummer").GetString();

        var likt = (await (await api.SendBatchAsync(original)).JsonAsync()).GetProperty("kvitteringer")[0];
        var endret = KreditorApi.Begjaring("REPLAY-1", hovedstol: 99_000m);
        var ulikt = (await (await api.SendBatchAsync(endret)).JsonAsync()).GetProperty("kvitteringer")[0];

        (likt.GetProperty("status").GetString(), likt.GetProperty("saksnummer").GetString()).ShouldBe(("DUPLIKAT", saksnummer));
        ulikt.GetProperty("status").GetString().ShouldBe("AVVIST");
        ulikt.GetProperty("feil")[0].GetProperty("kode").GetString().ShouldBe("REFERANSE_BRUKT");
        ulikt.GetProperty("feil")[0].GetProperty("melding").GetString().ShouldBe(
            $"Referansen er alt brukt for sak {saksnummer}, med annet innhold i skyldner.identifikator, krav.hovedstol. Bruk en ny referanse for et nytt krav, eller endre saken med endringene i API-et.");
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        (await db.Saker.SingleAsync(s => s.KreditorReferanse == "REPLAY-1")).Hovedstol.ShouldBe(new Belop(12_000.50m));
    }

    [Fact]
    public async Task A_payment_retried_with_its_Idempotency_Key_is_booked_once_and_the_key_cannot_be_reused_for_another()
    {
        var api = app.DemoKlient();
        var saksnummer = (await (await api.SendBatchAsync(KreditorApi.Begjaring("IDEM-1"))).JsonAsync()).GetProperty("kvitteringer")[0].GetProperty("saksnummer").GetString();

        async Task<HttpResponseMessage> BetalAsync(decimal belop, string nokkel)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/saker/{saksnummer}/betalinger") { Content = JsonContent.Create(new { belop, dato = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System) }) };
            request.Headers.Add("Idempotency-Key", nokkel);
            return await api.SendAsync(request);
        }

        var forste = await BetalAsync(500m, "betaling-7f3a");
        var igjen = await BetalAsync(500m, "betaling-7f3a");
        var annen = await BetalAsync(600m, "betaling-7f3a");
        var ugyldig = await BetalAsync(600m, "med mellomrom");

        forste.StatusCode.ShouldBe(HttpStatusCode.OK);
        igjen.StatusCode.ShouldBe(HttpStatusCode.OK);
        igjen.Headers.GetValues("Idempotent-Replayed").Single().ShouldBe("true");
        (await igjen.Content.ReadAsStringAsync()).ShouldBe(await forste.Content.ReadAsStringAsync());
        (await forste.JsonAsync()).GetProperty("innbetalt").GetDecimal().ShouldBe(500m);
        annen.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await annen.JsonAsync()).GetProperty("detail").GetString().ShouldStartWith("Idempotency-Key «betaling-7f3a» er alt brukt for en annen forespørsel.");
        ugyldig.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var sak = await db.Saker.SingleAsync(s => s.Saksnummer == saksnummer);
        sak.Innbetalt.ShouldBe(new Belop(500m));
        (await db.Betalinger.CountAsync(b => b.SakId == sak.Id)).ShouldBe(1);
    }
}

/// <summary>Issue 12, M10: a batch can be validated with exactly the receipts a real submission gives, and nothing is written.</summary>
public sealed class ValiderBatchTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Validating_a_batch_answers_the_real_receipts_and_writes_nothing_not_even_a_submission()
    {
        var api = app.DemoKlient();
        var kjent = KreditorApi.Begjaring("VALIDER-KJENT");
        await api.SendBatchAsync(kjent);
        var ny = KreditorApi.Begjaring("VALIDER-NY");
        var feil = KreditorApi.Begjaring("VALIDER-FEIL", "01017012345");
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var (saker, innsendinger, hendelser) = (await db.Saker.CountAsync(), await db.Innsendinger.CountAsync(), await db.SaksHendelser.CountAsync());

        var svar = await api.PostAsJsonAsync("/api/v1/begjaringer/batch?valider=true", new { begjaringer = new object[] { ny, kjent, feil, ny } });

        svar.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await svar.JsonAsync();
        json.GetProperty("validert").GetBoolean().ShouldBeTrue();
        json.GetProperty("innsendingId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var k = json.GetProperty("kvitteringer");
        (k[0].GetProperty("status").GetString(), k[0].GetProperty("saksnummer").ValueKind).ShouldBe(("MOTTATT", System.Text.Json.JsonValueKind.Null));
        k[1].GetProperty("status").GetString().ShouldBe("DUPLIKAT");
        k[2].GetProperty("feil")[0].GetProperty("kode").GetString().ShouldBe("UGYLDIG_IDENTIFIKATOR");
        k[3].GetProperty("feil")[0].GetProperty("kode").GetString().ShouldBe("REFERANSE_GJENTATT");
        (await db.Saker.CountAsync(), await db.Innsendinger.CountAsync(), await db.SaksHendelser.CountAsync()).ShouldBe((saker, innsendinger, hendelser));
        (await db.Saker.CountAsync(s => s.KreditorReferanse == "VALIDER-NY")).ShouldBe(0);
    }
}
