using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Namsmannen.Application.Data.Migrations;

/// <summary>Utleggstrekk decided in a case, with the calculation kept as it was made.</summary>
[DbContext(typeof(NamsmannenDbContext))]
[Migration("20261121100000_Utleggstrekk")]
public sealed class Utleggstrekk : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "utleggstrekk",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                sak_id = table.Column<Guid>(type: "uuid", nullable: false),
                skyldner_id = table.Column<Guid>(type: "uuid", nullable: false),
                arbeidsgiver_orgnr = table.Column<string>(type: "character(9)", fixedLength: true, maxLength: 9, nullable: false),
                belop_per_maned = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                vedtatt = table.Column<DateOnly>(type: "date", nullable: false),
                start = table.Column<DateOnly>(type: "date", nullable: false),
                seneste_slutt = table.Column<DateOnly>(type: "date", nullable: true),
                kravklasse = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                beregning = table.Column<string>(type: "jsonb", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_utleggstrekk", x => x.id);
                table.ForeignKey("fk_utleggstrekk_saker_sak_id", x => x.sak_id, "saker", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_utleggstrekk_skyldnere_skyldner_id", x => x.skyldner_id, "skyldnere", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_utleggstrekk_sak_id", "utleggstrekk", "sak_id", unique: true);
        migrationBuilder.CreateIndex("ix_utleggstrekk_skyldner_id", "utleggstrekk", "skyldner_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("utleggstrekk");
}
