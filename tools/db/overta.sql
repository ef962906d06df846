-- Hands a database made before the roles existed (docs/operations.md, «Database roles») to namsmannen_eier: the
-- database, every table, view, sequence and function in it, and the simulators' schema to namsmannen_app. Run once,
-- as a superuser, in that database, after tools/db/roller.sql. Generated from Databaseroller.OvertaSql and
-- OvertaSimulatorskjemaSql; a test keeps it so.
DO $overta$
DECLARE
    o record;
BEGIN
    IF (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) <> 'namsmannen_eier' THEN
        EXECUTE format('ALTER DATABASE %I OWNER TO namsmannen_eier', current_database());
    END IF;
    FOR o IN
        SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND pg_get_userbyid(c.relowner) <> 'namsmannen_eier'
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
    LOOP
        EXECUTE format('ALTER %s %I OWNER TO namsmannen_eier',
            CASE o.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, o.relname);
    END LOOP;
    FOR o IN
        SELECT p.oid::regprocedure AS rutine FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) NOT IN ('namsmannen_eier', 'namsmannen_anonymisering')
    LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO namsmannen_eier', o.rutine);
    END LOOP;
END
$overta$;
DO $overta$
DECLARE
    t record;
BEGIN
    IF to_regnamespace('simulator') IS NOT NULL AND (SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'simulator') <> 'namsmannen_app' THEN
        ALTER SCHEMA simulator OWNER TO namsmannen_app;
        FOR t IN SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'simulator'::regnamespace AND c.relkind = 'r' LOOP
            EXECUTE format('ALTER TABLE simulator.%I OWNER TO namsmannen_app', t.relname);
        END LOOP;
    END IF;
END
$overta$;
