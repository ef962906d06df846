using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Migrations;

/// <summary>
/// Offices and the supervisors' figures. Cases get their office (from the debtor's postnummer) and their closing day;
/// users get an office. Summary tables are kept by statement-level triggers with transition tables: a statement that
/// writes 1 000 cases appends one grouped change, not 1 000, and appends only, so concurrent work never queues on a
/// counter row. <c>statistikk_samle</c> folds the changes into the sums.
/// </summary>
[DbContext(typeof(NamsmannenDbContext))]
[Migration("20261121140000_Ledertall")]
public sealed class Ledertall : Migration
{
    /// <summary>
    /// The change one statement on <c>saker</c> makes to the figures, broken down by stage, by caseworker and stage
    /// (<c>id|stadium</c>; an empty id is not assigned) and by creditor. <c>r</c> holds the rows with <c>f</c> = +1 for
    /// rows as they are now and −1 for rows as they were, so an update adds the new row and takes away the old, and an
    /// untouched column cancels out (HAVING drops all-zero changes).
    /// </summary>
    private const string SakEndring = """
        WITH r AS ({0}),
        sak_tall AS (
            INSERT INTO statistikk_saker_endringer (kontor, dimensjon, verdi, antall, apne, krav, innbetalt)
            SELECT r.kontor, d.dimensjon, d.verdi, sum(r.f), sum(r.f * (r.avsluttet IS NULL)::int), sum(r.f * r.krav), sum(r.f * r.innbetalt)
              FROM r CROSS JOIN LATERAL (VALUES ('STADIUM', r.stadium::text), ('SAKSBEHANDLER', coalesce(r.saksbehandler_id, '') || '|' || r.stadium), ('KREDITOR', r.kreditor_id::text)) AS d (dimensjon, verdi)
             GROUP BY 1, 2, 3
            HAVING sum(r.f) <> 0 OR sum(r.f * (r.avsluttet IS NULL)::int) <> 0 OR sum(r.f * r.krav) <> 0 OR sum(r.f * r.innbetalt) <> 0
        )
        INSERT INTO statistikk_dager_endringer (kontor, dato, mottatt, apne, avsluttet, avsluttet_dager, frister, fordelt)
        SELECT kontor, dato, sum(m), sum(a), sum(av), sum(ad), 0, 0
          FROM (SELECT kontor, mottatt AS dato, f AS m, f * (avsluttet IS NULL)::int AS a, 0 AS av, 0 AS ad FROM r
                UNION ALL
                SELECT kontor, avsluttet, 0, 0, f, f * (avsluttet - mottatt) FROM r WHERE avsluttet IS NOT NULL) x
         GROUP BY 1, 2
        HAVING sum(m) <> 0 OR sum(a) <> 0 OR sum(av) <> 0 OR sum(ad) <> 0;
        """;

    private const string SakKolonner = "kontor, stadium, saksbehandler_id, kreditor_id, mottatt, avsluttet, hovedstol + renter + omkostninger AS krav, innbetalt";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            ALTER TABLE asp_net_users ADD kontor character varying(20) NULL;
            ALTER TABLE saker ADD kontor character varying(20) NULL, ADD avsluttet date NULL;

            -- The office for a debtor's postnummer: Kontorinndeling.Omrader as it stood when this migration was written
            -- (a test proves the two agree for all 10 000 numbers). Intake sets a new case's office with it.
            CREATE FUNCTION kontor_for_postnummer(postnummer text) RETURNS character varying LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT {KontorFor("postnummer")} $$;
            UPDATE saker s SET kontor = kontor_for_postnummer(d.postnummer) FROM skyldnere d WHERE d.id = s.skyldner_id;
            -- A closed case's closing day: its last audit line, or the day it was received if it has none.
            UPDATE saker s
               SET avsluttet = coalesce((SELECT max((h.tidspunkt AT TIME ZONE 'Europe/Oslo')::date) FROM saks_hendelser h WHERE h.sak_id = s.id), s.mottatt)
             WHERE s.stadium IN ('Avvist', 'Henlagt', 'Avsluttet');
            UPDATE saker SET avsluttet = mottatt WHERE avsluttet < mottatt;
            ALTER TABLE saker ALTER kontor SET NOT NULL;
            ALTER TABLE saker ADD CONSTRAINT ck_saker_avsluttet CHECK ((avsluttet IS NULL) = (stadium NOT IN ('Avvist', 'Henlagt', 'Avsluttet')));
            DROP INDEX ix_saker_stadium_mottatt_saksnummer;
            CREATE INDEX ix_saker_kontor_stadium_mottatt_saksnummer ON saker (kontor, stadium, mottatt, saksnummer);

