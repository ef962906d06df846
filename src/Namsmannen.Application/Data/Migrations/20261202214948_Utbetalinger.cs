using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class Utbetalinger : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "kontonummer",
            table: "kreditorer",
            type: "character(11)",
            fixedLength: true,
            maxLength: 11,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "betaler_konto",
            table: "innbetalinger",
            type: "character varying(11)",
            maxLength: 11,
            nullable: true);

        migrationBuilder.CreateTable(
            name: "utbetalingskjoringer",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                nummer = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                kontor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                opprettet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                opprettet_av_id = table.Column<string>(type: "text", nullable: false),
                opprettet_av_navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                avgjort = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                avgjort_av_id = table.Column<string>(type: "text", nullable: true),
                avgjort_av_navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                begrunnelse = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                antall = table.Column<int>(type: "integer", nullable: false),
                sum = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                betalingsdato = table.Column<DateOnly>(type: "date", nullable: true),
                pain001 = table.Column<byte[]>(type: "bytea", nullable: true),
                xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_utbetalingskjoringer", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "utbetalinger",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                kontor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                art = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                mottakertype = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                mottaker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                kreditor_id = table.Column<Guid>(type: "uuid", nullable: true),
                kontonummer = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                belop = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                grunnlag = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                sak_id = table.Column<Guid>(type: "uuid", nullable: true),
                innbetaling_id = table.Column<Guid>(type: "uuid", nullable: true),
                fordeling_id = table.Column<Guid>(type: "uuid", nullable: true),
                opprettet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                kjoring_id = table.Column<Guid>(type: "uuid", nullable: true),
                utbetales_til = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                merknad = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_utbetalinger", x => x.id);
                table.CheckConstraint("ck_utbetalinger_belop", "belop > 0");
                table.ForeignKey(
                    name: "fk_utbetalinger_fordelinger_fordeling_id",
                    column: x => x.fordeling_id,
                    principalTable: "fordelinger",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_utbetalinger_innbetalinger_innbetaling_id",
                    column: x => x.innbetaling_id,
                    principalTable: "innbetalinger",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_utbetalinger_kreditorer_kreditor_id",
                    column: x => x.kreditor_id,
                    principalTable: "kreditorer",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_utbetalinger_saker_sak_id",
                    column: x => x.sak_id,
                    principalTable: "saker",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_utbetalinger_utbetalingskjoringer_kjoring_id",
                    column: x => x.kjoring_id,
                    principalTable: "utbetalingskjoringer",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "ix_utbetalinger_fordeling_id",
            table: "utbetalinger",
            column: "fordeling_id");

        migrationBuilder.CreateIndex(
            name: "ix_utbetalinger_innbetaling_id",
            table: "utbetalinger",
            column: "innbetaling_id");

        migrationBuilder.CreateIndex(
            name: "ix_utbetalinger_kjoring_id",
            table: "utbetalinger",
            column: "kjoring_id");

        migrationBuilder.CreateIndex(
            name: "ix_utbetalinger_kontor_status",
            table: "utbetalinger",
            columns: new[] { "kontor", "status" });

        migrationBuilder.CreateIndex(
            name: "ix_utbetalinger_kreditor_id",
            table: "utbetalinger",
            column: "kreditor_id");

        migrationBuilder.CreateIndex(
            name: "ix_utbetalinger_sak_id",
            table: "utbetalinger",
            column: "sak_id");

        migrationBuilder.CreateIndex(
            name: "ix_utbetalingskjoringer_kontor_status",
            table: "utbetalingskjoringer",
            columns: new[] { "kontor", "status" });

        migrationBuilder.CreateIndex(
            name: "ix_utbetalingskjoringer_nummer",
            table: "utbetalingskjoringer",
            column: "nummer",
            unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "utbetalinger");

        migrationBuilder.DropTable(
            name: "utbetalingskjoringer");

        migrationBuilder.DropColumn(
            name: "kontonummer",
            table: "kreditorer");

        migrationBuilder.DropColumn(
            name: "betaler_konto",
            table: "innbetalinger");
    }
}
