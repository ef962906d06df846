using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class SatsraderIFordeling : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long[]>(
            name: "satsrader",
            table: "fordelinger",
            type: "bigint[]",
            nullable: false,
            defaultValueSql: "'{}'::bigint[]");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "satsrader",
            table: "fordelinger");
    }
}
