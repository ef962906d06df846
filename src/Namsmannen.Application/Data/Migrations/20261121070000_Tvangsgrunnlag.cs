using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Namsmannen.Application.Data.Migrations;

/// <summary>Each case keeps its tvangsgrunnlag and the date of the § 4-18 varsel, so tvangskraft can be checked.</summary>
[DbContext(typeof(NamsmannenDbContext))]
[Migration("20261121070000_Tvangsgrunnlag")]
public sealed class Tvangsgrunnlag : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Cases from before this migration get "Skriftstykke" without dates: their verdict then says the due date is
        // missing, which is true, rather than inventing dates. The default only fills them and is then removed.
        migrationBuilder.Sql("""
            ALTER TABLE saker ADD COLUMN grunnlag_type character varying(40) NOT NULL DEFAULT 'Skriftstykke';
            ALTER TABLE saker ALTER COLUMN grunnlag_type DROP DEFAULT;
            """);
        migrationBuilder.AddColumn<DateOnly>(name: "grunnlag_forkynt", table: "saker", type: "date", nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "grunnlag_oppfyllelsesfrist", table: "saker", type: "date", nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "grunnlag_forfall", table: "saker", type: "date", nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "varsel_sendt", table: "saker", type: "date", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var column in new[] { "varsel_sendt", "grunnlag_forfall", "grunnlag_oppfyllelsesfrist", "grunnlag_forkynt", "grunnlag_type" })
        {
            migrationBuilder.DropColumn(name: column, table: "saker");
        }
    }
}
