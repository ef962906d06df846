using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Namsmannen.Application.Data.Migrations;

/// <summary>
/// The tables of Quartz.NET's clustered AdoJobStore (issue 17), which the scheduler reads and writes itself. They are
/// not in the EF model, so this migration is scaffolded empty and runs the PostgreSQL schema Quartz ships inside its
/// own assembly for the pinned version (4.7.3; the same statements its <c>ProvisionSchema()</c> would run, each of
/// them "create if missing"). A Quartz upgrade that changes the schema comes with a migration of its own.
/// </summary>
public partial class Planlegger : Migration
{
    private const string Ressurs = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        using var strom = typeof(Quartz.IScheduler).Assembly.GetManifestResourceStream(Ressurs)
            ?? throw new InvalidOperationException($"Quartz-pakken har ikke {Ressurs}; tabellene til planleggeren kan ikke lages.");
        using var leser = new StreamReader(strom);
        // {0} is the table prefix, {1} the same without a schema qualifier; statements are separated by a line "--;;".
        var skript = leser.ReadToEnd().Replace("{0}", "qrtz_", StringComparison.Ordinal).Replace("{1}", "qrtz_", StringComparison.Ordinal);
        foreach (var setning in skript.Split("\n--;;", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (setning.Split('\n').Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("--", StringComparison.Ordinal)))
            {
                migrationBuilder.Sql(setning);
            }
        }
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var tabell in new[] { "fired_triggers", "paused_trigger_grps", "paused_job_grps", "scheduler_state", "locks", "simprop_triggers", "simple_triggers", "cron_triggers", "blob_triggers", "execution_history", "misfire_history", "job_status", "triggers", "job_details", "calendars" })
        {
            migrationBuilder.Sql($"DROP TABLE IF EXISTS qrtz_{tabell} CASCADE;");
        }
    }
}
