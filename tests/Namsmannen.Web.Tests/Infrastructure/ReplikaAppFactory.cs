using Microsoft.AspNetCore.Hosting;
using Namsmannen.Hosting;
using Npgsql;

namespace Namsmannen.Web.Tests.Infrastructure;

/// <summary>
/// The app on a primary with a streaming replica for its reads (issue 20): a throwaway cluster of its own (the run's
/// shared server holds every test's database, too much to copy), migrated and seeded, then <c>pg_basebackup</c> to a
/// hot standby on another port, and <c>ConnectionStrings:NamsmannenLesing</c> pointed at it.
/// </summary>
public sealed class ReplikaAppFactory : AppFactory
{
    private const string Database = "namsmannen";
    private LocalPostgres? primar;
    private LocalPostgres? replika;

    public override string ConnectionString => primar!.ConnectionString(Database);

    public string ReplikaConnectionString => replika!.ConnectionString(Database);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        replika = primar!.StartStandby();
        await using var tilkobling = new NpgsqlConnection(ReplikaConnectionString);
        await tilkobling.OpenAsync();
    }

    protected override async Task<string> OpprettDatabaseAsync()
    {
        primar = LocalPostgres.StartThrowaway();
        await using var tilkobling = new NpgsqlConnection(primar.ConnectionString());
        await tilkobling.OpenAsync();
        await using var kommando = new NpgsqlCommand($"CREATE DATABASE {Database}", tilkobling);
        await kommando.ExecuteNonQueryAsync();
        return Database;
    }

    protected override Task SlettDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        replika?.StopAndDelete();
        primar?.StopAndDelete();
        return Task.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:NamsmannenLesing", ReplikaConnectionString);
    }
}
