using Namsmannen.Application.Data;
using Namsmannen.Application.Tests.Infrastructure;
using Npgsql;

namespace Namsmannen.Application.Tests.Data;

/// <summary>Issue 20: the application logs in as a role that owns nothing; the schema's owner runs the migrations.</summary>
public sealed class DatabaserollerTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_app_role_owns_nothing_creates_nothing_and_every_table_belongs_to_the_owner_role()
    {
        (await Databaseverdi.SkalarAsync<string>(fixture.ConnectionString, "SELECT current_user::text")).ShouldBe(Databaseroller.App);
        (await Databaseverdi.SkalarAsync<bool>(fixture.ConnectionString, "SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user")).ShouldBeFalse();
        var create = await Should.ThrowAsync<PostgresException>(() => Databaseverdi.SkalarAsync<object>(fixture.ConnectionString, "CREATE TABLE forsok (id int)"));
        create.MessageText.ShouldBe("permission denied for schema public");
        (await Databaseverdi.SkalarAsync<long>(fixture.ConnectionString, $"""
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND pg_get_userbyid(c.relowner) <> '{Databaseroller.Eier}'
            """)).ShouldBe(0, "every table, view and sequence is the owner role's");
        (await Databaseverdi.SkalarAsync<string>(fixture.ConnectionString, "SELECT pg_get_userbyid(proowner)::text FROM pg_proc WHERE proname = 'anonymiser_sak'")).ShouldBe(Databaseroller.Anonymisering);
        (await Databaseverdi.SkalarAsync<bool>(fixture.ConnectionString, $"SELECT rolcanlogin FROM pg_roles WHERE rolname = '{Databaseroller.Anonymisering}'")).ShouldBeFalse();
    }

    [Fact]
    public void The_compose_files_roles_are_the_ones_the_app_makes() =>
        SqlfilenUnderHodet("roller.sql").ShouldBe(Databaseroller.OpprettSql("namsmannen-lokal") + "\nALTER DATABASE namsmannen OWNER TO namsmannen_eier;\n");

    [Fact]
    public void The_handover_script_is_the_one_the_app_runs() =>
        SqlfilenUnderHodet("overta.sql").ShouldBe(Databaseroller.OvertaSql + "\n" + Databaseroller.OvertaSimulatorskjemaSql + "\n");

    /// <summary>A file of tools/db after its header of comment lines: what the code generates, for an operator to run.</summary>
    private static string SqlfilenUnderHodet(string navn)
    {
        var rot = Sjekkut.Rot();
        rot.ShouldNotBeNull("the tests run inside the checkout");
        var linjer = File.ReadAllText(Path.Combine(rot.FullName, "tools", "db", navn)).Split('\n');
        return string.Join('\n', linjer.SkipWhile(l => l.StartsWith("--", StringComparison.Ordinal)));
    }
}
