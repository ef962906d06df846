using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Hosting;
using Quartz;

namespace Namsmannen.Application.Tests.Hosting;

/// <summary>
/// Issue 17: scheduled work runs on Quartz.NET's clustered AdoJobStore, so with several app instances on one database
/// each firing runs once. Two schedulers share the fixture's database (its migrations made the tables) and one
/// trigger; the firings are counted.
/// </summary>
public sealed class PlanleggerTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const int Avfyringer = 8;

    public sealed class Teller
    {
        public ConcurrentBag<(DateTimeOffset Planlagt, string Instans)> Kjoringer { get; } = [];
    }

    public sealed class TelleJobb(Teller teller) : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            teller.Kjoringer.Add((context.ScheduledFireTimeUtc ?? context.FireTimeUtc, await context.Scheduler.GetSchedulerInstanceId(cancellationToken)));
        }
    }

    private ServiceProvider Instans(string id, string navn, Teller teller)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(teller);
        services.AddQuartz(q =>
        {
            Planlegger.Klynge(q, fixture.ConnectionString, id, navn);
            q.AddJob<TelleJobb>(j => j.WithIdentity("telle", "test").StoreDurably());
        });
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Two_schedulers_on_one_database_run_each_firing_once()
    {
        var navn = "Telletest-" + Guid.NewGuid().ToString("N")[..8];
        var teller = new Teller();
        await using var a = Instans("node-a", navn, teller);
        await using var b = Instans("node-b", navn, teller);
        var planleggerA = await a.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var planleggerB = await b.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await planleggerA.Start();
        await planleggerB.Start();

        var utloser = TriggerBuilder.Create(TimeProvider.System).WithIdentity("telle-hvert-sekund", "test").ForJob("telle", "test")
            .StartAt(DateTimeOffset.UtcNow.AddSeconds(1))
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(500)).WithRepeatCount(Avfyringer - 1)).Build();
        await planleggerA.ScheduleJob(utloser);

        var frist = DateTime.UtcNow.AddSeconds(60);
        while (teller.Kjoringer.Count < Avfyringer && DateTime.UtcNow < frist)
        {
            await Task.Delay(200);
        }

        // Time for a second, wrong run of any firing to show.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await planleggerA.Shutdown(true);
        await planleggerB.Shutdown(true);

        teller.Kjoringer.Count.ShouldBe(Avfyringer, "each firing runs once in the cluster");
        teller.Kjoringer.Select(k => k.Planlagt).Distinct().Count().ShouldBe(Avfyringer);
        var noder = await fixture.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT instance_name AS \"Value\" FROM qrtz_scheduler_state WHERE sched_name = {0}", navn).ToListAsync());
        noder.Order().ToList().ShouldBe(new List<string> { "node-a", "node-b" }, "both schedulers joined the cluster");
    }
}
