using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class SatsraderIVedtak : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long[]>(
            name: "satsrader",
            table: "utleggstrekk",
            type: "bigint[]",
            nullable: false,
            defaultValueSql: "'{}'::bigint[]");

        migrationBuilder.AddColumn<long>(
            name: "satsrad_id",
            table: "kontoposter",
            type: "bigint",
            nullable: true);

        migrationBuilder.CreateIndex(
            name: "ix_kontoposter_satsrad_id",
            table: "kontoposter",
            column: "satsrad_id");

        migrationBuilder.AddForeignKey(
            name: "fk_kontoposter_satsrader_satsrad_id",
            table: "kontoposter",
            column: "satsrad_id",
            principalTable: "satsrader",
            principalColumn: "id",
            onDelete: ReferentialAction.Restrict);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropForeignKey(
            name: "fk_kontoposter_satsrader_satsrad_id",
            table: "kontoposter");

        migrationBuilder.DropIndex(
            name: "ix_kontoposter_satsrad_id",
            table: "kontoposter");

        migrationBuilder.DropColumn(
            name: "satsrader",
            table: "utleggstrekk");

        migrationBuilder.DropColumn(
            name: "satsrad_id",
            table: "kontoposter");
    }
}
