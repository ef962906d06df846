using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Namsmannen.Application.Data.Migrations;

/// <summary>
/// Name search at scale: every word of each case's debtor name, and every pair of neighbouring words, keyed by
/// (entry, mottatt, saksnummer), the work queue's own order. A search for a name walks one word's entries in queue order and stops after a page, however
/// common the name; the trigram index stays for parts of words. Kept by triggers, like the summary tables.
/// </summary>
[DbContext(typeof(NamsmannenDbContext))]
[Migration("20261121150000_Navnesok")]
public sealed class Navnesok : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE saker_navneord (
                ord character varying(100) NOT NULL,
                mottatt date NOT NULL,
                saksnummer character varying(20) NOT NULL,
                sak_id uuid NOT NULL,
                CONSTRAINT pk_saker_navneord PRIMARY KEY (ord, mottatt, saksnummer)
            );

            -- The entries of a name (Navneord.Oppslag in C#): its words, lower case, split at spaces, commas, full stops
            -- and hyphens, and each pair of neighbouring words ("even solli"), so a whole name is one rare entry.
            CREATE FUNCTION navneord(navn text) RETURNS SETOF text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$
                WITH o AS (SELECT w, n FROM regexp_split_to_table(lower(navn), '[[:space:],.\-]+') WITH ORDINALITY AS t (w, n) WHERE w <> '')
                SELECT DISTINCT left(x, 100) FROM (SELECT w AS x FROM o UNION ALL SELECT a.w || ' ' || b.w FROM o a JOIN o b ON b.n = a.n + 1) y
                $$;

            CREATE FUNCTION saker_navneord_satt_inn() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO saker_navneord (ord, mottatt, saksnummer, sak_id)
                SELECT o, n.mottatt, n.saksnummer, n.id FROM ny n JOIN skyldnere d ON d.id = n.skyldner_id, navneord(d.navn) o;
                RETURN NULL;
            END $$;
            CREATE FUNCTION saker_navneord_slettet() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM saker_navneord w USING gammel g WHERE w.sak_id = g.id AND w.mottatt = g.mottatt AND w.saksnummer = g.saksnummer;
                RETURN NULL;
            END $$;
            -- A case's debtor, date of receipt and number never change; should one, its words follow.
            CREATE FUNCTION saker_navneord_endret() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.skyldner_id <> OLD.skyldner_id OR NEW.mottatt <> OLD.mottatt OR NEW.saksnummer <> OLD.saksnummer THEN
                    DELETE FROM saker_navneord WHERE sak_id = OLD.id AND mottatt = OLD.mottatt AND saksnummer = OLD.saksnummer;
                    INSERT INTO saker_navneord (ord, mottatt, saksnummer, sak_id)
                    SELECT o, NEW.mottatt, NEW.saksnummer, NEW.id FROM skyldnere d, navneord(d.navn) o WHERE d.id = NEW.skyldner_id;
                END IF;
                RETURN NULL;
            END $$;
            -- A debtor whose name changes: the words of all their cases change with it.
            CREATE FUNCTION skyldnere_navneord_endret() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM saker_navneord w USING saker s, navneord(OLD.navn) o
                 WHERE s.skyldner_id = OLD.id AND w.ord = o AND w.mottatt = s.mottatt AND w.saksnummer = s.saksnummer;
                INSERT INTO saker_navneord (ord, mottatt, saksnummer, sak_id)
                SELECT o, s.mottatt, s.saksnummer, s.id FROM saker s, navneord(NEW.navn) o WHERE s.skyldner_id = NEW.id;
                RETURN NULL;
            END $$;
            CREATE TRIGGER saker_navneord_satt_inn AFTER INSERT ON saker REFERENCING NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION saker_navneord_satt_inn();
            CREATE TRIGGER saker_navneord_slettet AFTER DELETE ON saker REFERENCING OLD TABLE AS gammel FOR EACH STATEMENT EXECUTE FUNCTION saker_navneord_slettet();
            CREATE TRIGGER saker_navneord_endret AFTER UPDATE OF skyldner_id, mottatt, saksnummer ON saker FOR EACH ROW EXECUTE FUNCTION saker_navneord_endret();
            CREATE TRIGGER skyldnere_navneord_endret AFTER UPDATE OF navn ON skyldnere FOR EACH ROW WHEN (OLD.navn IS DISTINCT FROM NEW.navn) EXECUTE FUNCTION skyldnere_navneord_endret();

            INSERT INTO saker_navneord (ord, mottatt, saksnummer, sak_id)
            SELECT o, s.mottatt, s.saksnummer, s.id FROM saker s JOIN skyldnere d ON d.id = s.skyldner_id, navneord(d.navn) o;
            ANALYZE saker_navneord;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TRIGGER skyldnere_navneord_endret ON skyldnere;
            DROP TRIGGER saker_navneord_endret ON saker;
            DROP TRIGGER saker_navneord_slettet ON saker;
            DROP TRIGGER saker_navneord_satt_inn ON saker;
            DROP FUNCTION skyldnere_navneord_endret();
            DROP FUNCTION saker_navneord_endret();
            DROP FUNCTION saker_navneord_slettet();
            DROP FUNCTION saker_navneord_satt_inn();
            DROP FUNCTION navneord(text);
            DROP TABLE saker_navneord;
            """);
    }
}
