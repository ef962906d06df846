using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Namsmannen.Application.Data.Migrations;

/// <summary>The case lifecycle: what has been paid, and where a paused case returns to.</summary>
[DbContext(typeof(NamsmannenDbContext))]
[Migration("20261121060000_Saksforlop")]
public sealed class Saksforlop : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Existing cases have paid nothing; the default only fills them and is then removed, as in the model.
        migrationBuilder.Sql("""
            ALTER TABLE saker ADD COLUMN innbetalt numeric(14,2) NOT NULL DEFAULT 0;
            ALTER TABLE saker ALTER COLUMN innbetalt DROP DEFAULT;
            """);
        migrationBuilder.AddColumn<string>(name: "forrige_stadium", table: "saker", type: "character varying(30)", maxLength: 30, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "forrige_stadium", table: "saker");
        migrationBuilder.DropColumn(name: "innbetalt", table: "saker");
    }
}
