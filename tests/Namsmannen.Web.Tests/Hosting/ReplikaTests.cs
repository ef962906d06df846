using System.Diagnostics;
using System.Net;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;
using Npgsql;

namespace Namsmannen.Web.Tests.Hosting;

/// <summary>
/// Issue 20: the dashboard, the case lists and their search, and the creditors' feed read from a streaming replica
/// when <c>ConnectionStrings:NamsmannenLesing</c> is set; what is written on the primary is there within a bound; the
/// replica is never written to.
/// </summary>
public sealed class ReplikaTests(ReplikaAppFactory app) : IClassFixture<ReplikaAppFactory>
{
    /// <summary>How long a write may take to reach the replica's reads on this machine.</summary>
    private static readonly TimeSpan Grense = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task The_lists_read_from_the_replica_a_write_reaches_them_within_the_bound_and_nothing_writes_to_the_replica()
    {
        (await Databaseverdi.SkalarAsync<bool>(app.ReplikaConnectionString, "SELECT pg_is_in_recovery()")).ShouldBeTrue("the replica is a hot standby");
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);

        // The replica stops replaying: a case made on the primary now is on its page (the primary) but not in the list.
        await Databaseverdi.SkalarAsync<object>(app.ReplikaSuperbrukerConnectionString, "SELECT pg_wal_replay_pause()");
        var (saksnummer, _) = await app.NySakAsync();
        (await kari.GetAsync($"/saksbehandling/saker/{saksnummer}")).StatusCode.ShouldBe(HttpStatusCode.OK, "the case page reads the primary");
        (await TreffAsync(kari, saksnummer)).ShouldBeFalse("the list reads the replica, which has not replayed the case yet");
        var leder = app.Browser();
        await leder.LogInAsync("leder@namsmannen.test", DemoBrukere.Passord);
        (await leder.GetDocumentAsync("/leder")).QuerySelector("#replikaetterslep").ShouldNotBeNull("the dashboard says it reads a replica, and how far behind it is");

        // Replaying again, the case is in the list within the bound.
        await Databaseverdi.SkalarAsync<object>(app.ReplikaSuperbrukerConnectionString, "SELECT pg_wal_replay_resume()");
        var klokke = Stopwatch.StartNew();
        while (!await TreffAsync(kari, saksnummer))
        {
            klokke.Elapsed.ShouldBeLessThan(Grense, "a write reaches the replica's reads within the bound");
            await Task.Delay(50);
        }

        Console.WriteLine($"replica: the new case was in the list {klokke.ElapsedMilliseconds} ms after replay resumed");

        // The creditor's feed is numbered on the primary and read from the replica: the new case's event is there.
        // A lagging replica gives a shorter page, never a gap: polling on from the last number gets the line.
        var klient = app.DemoKlient();
        var saker = new List<string>();
        var feedklokke = Stopwatch.StartNew();
        for (var etter = 0L; !saker.Contains(saksnummer);)
        {
            var side = System.Text.Json.JsonDocument.Parse(await klient.GetStringAsync($"/api/v1/hendelser?etter={etter}&antall=500")).RootElement;
            var hendelser = side.GetProperty("hendelser").EnumerateArray().ToList();
            saker.AddRange(hendelser.Select(h => h.GetProperty("saksnummer").GetString()!));
            etter = side.GetProperty("neste").GetInt64();
            if (hendelser.Count == 0)
            {
                feedklokke.Elapsed.ShouldBeLessThan(Grense, "the feed line reaches the replica within the bound");
                await Task.Delay(50);
            }
        }

        saker.Count(s => s == saksnummer).ShouldBe(1, "each line once");

        // Nothing was written to the replica: it is in recovery, where PostgreSQL refuses every write, even the superuser's (and the pages
        // above, which would have failed on a write, answered).
        var skrivefeil = await Should.ThrowAsync<PostgresException>(() => Databaseverdi.SkalarAsync<object>(app.ReplikaSuperbrukerConnectionString, "CREATE TABLE forsok (id int)"));
        skrivefeil.SqlState.ShouldBe(PostgresErrorCodes.ReadOnlySqlTransaction);
    }

    private static async Task<bool> TreffAsync(HttpClient klient, string saksnummer)
    {
        var side = await klient.GetDocumentAsync($"/saksbehandling?Data.Visning=Alle&Data.Sok={saksnummer}");
        return side.QuerySelectorAll("tbody tr a").Any(a => a.TextContent.Trim() == saksnummer);
    }
}
