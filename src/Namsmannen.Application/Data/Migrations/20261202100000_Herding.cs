using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Namsmannen.Application.Data.Migrations;

/// <summary>
/// Issue 12: the begjæring as sent is kept with its case (a replay with changed content is told apart from a true
/// duplicate); the CSV queue counts attempts, waits after a transient error and serves files in turn; sums in the
/// feed and the summaries are unconstrained numeric, so they never overflow; Idempotency-Keys of amendments.
/// </summary>
[DbContext(typeof(NamsmannenDbContext))]
[Migration("20261202100000_Herding")]
public sealed class Herding : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "innsendt_innhold", table: "saker", type: "jsonb", nullable: true);
        migrationBuilder.AddColumn<int>(name: "forsok", table: "innsendinger", type: "integer", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTimeOffset>(name: "neste_forsok", table: "innsendinger", type: "timestamp with time zone", nullable: true);
        migrationBuilder.AddColumn<DateTimeOffset>(name: "sist_behandlet", table: "innsendinger", type: "timestamp with time zone", nullable: true);
        migrationBuilder.Sql("""
            ALTER TABLE kreditor_hendelser ALTER COLUMN krav TYPE numeric, ALTER COLUMN innbetalt TYPE numeric;
            ALTER TABLE statistikk_saker ALTER COLUMN krav TYPE numeric, ALTER COLUMN innbetalt TYPE numeric;
            ALTER TABLE statistikk_saker_endringer ALTER COLUMN krav TYPE numeric, ALTER COLUMN innbetalt TYPE numeric;
            ALTER TABLE statistikk_dager ALTER COLUMN fordelt TYPE numeric;
            ALTER TABLE statistikk_dager_endringer ALTER COLUMN fordelt TYPE numeric;

            CREATE TABLE idempotensnokler (
                kreditor_id uuid NOT NULL,
                nokkel character varying(100) NOT NULL,
                sti character varying(200) NOT NULL,
                foresporsel_hash bytea NOT NULL,
                status integer NULL,
                svar text NULL,
                opprettet timestamp with time zone NOT NULL,
                CONSTRAINT pk_idempotensnokler PRIMARY KEY (kreditor_id, nokkel),
                CONSTRAINT fk_idempotensnokler_kreditorer_kreditor_id FOREIGN KEY (kreditor_id) REFERENCES kreditorer (id) ON DELETE CASCADE
            );
            CREATE INDEX ix_idempotensnokler_opprettet ON idempotensnokler (opprettet);

            -- The API quota, shared by every instance (issue 12, M4). Small and hot: one row per creditor.
            CREATE TABLE api_kvoter (
                kreditor_id uuid NOT NULL,
                tokens double precision NOT NULL,
                oppdatert timestamp with time zone NOT NULL,
                tillatt boolean NOT NULL,
                CONSTRAINT pk_api_kvoter PRIMARY KEY (kreditor_id)
            );
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TABLE api_kvoter;
            DROP TABLE idempotensnokler;
            ALTER TABLE statistikk_dager_endringer ALTER COLUMN fordelt TYPE numeric(18,2);
            ALTER TABLE statistikk_dager ALTER COLUMN fordelt TYPE numeric(18,2);
            ALTER TABLE statistikk_saker_endringer ALTER COLUMN krav TYPE numeric(18,2), ALTER COLUMN innbetalt TYPE numeric(18,2);
            ALTER TABLE statistikk_saker ALTER COLUMN krav TYPE numeric(18,2), ALTER COLUMN innbetalt TYPE numeric(18,2);
            ALTER TABLE kreditor_hendelser ALTER COLUMN krav TYPE numeric(14,2), ALTER COLUMN innbetalt TYPE numeric(14,2);
            """);
        migrationBuilder.DropColumn(name: "sist_behandlet", table: "innsendinger");
        migrationBuilder.DropColumn(name: "neste_forsok", table: "innsendinger");
        migrationBuilder.DropColumn(name: "forsok", table: "innsendinger");
        migrationBuilder.DropColumn(name: "innsendt_innhold", table: "saker");
    }
}
