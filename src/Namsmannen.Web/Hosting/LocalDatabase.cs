using Namsmannen.Application.Data;
using Namsmannen.Hosting;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Resolves <c>ConnectionStrings:Namsmannen</c>. When it is absent in Development, starts the embedded default: a
/// PostgreSQL cluster from the machine's own binaries with its data under <c>.local/</c> in the repository.
/// </summary>
public static partial class LocalDatabase
{
    public const int DefaultPort = 54329;

    public static string ResolveConnectionString(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString("Namsmannen");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Namsmannen er ikke satt. Sett miljøvariabelen ConnectionStrings__Namsmannen (se docs/operations.md).");
        }

        var dataDirectory = builder.Configuration["LocalPostgres:DataDirectory"] ?? DefaultDataDirectory(builder.Environment.ContentRootPath);
        var port = builder.Configuration.GetValue("LocalPostgres:Port", DefaultPort);
        var cluster = LocalPostgres.Start(dataDirectory, port);
        builder.Services.AddSingleton(cluster);
        builder.Services.AddHostedService<LocalPostgresLifetime>();
        // The migrations run as the schema's owner and the app as a role that owns nothing (docs/operations.md «Database roles»).
        builder.Configuration[Eierforbindelse.Innstilling] = cluster.ConnectionString("namsmannen", Databaseroller.Eier);
        return cluster.ConnectionString("namsmannen", Databaseroller.App);
    }

    /// <summary>
    /// Creates the application database in the local cluster if it is new, owned by <see cref="Databaseroller.Eier"/>.
    /// A database made before the roles existed (owned by the cluster's superuser) is handed to that owner once.
    /// </summary>
    public static async Task EnsureDatabaseExistsAsync(IServiceProvider services)
    {
        if (services.GetService<LocalPostgres>() is not { } cluster)
        {
            return;
        }

        // The superuser's sessions are for this set-up only: unpooled, so none stays open beside the app.
        await using (var connection = new Npgsql.NpgsqlConnection(Upoolet(cluster.ConnectionString())))
        {
            await connection.OpenAsync();
            await using var exists = new Npgsql.NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = 'namsmannen'", connection);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await Databaseroller.OpprettDatabaseAsync(cluster.ConnectionString(), "namsmannen");
                return;
            }
        }

        await using var database = new Npgsql.NpgsqlConnection(Upoolet(cluster.ConnectionString("namsmannen")));
        await database.OpenAsync();
        await using var adopt = new Npgsql.NpgsqlCommand(Databaseroller.OvertaSql + Databaseroller.OvertaSimulatorskjemaSql + Databaseroller.SimulatorskjemaSql(Databaseroller.App), database);
        await adopt.ExecuteNonQueryAsync();
    }

    private static string Upoolet(string connectionString) => new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    /// <summary>
    /// <c>.local/pgdata</c> beside Namsmannen.sln. PostgreSQL runs as the postgres user, who must be able to reach the
    /// folder; when the checkout lies where that user cannot (under /root, say), the data goes to /var/tmp instead.
    /// </summary>
    private static string DefaultDataDirectory(string contentRoot)
    {
        var directory = new DirectoryInfo(contentRoot);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Namsmannen.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? contentRoot;
        var asRoot = Environment.UserName == "root";
        var local = asRoot && !OperatingSystem.IsWindows() && !ReachableByOthers(root)
            ? Path.Combine("/var/tmp", "namsmannen-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(root)))[..12].ToLowerInvariant())
            : Path.Combine(root, ".local");
        Directory.CreateDirectory(local);
        if (asRoot && !OperatingSystem.IsWindows())
        {
            // The postgres user must pass through to pgdata; LocalPostgres.Start creates pgdata and gives it to that user.
            File.SetUnixFileMode(local, File.GetUnixFileMode(local) | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);
        }

        return Path.Combine(local, "pgdata");
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool ReachableByOthers(string path)
    {
        for (var d = new DirectoryInfo(path); d is not null; d = d.Parent)
        {
            if (!File.GetUnixFileMode(d.FullName).HasFlag(UnixFileMode.OtherExecute))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Stops the local cluster cleanly when the app stops (Ctrl+C).</summary>
public sealed partial class LocalPostgresLifetime(LocalPostgres cluster, IHostApplicationLifetime lifetime, ILogger<LocalPostgresLifetime> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopped.Register(() =>
        {
            cluster.Stop();
            LogStopped(logger, cluster.DataDirectory);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped the local PostgreSQL in {DataDirectory}")]
    private static partial void LogStopped(ILogger logger, string dataDirectory);
}