            CREATE TABLE statistikk_saker (
                kontor character varying(20) NOT NULL,
                dimensjon character varying(20) NOT NULL,
                verdi character varying(80) NOT NULL,
                antall bigint NOT NULL,
                apne bigint NOT NULL,
                krav numeric(18,2) NOT NULL,
                innbetalt numeric(18,2) NOT NULL,
                CONSTRAINT pk_statistikk_saker PRIMARY KEY (kontor, dimensjon, verdi)
            );
            CREATE TABLE statistikk_saker_endringer (
                id bigint GENERATED ALWAYS AS IDENTITY,
                kontor character varying(20) NOT NULL,
                dimensjon character varying(20) NOT NULL,
                verdi character varying(80) NOT NULL,
                antall bigint NOT NULL,
                apne bigint NOT NULL,
                krav numeric(18,2) NOT NULL,
                innbetalt numeric(18,2) NOT NULL,
                CONSTRAINT pk_statistikk_saker_endringer PRIMARY KEY (id)
            );
            CREATE TABLE statistikk_dager (
                kontor character varying(20) NOT NULL,
                dato date NOT NULL,
                mottatt bigint NOT NULL,
                apne bigint NOT NULL,
                avsluttet bigint NOT NULL,
                avsluttet_dager bigint NOT NULL,
                frister bigint NOT NULL,
                fordelt numeric(18,2) NOT NULL,
                CONSTRAINT pk_statistikk_dager PRIMARY KEY (kontor, dato)
            );
            CREATE TABLE statistikk_dager_endringer (
                id bigint GENERATED ALWAYS AS IDENTITY,
                kontor character varying(20) NOT NULL,
                dato date NOT NULL,
                mottatt bigint NOT NULL,
                apne bigint NOT NULL,
                avsluttet bigint NOT NULL,
                avsluttet_dager bigint NOT NULL,
                frister bigint NOT NULL,
                fordelt numeric(18,2) NOT NULL,
                CONSTRAINT pk_statistikk_dager_endringer PRIMARY KEY (id)
            );
            -- The pending tables are emptied every half minute; vacuum them as often, so a reader never scans dead rows.
            ALTER TABLE statistikk_saker_endringer SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000, autovacuum_vacuum_insert_threshold = 5000);
            ALTER TABLE statistikk_dager_endringer SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000, autovacuum_vacuum_insert_threshold = 5000);

            CREATE TABLE statistikk_status (
                id integer NOT NULL,
                sist_samlet timestamp with time zone NULL,
                CONSTRAINT pk_statistikk_status PRIMARY KEY (id)
            );
            INSERT INTO statistikk_status (id, sist_samlet) VALUES (1, NULL);

            CREATE FUNCTION statistikk_saker_satt_inn() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                {string.Format(CultureInfo.InvariantCulture, SakEndring, $"SELECT {SakKolonner}, 1 AS f FROM ny")}
                RETURN NULL;
            END $$;
            CREATE FUNCTION statistikk_saker_slettet() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                {string.Format(CultureInfo.InvariantCulture, SakEndring, $"SELECT {SakKolonner}, -1 AS f FROM gammel")}
                RETURN NULL;
            END $$;
            CREATE FUNCTION statistikk_saker_endret() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                {string.Format(CultureInfo.InvariantCulture, SakEndring, $"SELECT {SakKolonner}, 1 AS f FROM ny UNION ALL SELECT {SakKolonner}, -1 AS f FROM gammel")}
                -- A case that closes (or reopens, or moves office) takes its open deadlines with it.
                INSERT INTO statistikk_dager_endringer (kontor, dato, mottatt, apne, avsluttet, avsluttet_dager, frister, fordelt)
                SELECT kontor, dato, 0, 0, 0, 0, sum(f), 0
                  FROM (SELECT g.kontor, fr.dato, -1 AS f
                          FROM gammel g JOIN ny n ON n.id = g.id JOIN frister fr ON fr.sak_id = g.id AND NOT fr.oppfylt
                         WHERE g.avsluttet IS NULL AND (n.avsluttet IS NOT NULL OR n.kontor <> g.kontor)
                        UNION ALL
                        SELECT n.kontor, fr.dato, 1
                          FROM gammel g JOIN ny n ON n.id = g.id JOIN frister fr ON fr.sak_id = n.id AND NOT fr.oppfylt
                         WHERE n.avsluttet IS NULL AND (g.avsluttet IS NOT NULL OR n.kontor <> g.kontor)) x
                 GROUP BY 1, 2
                HAVING sum(f) <> 0;
                RETURN NULL;
            END $$;
            CREATE TRIGGER statistikk_saker_satt_inn AFTER INSERT ON saker REFERENCING NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION statistikk_saker_satt_inn();
            CREATE TRIGGER statistikk_saker_endret AFTER UPDATE ON saker REFERENCING OLD TABLE AS gammel NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION statistikk_saker_endret();
            CREATE TRIGGER statistikk_saker_slettet AFTER DELETE ON saker REFERENCING OLD TABLE AS gammel FOR EACH STATEMENT EXECUTE FUNCTION statistikk_saker_slettet();

            -- Open deadlines on open cases, by the day they fall due.
            CREATE FUNCTION statistikk_frister_satt_inn() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO statistikk_dager_endringer (kontor, dato, mottatt, apne, avsluttet, avsluttet_dager, frister, fordelt)
                SELECT s.kontor, f.dato, 0, 0, 0, 0, count(*), 0
                  FROM ny f JOIN saker s ON s.id = f.sak_id
                 WHERE NOT f.oppfylt AND s.avsluttet IS NULL
                 GROUP BY 1, 2;
                RETURN NULL;
            END $$;
            CREATE FUNCTION statistikk_frister_endret() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO statistikk_dager_endringer (kontor, dato, mottatt, apne, avsluttet, avsluttet_dager, frister, fordelt)
                SELECT s.kontor, x.dato, 0, 0, 0, 0, sum(x.f), 0
                  FROM (SELECT sak_id, dato, 1 AS f FROM ny WHERE NOT oppfylt
                        UNION ALL
                        SELECT sak_id, dato, -1 FROM gammel WHERE NOT oppfylt) x
                  JOIN saker s ON s.id = x.sak_id
                 WHERE s.avsluttet IS NULL
                 GROUP BY 1, 2
                HAVING sum(x.f) <> 0;
                RETURN NULL;
            END $$;
            CREATE FUNCTION statistikk_frister_slettet() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO statistikk_dager_endringer (kontor, dato, mottatt, apne, avsluttet, avsluttet_dager, frister, fordelt)
                SELECT s.kontor, f.dato, 0, 0, 0, 0, -count(*), 0
                  FROM gammel f JOIN saker s ON s.id = f.sak_id
                 WHERE NOT f.oppfylt AND s.avsluttet IS NULL
                 GROUP BY 1, 2;
                RETURN NULL;
            END $$;
            CREATE TRIGGER statistikk_frister_satt_inn AFTER INSERT ON frister REFERENCING NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION statistikk_frister_satt_inn();
            CREATE TRIGGER statistikk_frister_endret AFTER UPDATE ON frister REFERENCING OLD TABLE AS gammel NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION statistikk_frister_endret();
            CREATE TRIGGER statistikk_frister_slettet AFTER DELETE ON frister REFERENCING OLD TABLE AS gammel FOR EACH STATEMENT EXECUTE FUNCTION statistikk_frister_slettet();

            -- Money distributed: a fordeling counts from its approval (its lines exist before it is approved).
            CREATE FUNCTION statistikk_fordelinger_endret() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO statistikk_dager_endringer (kontor, dato, mottatt, apne, avsluttet, avsluttet_dager, frister, fordelt)
                SELECT s.kontor, x.dato, 0, 0, 0, 0, 0, sum(x.f * l.belop)
                  FROM (SELECT id, sak_id, dato, 1 AS f FROM ny WHERE godkjent IS NOT NULL
                        UNION ALL
                        SELECT id, sak_id, dato, -1 FROM gammel WHERE godkjent IS NOT NULL) x
                  JOIN saker s ON s.id = x.sak_id
                  JOIN fordelingslinjer l ON l.fordeling_id = x.id
                 GROUP BY 1, 2
                HAVING sum(x.f * l.belop) <> 0;
                RETURN NULL;
            END $$;
            CREATE TRIGGER statistikk_fordelinger_endret AFTER UPDATE ON fordelinger REFERENCING OLD TABLE AS gammel NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION statistikk_fordelinger_endret();

            -- Folds the pending changes into the sums, one caller at a time; rows that sum to nothing are removed. Every
            -- sum is also kept for the whole country under kontor '*', so the country's figures read one office's rows.
            CREATE FUNCTION statistikk_samle(naa timestamp with time zone) RETURNS bigint LANGUAGE plpgsql AS $$
            DECLARE
                saker_rader bigint;
                dager_rader bigint;
            BEGIN
                PERFORM pg_advisory_xact_lock(7214003);
                WITH d AS (DELETE FROM statistikk_saker_endringer RETURNING kontor, dimensjon, verdi, antall, apne, krav, innbetalt)
                INSERT INTO statistikk_saker AS t (kontor, dimensjon, verdi, antall, apne, krav, innbetalt)
                SELECT coalesce(kontor, '*'), dimensjon, verdi, sum(antall), sum(apne), sum(krav), sum(innbetalt)
                  FROM d GROUP BY GROUPING SETS ((kontor, dimensjon, verdi), (dimensjon, verdi))
                ON CONFLICT (kontor, dimensjon, verdi) DO UPDATE
                   SET antall = t.antall + excluded.antall, apne = t.apne + excluded.apne, krav = t.krav + excluded.krav, innbetalt = t.innbetalt + excluded.innbetalt;
                GET DIAGNOSTICS saker_rader = ROW_COUNT;
                DELETE FROM statistikk_saker WHERE antall = 0 AND apne = 0 AND krav = 0 AND innbetalt = 0;

                WITH d AS (DELETE FROM statistikk_dager_endringer RETURNING kontor, dato, mottatt, apne, avsluttet, avsluttet_dager, frister, fordelt)
                INSERT INTO statistikk_dager AS t (kontor, dato, mottatt, apne, avsluttet, avsluttet_dager, frister, fordelt)
                SELECT coalesce(kontor, '*'), dato, sum(mottatt), sum(apne), sum(avsluttet), sum(avsluttet_dager), sum(frister), sum(fordelt)
                  FROM d GROUP BY GROUPING SETS ((kontor, dato), (dato))
                ON CONFLICT (kontor, dato) DO UPDATE
                   SET mottatt = t.mottatt + excluded.mottatt, apne = t.apne + excluded.apne, avsluttet = t.avsluttet + excluded.avsluttet,
                       avsluttet_dager = t.avsluttet_dager + excluded.avsluttet_dager, frister = t.frister + excluded.frister, fordelt = t.fordelt + excluded.fordelt;
                GET DIAGNOSTICS dager_rader = ROW_COUNT;
                DELETE FROM statistikk_dager WHERE mottatt = 0 AND apne = 0 AND avsluttet = 0 AND avsluttet_dager = 0 AND frister = 0 AND fordelt = 0;

                UPDATE statistikk_status SET sist_samlet = naa WHERE id = 1;
                RETURN saker_rader + dager_rader;
            END $$;

            -- Rebuilds the sums from the cases themselves (one GROUP BY pass; writes to the cases wait meanwhile, so no
            -- change is lost or counted twice). Used once below, and by an operator who has reason to doubt the sums.
            CREATE FUNCTION statistikk_bygg_om(naa timestamp with time zone) RETURNS bigint LANGUAGE plpgsql AS $$
            BEGIN
                LOCK TABLE saker, frister, fordelinger IN SHARE MODE;
                PERFORM pg_advisory_xact_lock(7214003);
                DELETE FROM statistikk_saker_endringer;
                DELETE FROM statistikk_dager_endringer;
                DELETE FROM statistikk_saker;
                DELETE FROM statistikk_dager;
                {string.Format(CultureInfo.InvariantCulture, SakEndring, $"SELECT {SakKolonner}, 1 AS f FROM saker")}
                INSERT INTO statistikk_dager_endringer (kontor, dato, mottatt, apne, avsluttet, avsluttet_dager, frister, fordelt)
                SELECT s.kontor, f.dato, 0, 0, 0, 0, count(*), 0 FROM frister f JOIN saker s ON s.id = f.sak_id
                 WHERE NOT f.oppfylt AND s.avsluttet IS NULL GROUP BY 1, 2;
                INSERT INTO statistikk_dager_endringer (kontor, dato, mottatt, apne, avsluttet, avsluttet_dager, frister, fordelt)
                SELECT s.kontor, f.dato, 0, 0, 0, 0, 0, sum(l.belop) FROM fordelinger f JOIN saker s ON s.id = f.sak_id JOIN fordelingslinjer l ON l.fordeling_id = f.id
                 WHERE f.godkjent IS NOT NULL GROUP BY 1, 2;
                RETURN statistikk_samle(naa);
            END $$;

            -- The cases that exist already. A DO block, not a bare SELECT, so the statement also runs inside the DO
            -- block of an idempotent script (issue 13); what it does is unchanged.
            DO $bygg$ BEGIN PERFORM statistikk_bygg_om(now()); END $bygg$;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TRIGGER statistikk_fordelinger_endret ON fordelinger;
            DROP TRIGGER statistikk_frister_slettet ON frister;
            DROP TRIGGER statistikk_frister_endret ON frister;
            DROP TRIGGER statistikk_frister_satt_inn ON frister;
            DROP TRIGGER statistikk_saker_slettet ON saker;
            DROP TRIGGER statistikk_saker_endret ON saker;
            DROP TRIGGER statistikk_saker_satt_inn ON saker;
            DROP FUNCTION statistikk_bygg_om(timestamp with time zone);
            DROP FUNCTION statistikk_samle(timestamp with time zone);
            DROP FUNCTION kontor_for_postnummer(text);
            DROP FUNCTION statistikk_fordelinger_endret();
            DROP FUNCTION statistikk_frister_slettet();
            DROP FUNCTION statistikk_frister_endret();
            DROP FUNCTION statistikk_frister_satt_inn();
            DROP FUNCTION statistikk_saker_slettet();
            DROP FUNCTION statistikk_saker_endret();
            DROP FUNCTION statistikk_saker_satt_inn();
            DROP TABLE statistikk_status;
            DROP TABLE statistikk_dager_endringer;
            DROP TABLE statistikk_dager;
            DROP TABLE statistikk_saker_endringer;
            DROP TABLE statistikk_saker;
            DROP INDEX ix_saker_kontor_stadium_mottatt_saksnummer;
            CREATE INDEX ix_saker_stadium_mottatt_saksnummer ON saker (stadium, mottatt, saksnummer);
            ALTER TABLE saker DROP CONSTRAINT ck_saker_avsluttet, DROP COLUMN avsluttet, DROP COLUMN kontor;
            ALTER TABLE asp_net_users DROP COLUMN kontor;
            """);
    }

    /// <summary>A SQL CASE that maps a postnummer column to its office, from <see cref="Kontorinndeling.Omrader"/>.</summary>
    private static string KontorFor(string kolonne)
    {
        var sql = new StringBuilder($"CASE WHEN {kolonne} !~ '^[0-9]{{4}}$' THEN NULL");
        foreach (var (fra, til, kontor) in Kontorinndeling.Omrader)
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {kolonne}::int BETWEEN {fra} AND {til} THEN '{kontor.Kode}'");
        }

        return sql.Append(" END").ToString();
    }
}
