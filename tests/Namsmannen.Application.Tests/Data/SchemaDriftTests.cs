using Namsmannen.Application.Tests.Infrastructure;
using Npgsql;

namespace Namsmannen.Application.Tests.Data;

/// <summary>
/// The migrations are written by hand, so this proves they build exactly the schema the EF model describes:
/// one database from the migrations, one from <c>EnsureCreated</c>, compared through PostgreSQL's catalog.
/// </summary>
public sealed class SchemaDriftTests
{
    [Fact]
    public async Task Migrated_schema_equals_the_schema_of_the_model()
    {
        var migrated = await TestPostgres.CreateDatabaseAsync();
        var created = await TestPostgres.CreateEmptyDatabaseAsync();
        try
        {
            await using (var db = TestPostgres.CreateDbContext(created))
            {
                (await db.Database.EnsureCreatedAsync()).ShouldBeTrue();
            }

            var fromMigrations = await SchemaOf(migrated);
            var fromModel = await SchemaOf(created);

            var onlyInMigrations = fromMigrations.Except(fromModel).ToList();
            var missingFromMigrations = fromModel.Except(fromMigrations).ToList();
            var report = string.Join('\n', missingFromMigrations.Select(l => "  model has, migrations lack: " + l)
                .Concat(onlyInMigrations.Select(l => "  migrations have, model lacks: " + l)));
            (onlyInMigrations.Count + missingFromMigrations.Count).ShouldBe(0, "Schema drift between the migrations and the model:\n" + report);
            fromModel.Count.ShouldBeGreaterThan(50, "the comparison must actually have read the schema");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(migrated);
            await TestPostgres.DropDatabaseAsync(created);
        }
    }

    /// <summary>Every table column, constraint, index and sequence as one comparable line each.</summary>
    private static async Task<HashSet<string>> SchemaOf(string database)
    {
        const string sql = """
            SELECT format('column %s.%s %s%s %s default=%s identity=%s', c.table_name, c.column_name,
                          c.data_type,
                          coalesce('(' || c.character_maximum_length || ')', '(' || c.numeric_precision || ',' || c.numeric_scale || ')', ''),
                          CASE WHEN c.is_nullable = 'YES' THEN 'NULL' ELSE 'NOT NULL' END,
                          coalesce(c.column_default, '-'), coalesce(c.identity_generation, '-'))
              FROM information_schema.columns c
             WHERE c.table_schema = 'public' AND c.table_name <> '__EFMigrationsHistory'
            UNION ALL
            SELECT format('constraint %s %s %s', con.conrelid::regclass, con.conname, pg_get_constraintdef(con.oid))
              FROM pg_constraint con
             WHERE con.connamespace = 'public'::regnamespace AND con.conrelid::regclass::text <> '"__EFMigrationsHistory"'
            UNION ALL
            SELECT format('index %s', i.indexdef)
              FROM pg_indexes i
             WHERE i.schemaname = 'public' AND i.tablename <> '__EFMigrationsHistory'
            UNION ALL
            SELECT format('sequence %s %s start=%s increment=%s', s.sequence_name, s.data_type, s.start_value, s.increment)
              FROM information_schema.sequences s
             WHERE s.sequence_schema = 'public'
            """;
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
