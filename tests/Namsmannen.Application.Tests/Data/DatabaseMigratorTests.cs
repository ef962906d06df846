using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Namsmannen.Application.Data;
using Namsmannen.Application.Tests.Infrastructure;

namespace Namsmannen.Application.Tests.Data;

public sealed class DatabaseMigratorTests
{
    [Fact]
    public async Task Several_instances_starting_together_migrate_an_empty_database_exactly_once()
    {
        var database = await TestPostgres.CreateEmptyDatabaseAsync();
        try
        {
            // The migrations run as the schema's owner; the app's own role could not create a table.
            var services = new ServiceCollection()
                .AddLogging()
                .AddSingleton(new Eierforbindelse(TestPostgres.EierConnectionString(database)))
                .AddNamsmannenApplication(TestPostgres.ConnectionString(database))
                .BuildServiceProvider();

            var applied = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
            {
                await using var scope = services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(seedDemoData: false, default);
            }));

            applied.Count(a => a.Count > 0).ShouldBe(1, "exactly one instance applies the migrations");
            await using var db = TestPostgres.CreateDbContext(database);
            var all = db.Database.GetMigrations().ToList();
            all.Count.ShouldBeGreaterThanOrEqualTo(9);
            all[0].ShouldBe("20261121050000_Grunnmur");
            applied.Single(a => a.Count > 0).ShouldBe(all, "the one instance applies every migration, in order");
            (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(all);
            (await db.Roles.OrderBy(r => r.Name).Select(r => r.Name).ToListAsync()).ShouldBe(["Admin", "Kreditor", "Leder", "Saksbehandler"]);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }
}
