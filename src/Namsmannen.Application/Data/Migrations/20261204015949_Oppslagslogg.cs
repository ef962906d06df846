using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class Oppslagslogg : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "oppslagslogg",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                tidspunkt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                art = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                skyldner_id = table.Column<Guid>(type: "uuid", nullable: true),
                utfort_av = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                utfort_av_navn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                kontor = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_oppslagslogg", x => x.id);
            });

        migrationBuilder.CreateIndex(
            name: "ix_oppslagslogg_skyldner_id_id",
            table: "oppslagslogg",
            columns: new[] { "skyldner_id", "id" });

        // Hand-written: the lookup log is an audit log, so nothing in it is changed or removed (issue 12, M8).
        migrationBuilder.Sql("""
            CREATE FUNCTION oppslagslogg_er_uforanderlig() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'oppslagslogg er en revisjonslogg: % er ikke tillatt', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END;
            $$;
            CREATE TRIGGER oppslagslogg_kun_tillegg
                BEFORE UPDATE OR DELETE ON oppslagslogg
                FOR EACH ROW EXECUTE FUNCTION oppslagslogg_er_uforanderlig();
            CREATE TRIGGER oppslagslogg_ingen_truncate
                BEFORE TRUNCATE ON oppslagslogg
                FOR EACH STATEMENT EXECUTE FUNCTION oppslagslogg_er_uforanderlig();
            """);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER oppslagslogg_ingen_truncate ON oppslagslogg; DROP TRIGGER oppslagslogg_kun_tillegg ON oppslagslogg; DROP FUNCTION oppslagslogg_er_uforanderlig();");
        migrationBuilder.DropTable(
            name: "oppslagslogg");
    }
}
