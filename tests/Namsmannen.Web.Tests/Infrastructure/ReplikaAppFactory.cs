using Microsoft.AspNetCore.Hosting;
using Namsmannen.Application.Data;
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

    public override string ConnectionString => primar!.ConnectionString(Database, Databaseroller.App);

    public override string EierConnectionString => primar!.ConnectionString(Database, Databaseroller.Eier);

    public string ReplikaConnectionString => replika!.ConnectionString(Database, Databaseroller.App);

    /// <summary>The replica as its superuser, who alone may pause and resume its replay.</summary>
    public string ReplikaSuperbrukerConnectionString => replika!.ConnectionString(Database);

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
        await Databaseroller.OpprettDatabaseAsync(primar.ConnectionString(), Database);
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
