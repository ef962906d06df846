using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class TrekkGrunnlag : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "advarsler",
            table: "utleggstrekk",
            type: "jsonb",
            nullable: false,
            defaultValueSql: "'[]'::jsonb");

        migrationBuilder.AddColumn<string>(
            name: "grunnlag",
            table: "utleggstrekk",
            type: "jsonb",
            nullable: false,
            defaultValueSql: "'{}'::jsonb");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "advarsler",
            table: "utleggstrekk");

        migrationBuilder.DropColumn(
            name: "grunnlag",
            table: "utleggstrekk");
    }
}
