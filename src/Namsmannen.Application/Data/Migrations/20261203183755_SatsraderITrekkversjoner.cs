using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class SatsraderITrekkversjoner : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long[]>(
            name: "satsrader",
            table: "trekkomregning_linjer",
            type: "bigint[]",
            nullable: false,
            defaultValueSql: "'{}'::bigint[]");

        migrationBuilder.AddColumn<long[]>(
            name: "satsrader",
            table: "trekkberegninger",
            type: "bigint[]",
            nullable: false,
            defaultValueSql: "'{}'::bigint[]");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "satsrader",
            table: "trekkomregning_linjer");

        migrationBuilder.DropColumn(
            name: "satsrader",
            table: "trekkberegninger");
    }
}
