namespace Namsmannen.Application.Data;

/// <summary>
/// <c>ConnectionStrings:NamsmannenEier</c>: the schema owner's login (<see cref="Databaseroller.Eier"/>), which the
/// migrations run under. Unset, they run under the application's own connection, as before the roles existed; the
/// readiness check then says the audit log is not protected from the application (docs/operations.md).
/// </summary>
public sealed record Eierforbindelse(string? ConnectionString)
{
    public const string Innstilling = "ConnectionStrings:NamsmannenEier";
}
