-- The database roles for docker compose (docs/operations.md, «Database roles»), run once by the image's entrypoint
-- on a new volume. Generated from Databaseroller.OpprettSql with the compose file's local password; a test keeps it so.
DO $roller$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'namsmannen_eier') THEN
        CREATE ROLE namsmannen_eier LOGIN PASSWORD 'namsmannen-lokal';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'namsmannen_app') THEN
        CREATE ROLE namsmannen_app LOGIN PASSWORD 'namsmannen-lokal';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'namsmannen_anonymisering') THEN
        CREATE ROLE namsmannen_anonymisering NOLOGIN;
    END IF;
EXCEPTION WHEN unique_violation OR duplicate_object THEN
    NULL; -- another process created them at the same moment
END
$roller$;
GRANT namsmannen_anonymisering TO namsmannen_eier;
ALTER DATABASE namsmannen OWNER TO namsmannen_eier;
