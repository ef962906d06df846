using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class Kontoutskrift : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<decimal>(
            name: "overbetalt",
            table: "saker",
            type: "numeric(14,2)",
            precision: 14,
            scale: 2,
            nullable: false,
            defaultValue: 0m);

        migrationBuilder.AddColumn<decimal>(
            name: "tillegg",
            table: "saker",
            type: "numeric(14,2)",
            precision: 14,
            scale: 2,
            nullable: false,
            defaultValue: 0m);

        migrationBuilder.CreateTable(
            name: "kontoposter",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                sak_id = table.Column<Guid>(type: "uuid", nullable: false),
                valuteringsdato = table.Column<DateOnly>(type: "date", nullable: false),
                bokforingsdato = table.Column<DateOnly>(type: "date", nullable: false),
                type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                komponent = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                belop = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                renter_fra = table.Column<DateOnly>(type: "date", nullable: true),
                renter_til = table.Column<DateOnly>(type: "date", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_kontoposter", x => x.id);
                table.ForeignKey(
                    name: "fk_kontoposter_saker_sak_id",
                    column: x => x.sak_id,
                    principalTable: "saker",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "ix_kontoposter_sak_id",
            table: "kontoposter",
            column: "sak_id");

        // Hand-written: the cases that exist get their opening entries, the claim as it stands, valued the day the
        // begjæring was received, and what they have been paid as one credit that day, applied in the standard order
        // (omkostninger, renter, hovedstol). Their history before the ledger is not known entry by entry.
        migrationBuilder.Sql("""
            INSERT INTO kontoposter (sak_id, valuteringsdato, bokforingsdato, type, komponent, belop)
            SELECT s.id, s.mottatt, s.mottatt, 'Krav', k.komponent, k.belop
              FROM saker s CROSS JOIN LATERAL (VALUES ('Hovedstol', s.hovedstol), ('Renter', s.renter), ('Omkostninger', s.omkostninger)) AS k (komponent, belop)
             WHERE k.belop <> 0;
            INSERT INTO kontoposter (sak_id, valuteringsdato, bokforingsdato, type, komponent, belop)
            SELECT id, mottatt, mottatt, 'Betaling', k.komponent, -k.belop
              FROM (SELECT id, mottatt, least(innbetalt, omkostninger) AS omk, least(innbetalt - least(innbetalt, omkostninger), renter) AS ren, innbetalt, hovedstol FROM saker WHERE innbetalt > 0) p
             CROSS JOIN LATERAL (VALUES ('Omkostninger', p.omk), ('Renter', p.ren), ('Hovedstol', p.innbetalt - p.omk - p.ren)) AS k (komponent, belop)
             WHERE k.belop <> 0;
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "kontoposter");

        migrationBuilder.DropColumn(
            name: "overbetalt",
            table: "saker");

        migrationBuilder.DropColumn(
            name: "tillegg",
            table: "saker");
    }
}
