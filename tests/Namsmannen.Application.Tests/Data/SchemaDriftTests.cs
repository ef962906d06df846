using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Namsmannen.Application.Data;
using Namsmannen.Application.Tests.Infrastructure;
using Npgsql;

namespace Namsmannen.Application.Tests.Data;

/// <summary>
/// Schema drift, checked two ways. EF's own check: the model has no change that the snapshot, and so the migrations,
/// lack. And the catalog, for what a snapshot cannot see: the triggers and functions that migrations add by hand.
/// </summary>
public sealed class SchemaDriftTests
{
    /// <summary>The hand-written triggers and functions a migrated database holds (docs/decisions/0005-migrations.md).</summary>
    private static readonly string[] Forventet =
    [
        "function administrasjonslogg_er_uforanderlig() trigger",
        "function anonymiser_sak(p_sak_id uuid) boolean",
        "function kontor_for_postnummer(postnummer text) character varying",
        "function navneord(navn text) SETOF text",
        "function oppslagslogg_er_uforanderlig() trigger",
        "function saker_navneord_endret() trigger",
        "function saker_navneord_satt_inn() trigger",
        "function saker_navneord_slettet() trigger",
        "function saks_hendelser_er_uforanderlige() trigger",
        "function satsrader_endres_ikke() trigger",
        "function skyldnere_navneord_endret() trigger",
        "function statistikk_bygg_om(naa timestamp with time zone) bigint",
        "function statistikk_fordelinger_endret() trigger",
        "function statistikk_frister_endret() trigger",
        "function statistikk_frister_satt_inn() trigger",
        "function statistikk_frister_slettet() trigger",
        "function statistikk_saker_endret() trigger",
        "function statistikk_saker_satt_inn() trigger",
        "function statistikk_saker_slettet() trigger",
        "function statistikk_samle(naa timestamp with time zone) bigint",
        "trigger CREATE TRIGGER administrasjonslogg_ingen_truncate BEFORE TRUNCATE ON public.administrasjonslogg FOR EACH STATEMENT EXECUTE FUNCTION administrasjonslogg_er_uforanderlig()",
        "trigger CREATE TRIGGER administrasjonslogg_kun_tillegg BEFORE DELETE OR UPDATE ON public.administrasjonslogg FOR EACH ROW EXECUTE FUNCTION administrasjonslogg_er_uforanderlig()",
        "trigger CREATE TRIGGER oppslagslogg_ingen_truncate BEFORE TRUNCATE ON public.oppslagslogg FOR EACH STATEMENT EXECUTE FUNCTION oppslagslogg_er_uforanderlig()",
        "trigger CREATE TRIGGER oppslagslogg_kun_tillegg BEFORE DELETE OR UPDATE ON public.oppslagslogg FOR EACH ROW EXECUTE FUNCTION oppslagslogg_er_uforanderlig()",
        "trigger CREATE TRIGGER saker_navneord_endret AFTER UPDATE OF skyldner_id, mottatt, saksnummer ON public.saker FOR EACH ROW EXECUTE FUNCTION saker_navneord_endret()",
        "trigger CREATE TRIGGER saker_navneord_satt_inn AFTER INSERT ON public.saker REFERENCING NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION saker_navneord_satt_inn()",
        "trigger CREATE TRIGGER saker_navneord_slettet AFTER DELETE ON public.saker REFERENCING OLD TABLE AS gammel FOR EACH STATEMENT EXECUTE FUNCTION saker_navneord_slettet()",
        "trigger CREATE TRIGGER saks_hendelser_ingen_truncate BEFORE TRUNCATE ON public.saks_hendelser FOR EACH STATEMENT EXECUTE FUNCTION saks_hendelser_er_uforanderlige()",
        "trigger CREATE TRIGGER saks_hendelser_kun_tillegg BEFORE DELETE OR UPDATE ON public.saks_hendelser FOR EACH ROW EXECUTE FUNCTION saks_hendelser_er_uforanderlige()",
        "trigger CREATE TRIGGER satsrader_ingen_truncate BEFORE TRUNCATE ON public.satsrader FOR EACH STATEMENT EXECUTE FUNCTION satsrader_endres_ikke()",
        "trigger CREATE TRIGGER satsrader_kun_erstattes BEFORE DELETE OR UPDATE ON public.satsrader FOR EACH ROW EXECUTE FUNCTION satsrader_endres_ikke()",
        "trigger CREATE TRIGGER skyldnere_navneord_endret AFTER UPDATE OF navn ON public.skyldnere FOR EACH ROW WHEN (((old.navn)::text IS DISTINCT FROM (new.navn)::text)) EXECUTE FUNCTION skyldnere_navneord_endret()",
        "trigger CREATE TRIGGER statistikk_fordelinger_endret AFTER UPDATE ON public.fordelinger REFERENCING OLD TABLE AS gammel NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION statistikk_fordelinger_endret()",
        "trigger CREATE TRIGGER statistikk_frister_endret AFTER UPDATE ON public.frister REFERENCING OLD TABLE AS gammel NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION statistikk_frister_endret()",
        "trigger CREATE TRIGGER statistikk_frister_satt_inn AFTER INSERT ON public.frister REFERENCING NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION statistikk_frister_satt_inn()",
        "trigger CREATE TRIGGER statistikk_frister_slettet AFTER DELETE ON public.frister REFERENCING OLD TABLE AS gammel FOR EACH STATEMENT EXECUTE FUNCTION statistikk_frister_slettet()",
        "trigger CREATE TRIGGER statistikk_saker_endret AFTER UPDATE ON public.saker REFERENCING OLD TABLE AS gammel NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION statistikk_saker_endret()",
        "trigger CREATE TRIGGER statistikk_saker_satt_inn AFTER INSERT ON public.saker REFERENCING NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION statistikk_saker_satt_inn()",
        "trigger CREATE TRIGGER statistikk_saker_slettet AFTER DELETE ON public.saker REFERENCING OLD TABLE AS gammel FOR EACH STATEMENT EXECUTE FUNCTION statistikk_saker_slettet()",
    ];

