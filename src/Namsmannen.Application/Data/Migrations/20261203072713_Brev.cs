using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class Brev : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AlterColumn<string>(
            name: "register",
            table: "utsendinger",
            type: "character varying(30)",
            maxLength: 30,
            nullable: true,
            oldClrType: typeof(string),
            oldType: "character varying(30)",
            oldMaxLength: 30);

        migrationBuilder.AddColumn<bool>(
            name: "fortrolig_adresse",
            table: "skyldnere",
            type: "boolean",
            nullable: false,
            defaultValue: false);

        migrationBuilder.AddColumn<string>(
            name: "malform",
            table: "skyldnere",
            type: "character varying(10)",
            maxLength: 10,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "adresse",
            table: "kreditorer",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            defaultValue: "");

        migrationBuilder.AddColumn<string>(
            name: "malform",
            table: "kreditorer",
            type: "character varying(10)",
            maxLength: 10,
            nullable: false,
            defaultValue: "Bokmal");

        migrationBuilder.AddColumn<string>(
            name: "postnummer",
            table: "kreditorer",
            type: "character varying(4)",
            maxLength: 4,
            nullable: false,
            defaultValue: "");

        migrationBuilder.AddColumn<string>(
            name: "poststed",
            table: "kreditorer",
            type: "character varying(100)",
            maxLength: 100,
            nullable: false,
            defaultValue: "");

        migrationBuilder.CreateTable(
            name: "brev",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                sak_id = table.Column<Guid>(type: "uuid", nullable: false),
                art = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                mottaker = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                orgnr = table.Column<string>(type: "character(9)", fixedLength: true, maxLength: 9, nullable: true),
                grunnlag = table.Column<string>(type: "jsonb", nullable: false),
                bestilt = table.Column<DateOnly>(type: "date", nullable: false),
                malform = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                mal = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                kanal = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                sendt = table.Column<DateOnly>(type: "date", nullable: true),
                levert = table.Column<DateOnly>(type: "date", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_brev", x => x.id);
                table.ForeignKey(
                    name: "fk_brev_saker_sak_id",
                    column: x => x.sak_id,
                    principalTable: "saker",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "brevfiler",
            columns: table => new
            {
                brev_id = table.Column<Guid>(type: "uuid", nullable: false),
                html = table.Column<string>(type: "text", nullable: false),
                pdf = table.Column<byte[]>(type: "bytea", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_brevfiler", x => x.brev_id);
                table.ForeignKey(
                    name: "fk_brevfiler_brev_brev_id",
                    column: x => x.brev_id,
                    principalTable: "brev",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "ix_brev_sak_id",
            table: "brev",
            column: "sak_id");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "brevfiler");

        migrationBuilder.DropTable(
            name: "brev");

        migrationBuilder.DropColumn(
            name: "fortrolig_adresse",
            table: "skyldnere");

        migrationBuilder.DropColumn(
            name: "malform",
            table: "skyldnere");

        migrationBuilder.DropColumn(
            name: "adresse",
            table: "kreditorer");

        migrationBuilder.DropColumn(
            name: "malform",
            table: "kreditorer");

        migrationBuilder.DropColumn(
            name: "postnummer",
            table: "kreditorer");

        migrationBuilder.DropColumn(
            name: "poststed",
            table: "kreditorer");

        migrationBuilder.AlterColumn<string>(
            name: "register",
            table: "utsendinger",
            type: "character varying(30)",
            maxLength: 30,
            nullable: false,
            defaultValue: "",
            oldClrType: typeof(string),
            oldType: "character varying(30)",
            oldMaxLength: 30,
            oldNullable: true);
    }
}
