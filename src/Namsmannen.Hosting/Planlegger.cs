using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Namsmannen.Application.Features.Trekkordning;
using Namsmannen.Application.Features.Trekkordning.Samordning;
using Quartz;

namespace Namsmannen.Hosting;

/// <summary>
/// The scheduled work (issue 17) on Quartz.NET with its clustered AdoJobStore in the application's PostgreSQL (tables
/// from the <c>Planlegger</c> migration): with several app instances, each firing runs on one of them only, and a
/// firing missed while every instance was down runs when one comes back.
/// </summary>
public static class Planlegger
{
    public const string Navn = "Namsmannen";

    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static readonly JobKey Trekkoppfolging = new("trekkoppfolging", "trekk");

    public static readonly JobKey Trekkomregning = new("trekkomregning", "trekk");

    public static readonly JobKey Samordning = new("samordning", "trekk");

    public static readonly JobKey Utbetalingskjoringer = new("utbetalingskjoringer", "penger");

    public static readonly JobKey Utsendinger = new("utsendinger", "utboks");

    public static readonly JobKey Oppbevaring = new("oppbevaring", "personvern");

    /// <summary>Registers the scheduler and its jobs, unless <c>Planlegger:Aktiv</c> is false (a tool run, a test host).</summary>
    public static IServiceCollection AddNamsmannenPlanlegger(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        if (!configuration.GetValue("Planlegger:Aktiv", true))
        {
            return services;
        }

        services.AddQuartz(q =>
        {
            Klynge(q, connectionString, "AUTO");
            q.AddJob<TrekkoppfolgingJobb>(j => j.WithIdentity(Trekkoppfolging).StoreDurably().WithDescription("Trekkene måned for måned: forventet, mottatt, manglende, utløpt."));
            // Every morning at 06:00 Oslo time: safe to run again, and it catches up months it missed.
            q.AddTrigger<TrekkoppfolgingJobb>(t => t.ForJob(Trekkoppfolging).WithIdentity("trekkoppfolging-daglig", "trekk")
                .WithCronSchedule("0 0 6 * * ?", c => c.InTimeZone(Oslo).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            q.AddJob<TrekkomregningJobb>(j => j.WithIdentity(Trekkomregning).StoreDurably().WithDescription("Nye livsoppholdssatser: trekkene regnes om og legges fram for saksbehandlerne."));
            // Every morning at 05:30, before the follow-up: a new rate row is prepared once, up to 45 days ahead.
            q.AddTrigger<TrekkomregningJobb>(t => t.ForJob(Trekkomregning).WithIdentity("trekkomregning-daglig", "trekk")
                .WithCronSchedule("0 30 5 * * ?", c => c.InTimeZone(Oslo).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            q.AddJob<SamordningJobb>(j => j.WithIdentity(Samordning).StoreDurably().WithDescription("Samordnet trekk: overlevering, stans og dekning per krav."));
            // Every morning at 06:30, after the follow-up has written the month's expectations.
            q.AddTrigger<SamordningJobb>(t => t.ForJob(Samordning).WithIdentity("samordning-daglig", "trekk")
                .WithCronSchedule("0 30 6 * * ?", c => c.InTimeZone(Oslo).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            q.AddJob<UtbetalingskjoringJobb>(j => j.WithIdentity(Utbetalingskjoringer).StoreDurably().WithDescription("Utbetalingskjøringer til godkjenning for hvert kontor med klare utbetalinger."));
            // Working mornings at 07:00, after the night's money is booked; a supervisor approves each run.
            q.AddTrigger<UtbetalingskjoringJobb>(t => t.ForJob(Utbetalingskjoringer).WithIdentity("utbetalingskjoringer-virkedager", "penger")
                .WithCronSchedule("0 0 7 ? * MON-FRI", c => c.InTimeZone(Oslo).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            q.AddJob<OppbevaringJobb>(j => j.WithIdentity(Oppbevaring).StoreDurably().WithDescription("Oppbevaringsreglene: dokumenter slettes og saker anonymiseres når tiden er ute, innsendinger ryddes."));
            // Every night at 02:30, when nobody works the cases; what it missed it does the next night.
            q.AddTrigger<OppbevaringJobb>(t => t.ForJob(Oppbevaring).WithIdentity("oppbevaring-natt", "personvern")
                .WithCronSchedule("0 30 2 * * ?", c => c.InTimeZone(Oslo).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            // Every 30 seconds (Utboks:IntervallSekunder; 0 leaves the outbox to its command, as the web tests do so that
            // no receipt lands in a case while a test reads it): a registration or a deletion reaches its register the minute it is ordered.
            if (configuration.GetValue("Utboks:IntervallSekunder", 30) is > 0 and var sekunder)
            {
                q.AddJob<UtsendingJobb>(j => j.WithIdentity(Utsendinger).StoreDurably().WithDescription("Utboksen: meldinger til registrene og brev til partene, med nye forsøk."));
                q.AddTrigger<UtsendingJobb>(t => t.ForJob(Utsendinger).WithIdentity("utsendinger", "utboks")
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(sekunder)).RepeatForever()));
            }
        });
        // The scheduler starts once the app has started. It validates its tables as the host starts, so an app whose
        // database is down at start does not start (restarted by its orchestrator) unless Planlegger:Aktiv is false.
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = true;
        });
        return services;
    }

    /// <summary>The clustered job store on <paramref name="connectionString"/>, shared by every instance with the same scheduler name.</summary>
    public static void Klynge(IQuartzBuilder q, string connectionString, string instansId, string navn = Navn)
    {
        q.ConfigureScheduler(o =>
        {
            o.InstanceName = navn;
            o.InstanceId = instansId;
        });
        q.UsePersistentStore(s =>
        {
            s.UsePostgres(connectionString);
            s.UseClustering(c =>
            {
                c.CheckinInterval = TimeSpan.FromSeconds(10);
                c.CheckinMisfireThreshold = TimeSpan.FromSeconds(30);
            });
        });
    }
}

/// <summary>Runs the monthly follow-up of every running trekk (<see cref="Trekkoppfolging"/>); one firing at a time in the whole cluster.</summary>
[DisallowConcurrentExecution]
public sealed partial class TrekkoppfolgingJobb(IServiceScopeFactory scopes, ILogger<TrekkoppfolgingJobb> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var resultat = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new Trekkoppfolging.Command(), cancellationToken);
        LogFerdig(logger, resultat.NyeTrekkpalegg, resultat.Avsluttet, resultat.Perioder, resultat.Mangler);
    }

    /// <summary>
    /// One run outside the scheduler (<c>./build.sh trekkoppfolging</c>, and what <c>./build.sh bench trekk</c> times):
    /// prints what it did and how long the command took.
    /// </summary>
    public static async Task<int> KjorAsync(IServiceProvider services, TextWriter ut, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var klokke = Stopwatch.StartNew();
        var r = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new Trekkoppfolging.Command(), cancellationToken);
        await ut.WriteLineAsync(FormattableString.Invariant(
            $"Trekkoppfølgingen: {r.NyeTrekkpalegg} nye trekkpålegg, {r.Avsluttet} avsluttet, {r.Perioder} måneder forventet, {r.Mangler} manglende innbetalinger. Fulgt opp på {klokke.Elapsed.TotalSeconds:0.00} s."));
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Trekk follow-up: {Nye} new orders, {Avsluttet} ended, {Perioder} months expected, {Mangler} missing remittances")]
    private static partial void LogFerdig(ILogger logger, int nye, int avsluttet, int perioder, int mangler);
}

/// <summary>Prepares the recalculation for new livsoppholdssatser (<see cref="ForberedTrekkomregning"/>); one firing at a time in the whole cluster.</summary>
[DisallowConcurrentExecution]
public sealed partial class TrekkomregningJobb(IServiceScopeFactory scopes, ILogger<TrekkomregningJobb> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var r = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ForberedTrekkomregning.Command(), cancellationToken);
        if (r.Ny)
        {
            LogForberedt(logger, r.SatserFra, r.Vurdert, r.Endret, r.UtenGrunnlag);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Trekk recalculation for the livsopphold rates from {SatserFra}: {Vurdert} calculated again, {Endret} change and wait for release, {UtenGrunnlag} without a stored basis")]
    private static partial void LogForberedt(ILogger logger, DateOnly? satserFra, int vurdert, int endret, int utenGrunnlag);
}

/// <summary>The exchange with the coordinated trekk (<see cref="Samordningsutveksling"/>); one firing at a time in the whole cluster.</summary>
[DisallowConcurrentExecution]
public sealed partial class SamordningJobb(IServiceScopeFactory scopes, ILogger<SamordningJobb> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var r = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new Samordningsutveksling.Command(), cancellationToken);
        LogFerdig(logger, r.Overlevert, r.Avvist, r.Stoppet, r.Dekninger, r.Belop, r.IkkeFort);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Coordinated trekk: {Overlevert} handed over, {Avvist} refused, {Stoppet} stopped, {Dekninger} coverages booked ({Belop} kr), {IkkeFort} not booked (closed or unknown case)")]
    private static partial void LogFerdig(ILogger logger, int overlevert, int avvist, int stoppet, int dekninger, decimal belop, int ikkeFort);
}

/// <summary>Makes the offices' distribution runs for approval (<see cref="PlanlagteUtbetalingskjoringer"/>); one firing at a time in the whole cluster.</summary>
[DisallowConcurrentExecution]
public sealed partial class UtbetalingskjoringJobb(IServiceScopeFactory scopes, ILogger<UtbetalingskjoringJobb> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var r = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new Application.Features.Utbetalinger.PlanlagteUtbetalingskjoringer.Command(), cancellationToken);
        foreach (var k in r.Kjoringer)
        {
            LogKjoring(logger, k.Kontor, k.Nummer, k.Antall, k.Sum, k.Holdt);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Distribution run {Nummer} made for {Kontor}: {Antall} payouts, {Sum} kr, {Holdt} held; waiting for a supervisor")]
    private static partial void LogKjoring(ILogger logger, string kontor, long nummer, int antall, decimal sum, int holdt);
}

/// <summary>Carries out the retention rules (<see cref="Application.Features.Oppbevaring.Oppbevaringskjoring"/>); one firing at a time in the whole cluster.</summary>
[DisallowConcurrentExecution]
public sealed partial class OppbevaringJobb(IServiceScopeFactory scopes, ILogger<OppbevaringJobb> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var r = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new Application.Features.Oppbevaring.Oppbevaringskjoring.Command(), cancellationToken);
        LogFerdig(logger, r.Saker, r.Vedlegg, r.Brevfiler, r.Anonymisert, r.Innsendinger, r.HoldtTilbake);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: documents deleted on {Saker} cases ({Vedlegg} attachments, {Brevfiler} letter files), {Anonymisert} cases anonymised, {Innsendinger} submissions deleted; {Holdt} due cases kept by a legal hold")]
    private static partial void LogFerdig(ILogger logger, int saker, int vedlegg, int brevfiler, int anonymisert, int innsendinger, int holdt);
}

/// <summary>Sends what waits in the outbox (<see cref="Application.Features.Utsendinger.Utsender"/>); safe beside another instance (SKIP LOCKED).</summary>
[DisallowConcurrentExecution]
public sealed partial class UtsendingJobb(IServiceScopeFactory scopes, ILogger<UtsendingJobb> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var utsender = scope.ServiceProvider.GetRequiredService<Application.Features.Utsendinger.Utsender>();
        // The register notices first (a deletion is due the day the debt is paid), then the letters, which are printed.
        var r = await utsender.KjorAsync(500, cancellationToken, Application.Features.Utsendinger.Utsender.Registermeldinger);
        var b = await utsender.KjorAsync(200, cancellationToken, Application.Features.Utsendinger.Utsender.Brevene);
        // The mailbox's opening receipts, a few at a time, on every run.
        await scope.ServiceProvider.GetRequiredService<Application.Features.Brevsending.Apningskvitteringer>().HentAsync(50, cancellationToken);
        if (r.Kvittert + r.Feilet + r.Utsatt + b.Kvittert + b.Feilet + b.Utsatt > 0)
        {
            LogFerdig(logger, r.Kvittert, r.Utsatt, r.Feilet, b.Kvittert, b.Utsatt, b.Feilet);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: register notices {Kvittert} acknowledged, {Utsatt} to be tried again, {Feilet} failed; letters {Levert} delivered, {BrevUtsatt} to be tried again, {BrevFeilet} failed (failures are on the office's error list)")]
    private static partial void LogFerdig(ILogger logger, int kvittert, int utsatt, int feilet, int levert, int brevUtsatt, int brevFeilet);
}
