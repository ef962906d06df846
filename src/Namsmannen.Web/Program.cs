using Namsmannen.Application;
using Namsmannen.Application.Data;
using Namsmannen.Web.Hosting;

if (args.Contains("--health-probe"))
{
    // For container health checks: the runtime image has no curl, so the app asks itself.
    return await HealthProbe.RunAsync(Environment.GetEnvironmentVariable("ASPNETCORE_URLS"));
}

var builder = WebApplication.CreateBuilder(args);
builder.AddNamsmannenLogging();
var connectionString = builder.ResolveConnectionString();
builder.Services.AddNamsmannenApplication(connectionString);
builder.Services.AddNamsmannenWeb();
if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue("Demo:Seed", false))
{
    builder.Services.AddHostedService<DemoBanner>();
}

var app = builder.Build();
await LocalDatabase.EnsureDatabaseExistsAsync(app.Services);

var migrateOnly = args.Contains("migrate");
if (migrateOnly || app.Configuration.GetValue("Database:MigrateOnStartup", true))
{
    await using var scope = app.Services.CreateAsyncScope();
    var seed = !migrateOnly && app.Configuration.GetValue("Demo:Seed", false);
    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(seed, app.Lifetime.ApplicationStopping);
}

if (migrateOnly)
{
    app.Services.GetService<LocalPostgres>()?.Stop();
    return 0;
}

app.UseNamsmannen();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the web tests' WebApplicationFactory.</summary>
public partial class Program;
