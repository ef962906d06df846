using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Oppbevaringsregler = Namsmannen.Domain.Regler.Oppbevaring;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <inheritdoc />
public partial class Oppbevaring : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateOnly>(
            name: "anonymisert",
            table: "saker",
            type: "date",
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "dokumenter_slettet",
            table: "saker",
            type: "date",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "rettslig_hold",
            table: "saker",
            type: "character varying(500)",
            maxLength: 500,
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "rettslig_hold_satt",
            table: "saker",
            type: "date",
            nullable: true);

        migrationBuilder.CreateIndex(
            name: "ix_saker_oppbevaring",
            table: "saker",
            column: "avsluttet",
            filter: "avsluttet IS NOT NULL AND anonymisert IS NULL");

        // Hand-written: the roles, their rights, and the one function that may anonymise (issue 20, docs/operations.md «Database roles»).
        migrationBuilder.Sql(Rettigheter);
        migrationBuilder.Sql(Anonymisering);
    }

    /// <summary>
    /// The application's role reads and writes rows and owns nothing; the audit logs it may only add to. The
    /// anonymisation role may touch every row, but logs in nowhere: only its function runs as it.
    /// </summary>
    private const string Rettigheter = $$"""
        DO $sjekk$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{{Databaseroller.App}}') OR NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{{Databaseroller.Anonymisering}}') THEN
                RAISE EXCEPTION 'Rollene {{Databaseroller.App}} og {{Databaseroller.Anonymisering}} finnes ikke på denne serveren. Opprett dem før migreringen (docs/operations.md, «Database roles»).';
            END IF;
        END
        $sjekk$;
        CREATE SEQUENCE skyldnere_anonyme;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {{Databaseroller.App}}, {{Databaseroller.Anonymisering}};
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {{Databaseroller.App}}, {{Databaseroller.Anonymisering}};
        ALTER DEFAULT PRIVILEGES FOR ROLE {{Databaseroller.Eier}} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {{Databaseroller.App}}, {{Databaseroller.Anonymisering}};
        ALTER DEFAULT PRIVILEGES FOR ROLE {{Databaseroller.Eier}} IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {{Databaseroller.App}}, {{Databaseroller.Anonymisering}};
        REVOKE UPDATE, DELETE, TRUNCATE ON saks_hendelser, administrasjonslogg FROM {{Databaseroller.App}};
        REVOKE USAGE, SELECT, UPDATE ON SEQUENCE skyldnere_anonyme FROM {{Databaseroller.App}};
        """;

    /// <summary>
    /// <c>anonymiser_sak</c>: replaces the personal data of one closed case by the tombstone «[anonymisert]», and
    /// the debtor's too once no case of theirs keeps any; writes its own audit line. Owned by the anonymisation role
    /// and run as it (SECURITY DEFINER), so the audit log's trigger lets it replace a line's text and nothing else;
    /// it refuses an open case, a held case, and a case closed less than <see cref="Oppbevaringsregler.PersonopplysningerAr"/>
    /// years ago (the same rule as <see cref="Oppbevaringsregler.AnonymiseringAvsluttetSenest"/>, generated from it).
    /// </summary>
    private static readonly string Anonymisering = $$"""
        CREATE OR REPLACE FUNCTION saks_hendelser_er_uforanderlige() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            -- Only anonymiser_sak, running as its owner, may replace a line's text by the tombstone; nothing else changes.
            IF TG_OP = 'UPDATE' AND current_user = '{{Databaseroller.Anonymisering}}'
               AND NEW.id = OLD.id AND NEW.sak_id = OLD.sak_id AND NEW.tidspunkt = OLD.tidspunkt AND NEW.type = OLD.type
               AND NEW.utfort_av_id IS NOT DISTINCT FROM OLD.utfort_av_id AND NEW.utfort_av_navn = OLD.utfort_av_navn
               AND NEW.beskrivelse = '[anonymisert]' AND NEW.tidligere IS NULL AND NEW.etter IS NULL THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'saks_hendelser er en revisjonslogg: % er ikke tillatt', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END;
        $$;

        CREATE FUNCTION anonymiser_sak(p_sak_id uuid) RETURNS boolean
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
            s record;
            merke constant text := '[anonymisert]';
            idag constant date := (now() AT TIME ZONE 'Europe/Oslo')::date;
        BEGIN
            SELECT id, saksnummer, skyldner_id, avsluttet, rettslig_hold, anonymisert INTO s FROM saker WHERE id = p_sak_id FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'Fant ingen sak med id %', p_sak_id USING ERRCODE = 'no_data_found';
            END IF;
            IF s.anonymisert IS NOT NULL THEN
                RETURN false;
            END IF;
            IF s.avsluttet IS NULL OR s.avsluttet > (idag - make_interval(years => {{Oppbevaringsregler.PersonopplysningerAr}}))::date THEN
                RAISE EXCEPTION 'Sak % kan ikke anonymiseres før {{Oppbevaringsregler.PersonopplysningerAr}} år etter at den ble avsluttet', s.saksnummer
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF s.rettslig_hold IS NOT NULL THEN
                RAISE EXCEPTION 'Sak % har rettslig hold og kan ikke anonymiseres', s.saksnummer USING ERRCODE = 'insufficient_privilege';
            END IF;

            UPDATE saker SET innsendt_skyldnernavn = CASE WHEN innsendt_skyldnernavn IS NULL THEN NULL ELSE merke END,
                innsendt_innhold = NULL, anonymisert = idag, dokumenter_slettet = coalesce(dokumenter_slettet, idag)
            WHERE id = p_sak_id;
            UPDATE saks_hendelser SET beskrivelse = merke, tidligere = NULL, etter = NULL
            WHERE sak_id = p_sak_id AND (beskrivelse <> merke OR tidligere IS NOT NULL OR etter IS NOT NULL);
            DELETE FROM vedlegg WHERE sak_id = p_sak_id;
            DELETE FROM brevfiler WHERE brev_id IN (SELECT id FROM brev WHERE sak_id = p_sak_id);
            UPDATE brev SET mottaker = merke, grunnlag = grunnlag - 'begrunnelse' - 'Begrunnelse' WHERE sak_id = p_sak_id;
            UPDATE klager SET innhold = merke, avgjorelse = CASE WHEN avgjorelse IS NULL THEN NULL ELSE merke END WHERE sak_id = p_sak_id;
            UPDATE formuesgoder SET beskrivelse = merke, begrunnelse = merke,
                overstyrt_begrunnelse = CASE WHEN overstyrt_begrunnelse IS NULL THEN NULL ELSE merke END
            WHERE sak_id = p_sak_id;
            UPDATE frister SET beskrivelse = merke WHERE sak_id = p_sak_id;
            UPDATE innbetalinger SET betaler = NULL, betaler_konto = NULL, tekst = NULL, merknad = NULL WHERE sak_id = p_sak_id;
            UPDATE utbetalinger SET mottaker = merke, kontonummer = NULL, merknad = NULL WHERE sak_id = p_sak_id AND mottakertype <> 'Kreditor';
            UPDATE trekkberegninger SET grunnlag = '{}'::jsonb WHERE trekk_id IN (SELECT id FROM trekkpalegg WHERE sak_id = p_sak_id);

            -- The debtor, a person, once no case of theirs keeps personal data (an organisation's data is not personal data).
            IF NOT EXISTS (SELECT FROM saker WHERE skyldner_id = s.skyldner_id AND anonymisert IS NULL) THEN
                UPDATE skyldnere SET identifikator = 'A' || lpad(nextval('skyldnere_anonyme')::text, 10, '0'),
                    navn = merke, adresse = merke, postnummer = '0000', poststed = merke, malform = NULL, fortrolig_adresse = false,
                    husstand_netto_inntekt = NULL, husstand_gift_eller_samboer = NULL, husstand_partner_har_egen_inntekt = NULL,
                    husstand_barn_alder = NULL, husstand_boutgifter = NULL, husstand_sarlige_utgifter = NULL, husstand_dokumentert = NULL
                WHERE id = s.skyldner_id AND type = 'Person';
            END IF;

            INSERT INTO saks_hendelser (sak_id, tidspunkt, utfort_av_id, utfort_av_navn, type, beskrivelse)
            VALUES (p_sak_id, now(), NULL, 'Oppbevaringsreglene', 'SAK_ANONYMISERT',
                format('Personopplysningene i saken er erstattet med «%s», {{Oppbevaringsregler.PersonopplysningerAr}} år etter at saken ble avsluttet %s. Beløp, datoer og revisjonsloggens linjer står.',
                    merke, to_char(s.avsluttet, 'DD.MM.YYYY')));
            RETURN true;
        END;
        $$;
        -- A new owner must be able to create in the schema for the moment it takes the function over.
        GRANT CREATE ON SCHEMA public TO {{Databaseroller.Anonymisering}};
        ALTER FUNCTION anonymiser_sak(uuid) OWNER TO {{Databaseroller.Anonymisering}};
        REVOKE CREATE ON SCHEMA public FROM {{Databaseroller.Anonymisering}};
        REVOKE ALL ON FUNCTION anonymiser_sak(uuid) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION anonymiser_sak(uuid) TO {{Databaseroller.App}};
        """;

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($$"""
            DROP FUNCTION anonymiser_sak(uuid);
            CREATE OR REPLACE FUNCTION saks_hendelser_er_uforanderlige() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'saks_hendelser er en revisjonslogg: % er ikke tillatt', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END;
            $$;
            DROP SEQUENCE skyldnere_anonyme;
            ALTER DEFAULT PRIVILEGES FOR ROLE {{Databaseroller.Eier}} IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM {{Databaseroller.App}}, {{Databaseroller.Anonymisering}};
            ALTER DEFAULT PRIVILEGES FOR ROLE {{Databaseroller.Eier}} IN SCHEMA public REVOKE USAGE, SELECT, UPDATE ON SEQUENCES FROM {{Databaseroller.App}}, {{Databaseroller.Anonymisering}};
            """);
        migrationBuilder.DropIndex(
            name: "ix_saker_oppbevaring",
            table: "saker");

        migrationBuilder.DropColumn(
            name: "anonymisert",
            table: "saker");

        migrationBuilder.DropColumn(
            name: "dokumenter_slettet",
            table: "saker");

        migrationBuilder.DropColumn(
            name: "rettslig_hold",
            table: "saker");

        migrationBuilder.DropColumn(
            name: "rettslig_hold_satt",
            table: "saker");
    }
}
