using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class Trekkpalegg : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "arbeidsgiver_nokler",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                orgnr = table.Column<string>(type: "character(9)", fixedLength: true, maxLength: 9, nullable: false),
                navn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                prefiks = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                hash = table.Column<byte[]>(type: "bytea", nullable: false),
                opprettet = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                opprettet_av_navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                sist_brukt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                tilbakekalt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                tilbakekalt_av_navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_arbeidsgiver_nokler", x => x.id);
            });

        migrationBuilder.CreateTable(
            name: "trekkpalegg",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                sak_id = table.Column<Guid>(type: "uuid", nullable: false),
                skyldner_id = table.Column<Guid>(type: "uuid", nullable: false),
                orgnr = table.Column<string>(type: "character(9)", fixedLength: true, maxLength: 9, nullable: false),
                regime = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                lonnsdag = table.Column<int>(type: "integer", nullable: false),
                hjemmel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                forventes_fra = table.Column<DateOnly>(type: "date", nullable: false),
                stoppet = table.Column<DateOnly>(type: "date", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_trekkpalegg", x => x.id);
                table.ForeignKey(
                    name: "fk_trekkpalegg_saker_sak_id",
                    column: x => x.sak_id,
                    principalTable: "saker",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "fk_trekkpalegg_utleggstrekk_id",
                    column: x => x.id,
                    principalTable: "utleggstrekk",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "trekkpalegg_versjoner",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                trekk_id = table.Column<Guid>(type: "uuid", nullable: false),
                versjon = table.Column<int>(type: "integer", nullable: false),
                sekvens = table.Column<long>(type: "bigint", nullable: true),
                status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                belop_per_maned = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                fra_dato = table.Column<DateOnly>(type: "date", nullable: false),
                til_dato = table.Column<DateOnly>(type: "date", nullable: true),
                konto = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                kid = table.Column<string>(type: "character varying(25)", maxLength: 25, nullable: true),
                grunn = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                dato = table.Column<DateOnly>(type: "date", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_trekkpalegg_versjoner", x => x.id);
                table.ForeignKey(
                    name: "fk_trekkpalegg_versjoner_trekkpalegg_trekk_id",
                    column: x => x.trekk_id,
                    principalTable: "trekkpalegg",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "trekkperioder",
            columns: table => new
            {
                trekk_id = table.Column<Guid>(type: "uuid", nullable: false),
                periode = table.Column<string>(type: "character(7)", fixedLength: true, maxLength: 7, nullable: false),
                sak_id = table.Column<Guid>(type: "uuid", nullable: false),
                forventet = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                rapportert_trukket = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                mottatt = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                sist_mottatt = table.Column<DateOnly>(type: "date", nullable: true),
                lonnsdag = table.Column<DateOnly>(type: "date", nullable: false),
                oppfolgingsdag = table.Column<DateOnly>(type: "date", nullable: false),
                mangel_meldt = table.Column<DateOnly>(type: "date", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_trekkperioder", x => new { x.trekk_id, x.periode });
                table.ForeignKey(
                    name: "fk_trekkperioder_trekkpalegg_trekk_id",
                    column: x => x.trekk_id,
                    principalTable: "trekkpalegg",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "ix_arbeidsgiver_nokler_orgnr",
            table: "arbeidsgiver_nokler",
            column: "orgnr");

        migrationBuilder.CreateIndex(
            name: "ix_arbeidsgiver_nokler_prefiks",
            table: "arbeidsgiver_nokler",
            column: "prefiks",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_trekkpalegg_lopende",
            table: "trekkpalegg",
            column: "forventes_fra",
            filter: "stoppet IS NULL");

        migrationBuilder.CreateIndex(
            name: "ix_trekkpalegg_orgnr",
            table: "trekkpalegg",
            column: "orgnr");

        migrationBuilder.CreateIndex(
            name: "ix_trekkpalegg_sak_id",
            table: "trekkpalegg",
            column: "sak_id",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_trekkpalegg_versjoner_sekvens",
            table: "trekkpalegg_versjoner",
            column: "sekvens",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_trekkpalegg_versjoner_trekk_id_versjon",
            table: "trekkpalegg_versjoner",
            columns: new[] { "trekk_id", "versjon" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_trekkpalegg_versjoner_unummerert",
            table: "trekkpalegg_versjoner",
            column: "id",
            filter: "sekvens IS NULL");

        migrationBuilder.CreateIndex(
            name: "ix_trekkperioder_apne",
            table: "trekkperioder",
            column: "oppfolgingsdag",
            filter: "mangel_meldt IS NULL");

        migrationBuilder.CreateIndex(
            name: "ix_trekkperioder_sak_id",
            table: "trekkperioder",
            column: "sak_id");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "arbeidsgiver_nokler");

        migrationBuilder.DropTable(
            name: "trekkpalegg_versjoner");

        migrationBuilder.DropTable(
            name: "trekkperioder");

        migrationBuilder.DropTable(
            name: "trekkpalegg");
    }
}