    [Fact]
    public void The_model_has_no_change_without_a_migration()
    {
        // EF compares the model with the snapshot; no server is needed (and Migrate refuses a model with pending changes).
        using var db = Namsmannen.Application.Data.NamsmannenDbContext.Opprett("Host=localhost;Database=ingen");
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            "The model has changed since the last migration. Scaffold one: dotnet ef migrations add <Navn> "
            + "--project src/Namsmannen.Application --startup-project src/Namsmannen.Application --output-dir Data/Migrations");
    }

    [Fact]
    public async Task Migrations_create_every_trigger_and_function_and_no_other()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        try
        {
            var funnet = await TriggereOgFunksjoner(database);
            var mangler = Forventet.Except(funnet).ToList();
            var ukjente = funnet.Except(Forventet).ToList();
            var rapport = string.Join('\n', mangler.Select(l => "  missing: " + l).Concat(ukjente.Select(l => "  not listed: " + l)));
            (mangler.Count + ukjente.Count).ShouldBe(0, "Triggers and functions differ from the list in this test:\n" + rapport);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task The_idempotent_script_builds_the_same_database_and_can_run_twice()
    {
        // What `./build.sh migrate --script` writes, for operators who apply SQL themselves.
        var database = await TestPostgres.CreateEmptyDatabaseAsync();
        try
        {
            await using (var db = NamsmannenDbContext.Opprett(TestPostgres.EierConnectionString(database)))
            {
                var skript = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
                for (var gang = 0; gang < 2; gang++)
                {
                    // As the schema's owner, as an operator applies it (docs/operations.md «Database roles»).
                    await using var connection = new NpgsqlConnection(TestPostgres.EierConnectionString(database));
                    await connection.OpenAsync();
                    await using var command = new NpgsqlCommand(skript, connection) { CommandTimeout = 300 };
                    await command.ExecuteNonQueryAsync();
                }

                (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
                (await db.Database.GetAppliedMigrationsAsync()).Count().ShouldBe(db.Database.GetMigrations().Count());
            }

            (await TriggereOgFunksjoner(database)).ShouldBe(Forventet, ignoreOrder: true);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task The_history_table_keeps_the_column_names_older_databases_have()
    {
        // The naming convention must not rename them, or every database migrated before issue 13 would look empty.
        var database = await TestPostgres.CreateDatabaseAsync();
        try
        {
            (await LinjerAsync(database, "SELECT column_name::text FROM information_schema.columns WHERE table_name = '__EFMigrationsHistory' ORDER BY ordinal_position"))
                .ShouldBe(["MigrationId", "ProductVersion"]);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    private static Task<List<string>> TriggereOgFunksjoner(string database) => LinjerAsync(database, """
            SELECT 'trigger ' || pg_get_triggerdef(t.oid)
              FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
             WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace
            UNION ALL
            SELECT 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') ' || pg_get_function_result(p.oid)
              FROM pg_proc p
             WHERE p.pronamespace = 'public'::regnamespace
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
             ORDER BY 1
            """);

    /// <summary>The first column of every row a query returns, as text.</summary>
    private static async Task<List<string>> LinjerAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var linjer = new List<string>();
        while (await reader.ReadAsync())
        {
            linjer.Add(reader.GetString(0));
        }

        return linjer;
    }
}
