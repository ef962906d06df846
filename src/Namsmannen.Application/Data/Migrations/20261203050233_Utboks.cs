using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class Utboks : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateOnly>(
            name: "kvittert",
            table: "registreringer",
            type: "date",
            nullable: true);

        migrationBuilder.AddColumn<Guid>(
            name: "referanse",
            table: "registreringer",
            type: "uuid",
            nullable: false,
            defaultValueSql: "gen_random_uuid()");

        migrationBuilder.AddColumn<DateOnly>(
            name: "slettet",
            table: "registreringer",
            type: "date",
            nullable: true);

        migrationBuilder.CreateTable(
            name: "utsendinger",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                sak_id = table.Column<Guid>(type: "uuid", nullable: false),
                kontor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                art = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                register = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                referanse = table.Column<Guid>(type: "uuid", nullable: false),
                status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                forsok = table.Column<int>(type: "integer", nullable: false),
                opprettet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                neste_forsok = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                siste_feil = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                kvittert = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                kvittering = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_utsendinger", x => x.id);
                table.ForeignKey(
                    name: "fk_utsendinger_saker_sak_id",
                    column: x => x.sak_id,
                    principalTable: "saker",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "utsendingsforsok",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                utsending_id = table.Column<long>(type: "bigint", nullable: false),
                tidspunkt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                lyktes = table.Column<bool>(type: "boolean", nullable: false),
                utfall = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_utsendingsforsok", x => x.id);
                table.ForeignKey(
                    name: "fk_utsendingsforsok_utsendinger_utsending_id",
                    column: x => x.utsending_id,
                    principalTable: "utsendinger",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "ix_registreringer_referanse",
            table: "registreringer",
            column: "referanse",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_utsendinger_kontor_status",
            table: "utsendinger",
            columns: new[] { "kontor", "status" });

        migrationBuilder.CreateIndex(
            name: "ix_utsendinger_neste_forsok",
            table: "utsendinger",
            column: "neste_forsok",
            filter: "status = 'Venter'");

        migrationBuilder.CreateIndex(
            name: "ix_utsendinger_referanse_art",
            table: "utsendinger",
            columns: new[] { "referanse", "art" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_utsendinger_sak_id",
            table: "utsendinger",
            column: "sak_id");

        migrationBuilder.CreateIndex(
            name: "ix_utsendingsforsok_utsending_id",
            table: "utsendingsforsok",
            column: "utsending_id");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "utsendingsforsok");

        migrationBuilder.DropTable(
            name: "utsendinger");

        migrationBuilder.DropIndex(
            name: "ix_registreringer_referanse",
            table: "registreringer");

        migrationBuilder.DropColumn(
            name: "kvittert",
            table: "registreringer");

        migrationBuilder.DropColumn(
            name: "referanse",
            table: "registreringer");

        migrationBuilder.DropColumn(
            name: "slettet",
            table: "registreringer");
    }
}
