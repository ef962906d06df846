using Microsoft.EntityFrameworkCore.Migrations;

namespace Namsmannen.Application.Data.Migrations;

/// <summary>
/// Issue 13: the model snapshot starts here. <c>dotnet ef migrations add</c> scaffolded this migration and its snapshot;
/// its body was emptied by hand (the one edit), because the thirteen hand-written migrations before it already build
/// exactly this schema: the catalog comparison of the old drift test showed no difference at this commit. From here on,
/// migrations are scaffolded against the snapshot (docs/decisions/0005-migrations.md).
/// </summary>
public partial class Modellgrunnlag : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Nothing: the schema is already in place (see the summary).
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // Nothing: Up changed nothing.
    }
}
