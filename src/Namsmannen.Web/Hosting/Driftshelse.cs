using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Namsmannen.Application.Data;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// What <c>/health/ready</c> reports beyond the database (issue 12, H2, H4, M9): the CSV worker is alive, no waiting
/// file is stuck, the summary figures are being folded, and the outbox is moving (issue 18: no message has failed, none
/// has waited too long), every rate table has a row for today and the app does not own its audit log (issue 20). A stuck queue, a missing rate, a stale fold or a failing outbox is "Degraded" (the app still answers); a
/// stopped worker is "Unhealthy".
/// </summary>
public sealed class Driftshelse(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, CsvArbeiderPuls puls) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var naa = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NamsmannenDbContext>();
        var eldsteVentende = await db.Innsendinger.Where(i => i.Status == "VENTER" || i.Status == "BEHANDLES")
            .Select(i => (DateTimeOffset?)(i.SistBehandlet ?? i.Opprettet)).MinAsync(cancellationToken);
        var sistSamlet = await db.Database.SqlQuery<DateTimeOffset?>($"SELECT sist_samlet AS \"Value\" FROM statistikk_status WHERE id = 1").SingleOrDefaultAsync(cancellationToken);
        var venterEndringer = await db.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM statistikk_saker_endringer) AS \"Value\"").SingleAsync(cancellationToken);
        var feiledeUtsendinger = await db.Utsendinger.CountAsync(u => u.Status == Application.Data.Utboks.Utsendingsstatus.Feilet, cancellationToken);
        var eldsteUtsending = await db.Utsendinger.Where(u => u.Status == Application.Data.Utboks.Utsendingsstatus.Venter).Select(u => (DateTimeOffset?)u.Opprettet).MinAsync(cancellationToken);

        var data = new Dictionary<string, object>();
        var problemer = new List<string>();
        if (puls.SistAktiv is { } aktiv)
        {
            data["csvArbeiderSistAktiv"] = aktiv;
            if (naa - aktiv > TimeSpan.FromMinutes(2))
            {
                return HealthCheckResult.Unhealthy($"CSV-arbeideren har ikke vært aktiv siden {aktiv:O}.", data: data);
            }
        }

        var koGrense = TimeSpan.FromMinutes(configuration.GetValue("Helse:CsvKoMinutter", 15));
        if (eldsteVentende is { } eldste && naa - eldste > koGrense)
        {
            problemer.Add($"En CSV-fil har ventet i {(int)(naa - eldste).TotalMinutes} minutter.");
        }

        var foldGrense = TimeSpan.FromMinutes(configuration.GetValue("Helse:SammendragMinutter", 10));
        if (venterEndringer && (sistSamlet is null || naa - sistSamlet > foldGrense))
        {
            problemer.Add(sistSamlet is null ? "Sammendragene er aldri samlet." : $"Sammendragene ble sist samlet for {(int)(naa - sistSamlet.Value).TotalMinutes} minutter siden.");
        }

        data["feiledeUtsendinger"] = feiledeUtsendinger;
        if (feiledeUtsendinger > 0)
        {
            problemer.Add($"{feiledeUtsendinger} utsendinger har feilet og står på kontorenes feilliste (/saksbehandling/utsendinger).");
        }

        var utboksGrense = TimeSpan.FromMinutes(configuration.GetValue("Helse:UtboksMinutter", 60));
        if (eldsteUtsending is { } eldsteMelding && naa - eldsteMelding > utboksGrense)
        {
            problemer.Add($"En utsending har ventet i {(int)(naa - eldsteMelding).TotalMinutes} minutter.");
        }

        // Issue 20: a rate table with no row for today (forsinkelsesrenten for a new half-year) until an administrator adds it.
        var manglendeSatser = scope.ServiceProvider.GetRequiredService<Domain.Satser.Satsbok>().Mangler(Application.Common.Oslotid.IDag(clock));
        data["manglendeSatser"] = manglendeSatser.Count;
        problemer.AddRange(manglendeSatser.Select(m => $"{m} Legg inn raden i /admin/satser."));

        // Issue 20: the app's login must not own the audit log (it could switch its trigger off) nor be a superuser.
        var eierRevisjonsloggen = await db.Database.SqlQuery<bool>($"""
            SELECT r.rolsuper OR pg_has_role(current_user, c.relowner, 'USAGE') AS "Value"
            FROM pg_class c, pg_roles r WHERE c.oid = 'saks_hendelser'::regclass AND r.rolname = current_user
            """).SingleAsync(cancellationToken);
        data["appRolleEierSkjemaet"] = eierRevisjonsloggen;
        if (eierRevisjonsloggen)
        {
            problemer.Add("Appen er logget inn som eieren av revisjonsloggen (eller som superbruker), og kan slå av vernet mot endringer. Logg inn som namsmannen_app og migrer som namsmannen_eier (docs/operations.md, «Database roles»).");
        }

        return problemer.Count == 0 ? HealthCheckResult.Healthy(data: data) : HealthCheckResult.Degraded(string.Join(" ", problemer), data: data);
    }
}

/// <summary>Set by the CSV worker on every round; a worker that stops setting it has stopped. One per app.</summary>
public sealed class CsvArbeiderPuls
{
    public DateTimeOffset? SistAktiv { get; set; }
}
