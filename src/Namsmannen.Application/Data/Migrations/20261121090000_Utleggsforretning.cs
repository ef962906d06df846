using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Namsmannen.Application.Data.Migrations;

/// <summary>Deadlines, the assets found at the utleggsforretning, register entries, and distributions with their lines.</summary>
[DbContext(typeof(NamsmannenDbContext))]
[Migration("20261121090000_Utleggsforretning")]
public sealed class Utleggsforretning : Migration
{
    private static readonly object IdentityAlways = NpgsqlValueGenerationStrategy.IdentityAlwaysColumn;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "frister",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", IdentityAlways),
                sak_id = table.Column<Guid>(type: "uuid", nullable: false),
                type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                dato = table.Column<DateOnly>(type: "date", nullable: false),
                beskrivelse = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                oppfylt = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_frister", x => x.id);
                table.ForeignKey("fk_frister_saker_sak_id", x => x.sak_id, "saker", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "formuesgoder",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                sak_id = table.Column<Guid>(type: "uuid", nullable: false),
                type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                beskrivelse = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                verdi = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                verdict = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                beslagsfritt_belop = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                begrunnelse = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                overstyrt_begrunnelse = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                utleggspant = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_formuesgoder", x => x.id);
                table.ForeignKey("fk_formuesgoder_saker_sak_id", x => x.sak_id, "saker", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "fordelinger",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                sak_id = table.Column<Guid>(type: "uuid", nullable: false),
                dato = table.Column<DateOnly>(type: "date", nullable: false),
                salgssum = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                salgsomkostninger = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                rettsgebyr = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                registrert_av_id = table.Column<string>(type: "text", nullable: false),
                registrert_av_navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                godkjent_av_id = table.Column<string>(type: "text", nullable: true),
                godkjent_av_navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                godkjent = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_fordelinger", x => x.id);
                table.ForeignKey("fk_fordelinger_saker_sak_id", x => x.sak_id, "saker", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "fordelingslinjer",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", IdentityAlways),
                fordeling_id = table.Column<Guid>(type: "uuid", nullable: false),
                rekkefolge = table.Column<int>(type: "integer", nullable: false),
                mottaker = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                belop = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                udekket = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                saksoker = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_fordelingslinjer", x => x.id);
                table.ForeignKey("fk_fordelingslinjer_fordelinger_fordeling_id", x => x.fordeling_id, "fordelinger", "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "registreringer",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", IdentityAlways),
                sak_id = table.Column<Guid>(type: "uuid", nullable: false),
                formuesgode_id = table.Column<Guid>(type: "uuid", nullable: true),
                register = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                utfall = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                registrert = table.Column<DateOnly>(type: "date", nullable: false),
                slettes = table.Column<DateOnly>(type: "date", nullable: true),
                sletting = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_registreringer", x => x.id);
                table.ForeignKey("fk_registreringer_formuesgoder_formuesgode_id", x => x.formuesgode_id, "formuesgoder", "id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_registreringer_saker_sak_id", x => x.sak_id, "saker", "id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("ix_fordelinger_sak_id", "fordelinger", "sak_id");
        migrationBuilder.CreateIndex("ix_fordelingslinjer_fordeling_id_rekkefolge", "fordelingslinjer", ["fordeling_id", "rekkefolge"], unique: true);
        migrationBuilder.CreateIndex("ix_formuesgoder_sak_id", "formuesgoder", "sak_id");
        migrationBuilder.CreateIndex("ix_frister_oppfylt_dato", "frister", ["oppfylt", "dato"]);
        migrationBuilder.CreateIndex("ix_frister_sak_id", "frister", "sak_id");
        migrationBuilder.CreateIndex("ix_registreringer_formuesgode_id", "registreringer", "formuesgode_id");
        migrationBuilder.CreateIndex("ix_registreringer_sak_id", "registreringer", "sak_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "registreringer", "fordelingslinjer", "fordelinger", "formuesgoder", "frister" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
