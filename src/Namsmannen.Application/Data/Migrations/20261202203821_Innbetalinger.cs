using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class Innbetalinger : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "innbetalingsfiler",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                filnavn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                innhold = table.Column<byte[]>(type: "bytea", nullable: false),
                mottatt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                lastet_opp_av_navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_innbetalingsfiler", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "innbetalinger",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                fil_id = table.Column<Guid>(type: "uuid", nullable: false),
                referanse = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                belop = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                bokforingsdato = table.Column<DateOnly>(type: "date", nullable: false),
                valuteringsdato = table.Column<DateOnly>(type: "date", nullable: false),
                kid = table.Column<string>(type: "character varying(25)", maxLength: 25, nullable: true),
                betaler = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                tekst = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                merknad = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                sak_id = table.Column<Guid>(type: "uuid", nullable: true),
                kontor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_innbetalinger", x => x.id);
                table.ForeignKey(
                    name: "fk_innbetalinger_innbetalingsfiler_fil_id",
                    column: x => x.fil_id,
                    principalTable: "innbetalingsfiler",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_innbetalinger_saker_sak_id",
                    column: x => x.sak_id,
                    principalTable: "saker",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "ix_innbetalinger_fil_id",
            table: "innbetalinger",
            column: "fil_id");

        migrationBuilder.CreateIndex(
            name: "ix_innbetalinger_kontor_status",
            table: "innbetalinger",
            columns: new[] { "kontor", "status" });

        migrationBuilder.CreateIndex(
            name: "ix_innbetalinger_referanse",
            table: "innbetalinger",
            column: "referanse",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_innbetalinger_sak_id",
            table: "innbetalinger",
            column: "sak_id");

        migrationBuilder.CreateIndex(
            name: "ix_innbetalingsfiler_sha256",
            table: "innbetalingsfiler",
            column: "sha256",
            unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "innbetalinger");

        migrationBuilder.DropTable(
            name: "innbetalingsfiler");
    }
}
