using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Namsmannen.Application.Data.Migrations;

/// <summary>
/// The creditors' door: API keys (hashed), submissions with their receipts, the status feed, attachments, and the
/// debtor's name as each creditor wrote it.
/// </summary>
[DbContext(typeof(NamsmannenDbContext))]
[Migration("20261121130000_Kreditorportal")]
public sealed class Kreditorportal : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE saker ADD innsendt_skyldnernavn character varying(200) NULL;
            CREATE INDEX ix_saker_kreditor_id_mottatt_saksnummer ON saker (kreditor_id, mottatt, saksnummer);

            CREATE TABLE api_nokler (
                id uuid NOT NULL,
                kreditor_id uuid NOT NULL,
                navn character varying(100) NOT NULL,
                prefiks character varying(20) NOT NULL,
                hash bytea NOT NULL,
                opprettet timestamp with time zone NOT NULL,
                opprettet_av_navn character varying(200) NOT NULL,
                sist_brukt timestamp with time zone NULL,
                tilbakekalt timestamp with time zone NULL,
                tilbakekalt_av_navn character varying(200) NULL,
                CONSTRAINT pk_api_nokler PRIMARY KEY (id),
                CONSTRAINT fk_api_nokler_kreditorer_kreditor_id FOREIGN KEY (kreditor_id) REFERENCES kreditorer (id) ON DELETE RESTRICT
            );
            CREATE UNIQUE INDEX ix_api_nokler_prefiks ON api_nokler (prefiks);
            CREATE INDEX ix_api_nokler_kreditor_id ON api_nokler (kreditor_id);

            CREATE TABLE innsendinger (
                id uuid NOT NULL,
                kreditor_id uuid NOT NULL,
                kanal character varying(10) NOT NULL,
                opprettet timestamp with time zone NOT NULL,
                opprettet_av_navn character varying(200) NOT NULL,
                status character varying(20) NOT NULL,
                filnavn character varying(200) NULL,
                antall_rader integer NOT NULL,
                behandlet integer NOT NULL,
                mottatt integer NOT NULL,
                avvist integer NOT NULL,
                duplikat integer NOT NULL,
                fil bytea NULL,
                feilmelding character varying(1000) NULL,
                avsluttet timestamp with time zone NULL,
                CONSTRAINT pk_innsendinger PRIMARY KEY (id),
                CONSTRAINT fk_innsendinger_kreditorer_kreditor_id FOREIGN KEY (kreditor_id) REFERENCES kreditorer (id) ON DELETE RESTRICT
            );
            CREATE INDEX ix_innsendinger_kreditor_id_opprettet ON innsendinger (kreditor_id, opprettet);
            CREATE INDEX ix_innsendinger_venter ON innsendinger (opprettet) WHERE status IN ('VENTER', 'BEHANDLES');

            CREATE TABLE innsendingsdeler (
                innsending_id uuid NOT NULL,
                nummer integer NOT NULL,
                kvitteringer jsonb NOT NULL,
                CONSTRAINT pk_innsendingsdeler PRIMARY KEY (innsending_id, nummer),
                CONSTRAINT fk_innsendingsdeler_innsendinger_innsending_id FOREIGN KEY (innsending_id) REFERENCES innsendinger (id) ON DELETE CASCADE
            );

            CREATE TABLE kreditor_hendelser (
                id bigint GENERATED ALWAYS AS IDENTITY,
                sekvens bigint NULL,
                kreditor_id uuid NOT NULL,
                sak_id uuid NOT NULL,
                saksnummer character varying(20) NOT NULL,
                referanse character varying(100) NOT NULL,
                type character varying(60) NOT NULL,
                stadium character varying(30) NOT NULL,
                krav numeric(14,2) NOT NULL,
                innbetalt numeric(14,2) NOT NULL,
                dato date NOT NULL,
                tidspunkt timestamp with time zone NOT NULL,
                CONSTRAINT pk_kreditor_hendelser PRIMARY KEY (id),
                CONSTRAINT fk_kreditor_hendelser_kreditorer_kreditor_id FOREIGN KEY (kreditor_id) REFERENCES kreditorer (id) ON DELETE RESTRICT,
                CONSTRAINT fk_kreditor_hendelser_saker_sak_id FOREIGN KEY (sak_id) REFERENCES saker (id) ON DELETE RESTRICT
            );
            CREATE UNIQUE INDEX ix_kreditor_hendelser_sekvens ON kreditor_hendelser (sekvens);
            CREATE INDEX ix_kreditor_hendelser_kreditor_id_sekvens ON kreditor_hendelser (kreditor_id, sekvens);
            CREATE INDEX ix_kreditor_hendelser_usekvensert ON kreditor_hendelser (id) WHERE sekvens IS NULL;
            CREATE INDEX ix_kreditor_hendelser_sak_id ON kreditor_hendelser (sak_id);

            CREATE TABLE vedlegg (
                id uuid NOT NULL,
                sak_id uuid NOT NULL,
                filnavn character varying(200) NOT NULL,
                innholdstype character varying(100) NOT NULL,
                storrelse integer NOT NULL,
                innhold bytea NOT NULL,
                lastet_opp timestamp with time zone NOT NULL,
                lastet_opp_av_navn character varying(200) NOT NULL,
                CONSTRAINT pk_vedlegg PRIMARY KEY (id),
                CONSTRAINT fk_vedlegg_saker_sak_id FOREIGN KEY (sak_id) REFERENCES saker (id) ON DELETE RESTRICT
            );
            CREATE INDEX ix_vedlegg_sak_id ON vedlegg (sak_id);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TABLE vedlegg;
            DROP TABLE kreditor_hendelser;
            DROP TABLE innsendingsdeler;
            DROP TABLE innsendinger;
            DROP TABLE api_nokler;
            DROP INDEX ix_saker_kreditor_id_mottatt_saksnummer;
            ALTER TABLE saker DROP COLUMN innsendt_skyldnernavn;
            """);
    }
}
