using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class TrekkomregningOgSamordning : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "ix_trekkperioder_apne",
            table: "trekkperioder");

        migrationBuilder.CreateTable(
            name: "samordnet_overleveringer",
            columns: table => new
            {
                trekk_id = table.Column<Guid>(type: "uuid", nullable: false),
                saksnummer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                forsokt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                referanse = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                avvist = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                stopp_sendt = table.Column<DateOnly>(type: "date", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_samordnet_overleveringer", x => x.trekk_id);
                table.ForeignKey(
                    name: "fk_samordnet_overleveringer_trekkpalegg_trekk_id",
                    column: x => x.trekk_id,
                    principalTable: "trekkpalegg",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "samordning_vannmerke",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false),
                sekvensnummer = table.Column<long>(type: "bigint", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_samordning_vannmerke", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "trekkberegninger",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                trekk_id = table.Column<Guid>(type: "uuid", nullable: false),
                versjon = table.Column<int>(type: "integer", nullable: false),
                grunnlag = table.Column<string>(type: "jsonb", nullable: false),
                beregning = table.Column<string>(type: "jsonb", nullable: false),
                satser_fra = table.Column<DateOnly>(type: "date", nullable: false),
                dato = table.Column<DateOnly>(type: "date", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_trekkberegninger", x => x.id);
                table.ForeignKey(
                    name: "fk_trekkberegninger_trekkpalegg_trekk_id",
                    column: x => x.trekk_id,
                    principalTable: "trekkpalegg",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "trekkomregninger",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                satser_fra = table.Column<DateOnly>(type: "date", nullable: false),
                opprettet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                vurdert = table.Column<int>(type: "integer", nullable: false),
                uten_grunnlag = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_trekkomregninger", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "trekkomregning_linjer",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                omregning_id = table.Column<Guid>(type: "uuid", nullable: false),
                trekk_id = table.Column<Guid>(type: "uuid", nullable: false),
                sak_id = table.Column<Guid>(type: "uuid", nullable: false),
                kontor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                saksnummer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                gammelt = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                nytt = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                grunnlag = table.Column<string>(type: "jsonb", nullable: false),
                beregning = table.Column<string>(type: "jsonb", nullable: false),
                frigitt = table.Column<DateOnly>(type: "date", nullable: true),
                frigitt_av_navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                versjon = table.Column<int>(type: "integer", nullable: true),
                merknad = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_trekkomregning_linjer", x => x.id);
                table.ForeignKey(
                    name: "fk_trekkomregning_linjer_trekkomregninger_omregning_id",
                    column: x => x.omregning_id,
                    principalTable: "trekkomregninger",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_trekkomregning_linjer_trekkpalegg_trekk_id",
                    column: x => x.trekk_id,
                    principalTable: "trekkpalegg",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "ix_trekkperioder_apne",
            table: "trekkperioder",
            columns: new[] { "oppfolgingsdag", "trekk_id" },
            filter: "mangel_meldt IS NULL AND mottatt < forventet");

        migrationBuilder.CreateIndex(
            name: "ix_trekkberegninger_trekk_id_versjon",
            table: "trekkberegninger",
            columns: new[] { "trekk_id", "versjon" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_trekkomregning_linjer_omregning_id_kontor_frigitt",
            table: "trekkomregning_linjer",
            columns: new[] { "omregning_id", "kontor", "frigitt" });

        migrationBuilder.CreateIndex(
            name: "ix_trekkomregning_linjer_omregning_id_trekk_id",
            table: "trekkomregning_linjer",
            columns: new[] { "omregning_id", "trekk_id" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_trekkomregning_linjer_trekk_id",
            table: "trekkomregning_linjer",
            column: "trekk_id");

        migrationBuilder.CreateIndex(
            name: "ix_trekkomregninger_satser_fra",
            table: "trekkomregninger",
            column: "satser_fra",
            unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "samordnet_overleveringer");

        migrationBuilder.DropTable(
            name: "samordning_vannmerke");

        migrationBuilder.DropTable(
            name: "trekkberegninger");

        migrationBuilder.DropTable(
            name: "trekkomregning_linjer");

        migrationBuilder.DropTable(
            name: "trekkomregninger");

        migrationBuilder.DropIndex(
            name: "ix_trekkperioder_apne",
            table: "trekkperioder");

        migrationBuilder.CreateIndex(
            name: "ix_trekkperioder_apne",
            table: "trekkperioder",
            column: "oppfolgingsdag",
            filter: "mangel_meldt IS NULL");
    }
}
