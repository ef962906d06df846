using Microsoft.EntityFrameworkCore.Design;

namespace Namsmannen.Application.Data;

/// <summary>
/// For <c>dotnet ef</c> (migrations add, script, has-pending-model-changes): the model needs no server, so the
/// connection string is only used by commands that do connect, and is taken from <c>ConnectionStrings__Namsmannen</c>.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<NamsmannenDbContext>
{
    public NamsmannenDbContext CreateDbContext(string[] args) => NamsmannenDbContext.Opprett(
        Environment.GetEnvironmentVariable("ConnectionStrings__Namsmannen") ?? "Host=localhost;Port=54329;Database=namsmannen;Username=namsmannen");
}
