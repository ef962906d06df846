using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;
using Namsmannen.Hosting;
using Npgsql;

namespace Namsmannen.Application.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server per test run (<see cref="PostgresValg"/>): <c>NAMSMANNEN_TEST_DATABASE</c> (a connection string
/// with the right to create databases) when set; a <c>postgres:17</c> container when a Docker engine answers; otherwise
/// a throwaway cluster started from the machine's binaries. A template database is migrated once; every test class
/// clones it in milliseconds with <c>CREATE DATABASE … TEMPLATE</c>.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<PostgresValg> Valget = new(() => PostgresValg.Velg(
        Environment.GetEnvironmentVariable("NAMSMANNEN_TEST_DATABASE"), Environment.GetEnvironmentVariable("DOCKER_HOST"), TimeSpan.FromSeconds(2)));

    private static readonly Lazy<Server> Instance = new(StartServer, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly SemaphoreSlim CreateLock = new(1, 1);

    /// <summary>The server this run uses, and why (reported in one line of the test output, see <see cref="MeldendeTestFramework"/>).</summary>
    public static PostgresValg Valg => Valget.Value;

    public static string AdminConnectionString => Instance.Value.AdminConnectionString;

    /// <summary><paramref name="database"/> as the application logs in: <see cref="Databaseroller.App"/>, which owns nothing.</summary>
    public static string ConnectionString(string database) => Som(database, Databaseroller.App);

    /// <summary><paramref name="database"/> as the schema's owner, who runs the migrations (<see cref="Databaseroller.Eier"/>).</summary>
    public static string EierConnectionString(string database) => Som(database, Databaseroller.Eier);

    /// <summary><paramref name="database"/> as the server's superuser, for what only a superuser does (a test that a role may not).</summary>
    public static string SuperbrukerConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    private static string Som(string database, string rolle) =>
        Databaseroller.Som(SuperbrukerConnectionString(database), rolle, Instance.Value.Rollepassord);

    /// <summary>A fresh database cloned from the migrated template.</summary>
    public static Task<string> CreateDatabaseAsync() => CreateAsync(Instance.Value.Template);

    /// <summary>A fresh, empty database (for the drift test's <c>EnsureCreated</c> side).</summary>
    public static Task<string> CreateEmptyDatabaseAsync() => CreateAsync("template0");

    public static async Task DropDatabaseAsync(string database)
    {
        if (string.IsNullOrEmpty(database))
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    public static NamsmannenDbContext CreateDbContext(string database) => NamsmannenDbContext.Opprett(ConnectionString(database));

    /// <summary>A context as the schema's owner, for a test that changes the schema (a fault injected by a trigger).</summary>
    public static NamsmannenDbContext CreateEierDbContext(string database) => NamsmannenDbContext.Opprett(EierConnectionString(database));

    private static async Task<string> CreateAsync(string template)
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..20];
        // PostgreSQL refuses two clones of one template at the same instant, so clones take turns (each takes milliseconds).
        await CreateLock.WaitAsync();
        try
        {
            await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\" OWNER {Databaseroller.Eier}");
        }
        finally
        {
            CreateLock.Release();
        }

        return name;
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static Server StartServer()
    {
        string admin;
        switch (Valg.Kilde)
        {
            case PostgresKilde.Konfigurert:
                admin = Environment.GetEnvironmentVariable("NAMSMANNEN_TEST_DATABASE")!;
                break;
            case PostgresKilde.Container:
                // Not exercised on these machines, which have no Docker engine (docs/decisions/0004).
                var container = new Testcontainers.PostgreSql.PostgreSqlBuilder(PostgresValg.Bilde).Build();
                container.StartAsync().GetAwaiter().GetResult();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
                admin = container.GetConnectionString();
                break;
            default:
                var cluster = LocalPostgres.StartThrowaway();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.StopAndDelete();
                admin = cluster.ConnectionString();
                break;
        }

        admin = new NpgsqlConnectionStringBuilder(admin) { Database = "postgres", Pooling = false }.ConnectionString;
        // The roles share the server's password (the embedded cluster makes them as it starts; a configured server here).
        var rollepassord = new NpgsqlConnectionStringBuilder(admin).Password ?? string.Empty;
        Databaseroller.OpprettAsync(admin, rollepassord).GetAwaiter().GetResult();

        // One template per test process, so test assemblies running side by side never share one.
        var template = $"tpl_{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..8]}";
        Databaseroller.OpprettDatabaseAsync(admin, template).GetAwaiter().GetResult();

        // Migrated as the schema's owner, as in production; the tests' app logs in as the role that owns nothing.
        var templateConnection = Databaseroller.Som(new NpgsqlConnectionStringBuilder(admin) { Database = template }.ConnectionString, Databaseroller.Eier, rollepassord);
        using (var db = NamsmannenDbContext.Opprett(templateConnection))
        {
            db.Database.Migrate();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplate(admin, template);
        return new Server(admin, template, rollepassord);
    }

    private static void DropTemplate(string admin, string template)
    {
        try
        {
            using var connection = new NpgsqlConnection(admin);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // The throwaway cluster may already be gone; a shared server keeps a stray template, which is harmless.
        }
    }

    private sealed record Server(string AdminConnectionString, string Template, string Rollepassord);
}
