using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Namsmannen.Application.Data.Migrations;

/// <summary>Payments and complaints as records of their own, not only as audit lines.</summary>
[DbContext(typeof(NamsmannenDbContext))]
[Migration("20261121110000_BetalingerOgKlager")]
public sealed class BetalingerOgKlager : Migration
{
    private static readonly object IdentityAlways = NpgsqlValueGenerationStrategy.IdentityAlwaysColumn;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "betalinger",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", IdentityAlways),
                sak_id = table.Column<Guid>(type: "uuid", nullable: false),
                belop = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                betalt = table.Column<DateOnly>(type: "date", nullable: false),
                registrert = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                registrert_av_navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_betalinger", x => x.id);
                table.ForeignKey("fk_betalinger_saker_sak_id", x => x.sak_id, "saker", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateTable(
            name: "klager",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", IdentityAlways),
                sak_id = table.Column<Guid>(type: "uuid", nullable: false),
                gjelder = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                mottatt = table.Column<DateOnly>(type: "date", nullable: false),
                frist = table.Column<DateOnly>(type: "date", nullable: true),
                i_rett_tid = table.Column<bool>(type: "boolean", nullable: false),
                innhold = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: false),
                oversendt_tingretten = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                avgjort = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                avgjorelse = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_klager", x => x.id);
                table.ForeignKey("fk_klager_saker_sak_id", x => x.sak_id, "saker", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_betalinger_sak_id", "betalinger", "sak_id");
        migrationBuilder.CreateIndex("ix_klager_sak_id", "klager", "sak_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("klager");
        migrationBuilder.DropTable("betalinger");
    }
}
