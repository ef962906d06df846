namespace Namsmannen.Application.Data;

/// <summary>
/// Demo data that <see cref="DatabaseMigrator"/> lays down once, under its lock, when asked (Development only). The
/// demo office itself lives with the hosting (<c>Namsmannen.Hosting.Demo</c>), outside the application.
/// </summary>
public interface IDemodata
{
    Task SeedOnceAsync(CancellationToken cancellationToken);
}
