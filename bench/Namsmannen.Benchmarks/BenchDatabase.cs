using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;
using Namsmannen.Hosting;
using Npgsql;

namespace Namsmannen.Benchmarks;

/// <summary>
/// A fresh, migrated database for one benchmark run: on <c>NAMSMANNEN_BENCH_DATABASE</c> if set, otherwise on a local
/// cluster in <c>.local/bench-pgdata</c> with PostgreSQL's normal durability settings (unlike the test clusters).
/// </summary>
public sealed class BenchDatabase
{
    private BenchDatabase(string admin, string name, LocalPostgres? cluster)
    {
        Admin = admin;
        Name = name;
        Cluster = cluster;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true, MaxPoolSize = 50 }.ConnectionString;
    }

    public string Admin { get; }

    public string Name { get; }

    public string ConnectionString { get; }

    public LocalPostgres? Cluster { get; }

    /// <param name="existing">An existing database (kept with NAMSMANNEN_BENCH_KEEP=1) to measure again without seeding.</param>
    public static async Task<BenchDatabase> CreateAsync(string prefix, string? existing = null)
    {
        var configured = Environment.GetEnvironmentVariable("NAMSMANNEN_BENCH_DATABASE");
        LocalPostgres? cluster = null;
        string admin;
        if (string.IsNullOrWhiteSpace(configured))
        {
            cluster = LocalPostgres.Start(Path.Combine(".local", "bench-pgdata"), 54339);
            admin = cluster.ConnectionString();
        }
        else
        {
            admin = configured;
        }

        admin = new NpgsqlConnectionStringBuilder(admin) { Database = "postgres", Pooling = false }.ConnectionString;
        var name = existing ?? $"{prefix}_{DateTime.UtcNow:yyyyMMddHHmmss}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @n", connection);
            exists.Parameters.AddWithValue("n", name);
            if ((long)(await exists.ExecuteScalarAsync())! == 1)
            {
                return new BenchDatabase(admin, name, cluster);
            }
        }

        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var database = new BenchDatabase(admin, name, cluster);
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public NamsmannenDbContext CreateDbContext() => NamsmannenDbContext.Opprett(ConnectionString);

    public async Task<string> ServerVersionAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection.PostgreSqlVersion.ToString();
    }

    public async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>One value from the database (the default for NULL), for the benchmarks' counts and checks.</summary>
    public static async Task<T> SkalarAsync<T>(NpgsqlConnection connection, string sql, int timeoutSekunder = 30)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = timeoutSekunder };
        var verdi = await command.ExecuteScalarAsync();
        return verdi is DBNull or null ? default! : (T)verdi;
    }
}
