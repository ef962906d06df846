using Npgsql;

namespace Namsmannen.Application.Data;

/// <summary>
/// The database roles (issue 20, docs/operations.md «Database roles»). <see cref="Eier"/> owns the schema and runs the
/// migrations; <see cref="App"/>, the role the application logs in as, may read and write rows but owns nothing, so it
/// cannot drop or disable the audit log's triggers; <see cref="Anonymisering"/> logs in nowhere and owns the one
/// function (<c>anonymiser_sak</c>) that may replace personal data in the audit log by a tombstone.
/// </summary>
public static class Databaseroller
{
    public const string Eier = "namsmannen_eier";

    public const string App = "namsmannen_app";

    public const string Anonymisering = "namsmannen_anonymisering";

    /// <summary>
    /// Creates the three roles when they are missing (run once per server by a superuser or a role with CREATEROLE;
    /// the embedded PostgreSQL does it as it starts). A role that exists keeps its password.
    /// </summary>
    public static async Task OpprettAsync(string adminConnectionString, string passord, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(OpprettSql(passord), connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// A new, empty database <paramref name="database"/> owned by <see cref="Eier"/>, with the local simulators' schema
    /// for <see cref="App"/> (<see cref="SimulatorskjemaSql"/>): what the embedded PostgreSQL and the tests set up before
    /// migrating. <paramref name="adminConnectionString"/> is a superuser's, on any database of the server.
    /// </summary>
    public static async Task OpprettDatabaseAsync(string adminConnectionString, string database, CancellationToken cancellationToken = default)
    {
        var admin = new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false };
        await using (var server = new NpgsqlConnection(admin.ConnectionString))
        {
            await server.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\" OWNER {Eier}", server);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        admin.Database = database;
        await using var ny = new NpgsqlConnection(admin.ConnectionString);
        await ny.OpenAsync(cancellationToken);
        await using var skjema = new NpgsqlCommand(SimulatorskjemaSql(App), ny);
        await skjema.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The statements <see cref="OpprettAsync"/> runs, for an operator to run by hand (docs/operations.md).</summary>
    public static string OpprettSql(string passord)
    {
        var sitert = "'" + passord.Replace("'", "''", StringComparison.Ordinal) + "'";
        return $"""
            DO $roller$
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{Eier}') THEN
                    CREATE ROLE {Eier} LOGIN PASSWORD {sitert};
                END IF;
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{App}') THEN
                    CREATE ROLE {App} LOGIN PASSWORD {sitert};
                END IF;
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{Anonymisering}') THEN
                    CREATE ROLE {Anonymisering} NOLOGIN;
                END IF;
            EXCEPTION WHEN unique_violation OR duplicate_object THEN
                NULL; -- another process created them at the same moment
            END
            $roller$;
            GRANT {Anonymisering} TO {Eier};
            """;
    }

    /// <summary>
    /// Hands a database made before the roles existed to <see cref="Eier"/>: the database, and every table, view,
    /// sequence and function in it (run once by a superuser in that database; a sequence owned by a table follows it).
    /// </summary>
    public const string OvertaSql = $$"""
        DO $overta$
        DECLARE
            o record;
        BEGIN
            IF (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) <> '{{Eier}}' THEN
                EXECUTE format('ALTER DATABASE %I OWNER TO {{Eier}}', current_database());
            END IF;
            FOR o IN
                SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND pg_get_userbyid(c.relowner) <> '{{Eier}}'
                  AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
            LOOP
                EXECUTE format('ALTER %s %I OWNER TO {{Eier}}',
                    CASE o.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, o.relname);
            END LOOP;
            FOR o IN
                SELECT p.oid::regprocedure AS rutine FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) NOT IN ('{{Eier}}', '{{Anonymisering}}')
            LOOP
                EXECUTE format('ALTER ROUTINE %s OWNER TO {{Eier}}', o.rutine);
            END LOOP;
        END
        $overta$;
        """;

    /// <summary>Hands a simulator schema made before the roles existed, and its tables, to <see cref="App"/> (run by a superuser).</summary>
    public const string OvertaSimulatorskjemaSql = $$"""
        DO $overta$
        DECLARE
            t record;
        BEGIN
            IF to_regnamespace('simulator') IS NOT NULL AND (SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'simulator') <> '{{App}}' THEN
                ALTER SCHEMA simulator OWNER TO {{App}};
                FOR t IN SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'simulator'::regnamespace AND c.relkind = 'r' LOOP
                    EXECUTE format('ALTER TABLE simulator.%I OWNER TO {{App}}', t.relname);
                END LOOP;
            END IF;
        END
        $overta$;
        """;

    /// <summary>
    /// The schema <c>simulator</c>, where the local simulators of the national services keep their state, owned by the
    /// application's role so they can make their tables (development and tests only: production has no simulator).
    /// Run by whoever may create a schema; a no-op, needing no right, once it exists.
    /// </summary>
    /// <param name="eier">Who owns it: <see cref="App"/> when a superuser sets up the database, <c>CURRENT_USER</c> when the app makes it itself.</param>
    public static string SimulatorskjemaSql(string eier = "CURRENT_USER") => $$"""
        DO $skjema$
        BEGIN
            IF to_regnamespace('simulator') IS NULL THEN
                CREATE SCHEMA simulator AUTHORIZATION {{eier}};
            END IF;
        END
        $skjema$;
        """;

    /// <summary><paramref name="connectionString"/> logged in as <paramref name="rolle"/> with <paramref name="passord"/>.</summary>
    public static string Som(string connectionString, string rolle, string passord) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Username = rolle, Password = passord }.ConnectionString;
}
