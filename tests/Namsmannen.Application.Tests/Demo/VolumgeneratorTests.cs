using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Data;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;
using Namsmannen.Hosting;
using Namsmannen.Hosting.Demo;

namespace Namsmannen.Application.Tests.Demo;

public sealed class VolumgeneratorTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_generated_office_has_valid_ids_a_realistic_mix_and_a_history_line_for_every_case()
    {
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(seedDemoData: true, default);
            var resultat = await scope.ServiceProvider.GetRequiredService<Volumgenerator>().GenererAsync(3_000, null, default);
            resultat.Saker.ShouldBe(3_000);
        }

        await using var db = TestPostgres.CreateDbContext(fixture.DatabaseName);
        var saker = await db.Saker.AsNoTracking().Where(s => s.KreditorReferanse.StartsWith("VOL-")).ToListAsync();
        saker.Count.ShouldBe(3_000);

        // Valid identity numbers for every debtor, people and companies.
        var skyldnere = await db.Skyldnere.AsNoTracking().ToListAsync();
        skyldnere.Where(s => s.Type == Skyldnertype.Person && !Fodselsnummer.TryParse(s.Identifikator, out _, out _)).ShouldBeEmpty();
        skyldnere.Where(s => s.Type == Skyldnertype.Virksomhet && !Organisasjonsnummer.TryParse(s.Identifikator, out _, out _)).ShouldBeEmpty();
        skyldnere.Count(s => s.Type == Skyldnertype.Virksomhet).ShouldBeGreaterThan(0);

        // A mix: every stage occurs, open cases outnumber closed ones among the young, the old are mostly closed.
        saker.Select(s => s.Stadium).Distinct().Count().ShouldBe(Enum.GetValues<Saksstadium>().Length);
        var idag = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
        var gamle = saker.Where(s => s.Mottatt < idag.AddDays(-200)).ToList();
        gamle.Count(s => s.ErLukket).ShouldBeGreaterThan(gamle.Count / 2);

        // The domain's invariants hold: a pause knows where it stood, money never exceeds the claim, paid cases are closed.
        saker.ShouldAllBe(s => Saksforlop.Pauser.Contains(s.Stadium) == (s.ForrigeStadium != null));
        saker.ShouldAllBe(s => s.Innbetalt >= 0 && s.Innbetalt <= s.Krav);
        saker.Where(s => s.Innbetalt == s.Krav).ShouldAllBe(s => s.Stadium == Saksstadium.Avsluttet);
        saker.Where(s => s.Stadium is Saksstadium.Utleggstrekk or Saksstadium.VarselSendt).ShouldAllBe(s => s.Type == Begjaringstype.Utlegg);

        // Creditors by a long tail: the largest has several times the smallest's volume.
        var perKreditor = saker.GroupBy(s => s.KreditorId).Select(g => g.Count()).OrderDescending().ToList();
        perKreditor.Count.ShouldBe(20);
        perKreditor[0].ShouldBeGreaterThan(perKreditor[^1] * 5);

        // Every case has its audit line and one status-feed line, numbered without gaps after what was there.
        var ider = saker.Select(s => s.Id).ToHashSet();
        (await db.SaksHendelser.CountAsync(h => h.Type == "OVERFORT_FRA_HISTORIKK" && h.UtfortAvNavn == "Volumgenerator")).ShouldBe(3_000);
        var sekvenser = await db.KreditorHendelser.Where(h => h.Type == "OVERFORT_FRA_HISTORIKK" && h.Referanse.StartsWith("VOL-")).OrderBy(h => h.Sekvens).Select(h => h.Sekvens!.Value).ToListAsync();
        sekvenser.Count.ShouldBe(3_000);
        (sekvenser[^1] - sekvenser[0]).ShouldBe(2_999);
        (await db.Frister.CountAsync(f => f.Type == Fristtype.Utleggsforretning && ider.Contains(f.SakId))).ShouldBe(saker.Count(s => s.Stadium == Saksstadium.VarselSendt));
    }
}

/// <summary>Issue 12, M11: a long COPY is not cut off by the connection's short default command timeout.</summary>
public sealed class VolumgeneratorTidsavbruddTests : IAsyncLifetime
{
    private string database = string.Empty;

    public async Task InitializeAsync() => database = await TestPostgres.CreateDatabaseAsync();

    public Task DisposeAsync() => TestPostgres.DropDatabaseAsync(database);

    [Fact]
    public async Task A_slow_COPY_outlasting_the_default_timeout_completes()
    {
        // Every history row costs 2 ms in a trigger (the schema owner's to make): 1 500 rows take about 3 s against a 1-second default timeout.
        await using (var db = TestPostgres.CreateEierDbContext(database))
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE FUNCTION test_treg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.002); RETURN NEW; END $$;
                CREATE TRIGGER test_treg BEFORE INSERT ON saks_hendelser FOR EACH ROW EXECUTE FUNCTION test_treg();
                """);
        }

        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<Namsmannen.Application.Common.ICurrentUser>(new TestUser())
            .AddNamsmannenApplication(TestPostgres.ConnectionString(database) + ";Command Timeout=1")
            .AddNamsmannenDemo()
            .BuildServiceProvider();
        await using (services)
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(seedDemoData: true, default);
            var framdrift = new List<string>();
            var resultat = await scope.ServiceProvider.GetRequiredService<Volumgenerator>().GenererAsync(1_500, framdrift.Add, default);

            resultat.Saker.ShouldBe(1_500);
            framdrift.ShouldContain(l => l.Contains("saker skrevet", StringComparison.Ordinal), "progress says where the writing is");
        }
    }
}
