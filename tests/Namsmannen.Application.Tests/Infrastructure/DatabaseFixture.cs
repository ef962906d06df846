using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Hosting;

namespace Namsmannen.Application.Tests.Infrastructure;

/// <summary>
/// A test class's own database, cloned from the migrated template, and the application's services over it, so a
/// test sends the same commands the pages and the API send. Nothing is shared between test classes.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private ServiceProvider? services;

    public string DatabaseName { get; private set; } = string.Empty;

    public string ConnectionString => TestPostgres.ConnectionString(DatabaseName);

    /// <summary>The moment every test class starts at: 2026-11-21 09:00 UTC, a Saturday morning in Oslo.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The clock the test sets (<c>AdjustTime</c> may also go back). No test sleeps to wait for time to pass.</summary>
    public FakeTimeProvider Clock { get; } = OsloKlokke(Start);

    public static FakeTimeProvider OsloKlokke(DateTimeOffset start)
    {
        var klokke = new FakeTimeProvider(start);
        klokke.SetLocalTimeZone(Oslotid.Oslo);
        return klokke;
    }

    /// <summary>
    /// Sets the clock to <paramref name="tid"/> until the returned scope is disposed, then back to where it stood, so a
    /// test can do what happened earlier (a varsel sent two weeks ago) without moving the day of the class's other tests.
    /// </summary>
    public IDisposable StillKlokken(DateTimeOffset tid)
    {
        var na = Clock.GetUtcNow();
        Clock.AdjustTime(tid);
        return new Tilbakestilling(() => Clock.AdjustTime(na));
    }

    private sealed class Tilbakestilling(Action tilbake) : IDisposable
    {
        public void Dispose() => tilbake();
    }

    public IServiceProvider Services => services ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        DatabaseName = await TestPostgres.CreateDatabaseAsync();
        services = Tjenester(_ => { });
    }

    /// <summary>
    /// Another service provider on the same database and clock, with <paramref name="endre"/> applied last: the app as
    /// it would run with, say, a new rate row in its rate book. Dispose it after use.
    /// </summary>
    public ServiceProvider Tjenester(Action<IServiceCollection> endre)
    {
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        collection.AddSingleton<TimeProvider>(Clock);
        Brukervalg.Registrer(collection);
        collection.AddNamsmannenApplication(ConnectionString);
        collection.AddNamsmannenDemo();
        endre(collection);
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        await TestPostgres.DropDatabaseAsync(DatabaseName);
    }

    /// <summary>Sends <paramref name="request"/> as a plain <see cref="TestUser"/> with no role.</summary>
    public Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request) => Brukervalg.SendAsync(Services, request, null);

    /// <summary>Sends <paramref name="request"/> as <paramref name="som"/>.</summary>
    public Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request, ICurrentUser som) => Brukervalg.SendAsync(Services, request, som);

    public async Task<T> QueryAsync<T>(Func<NamsmannenDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NamsmannenDbContext>();
        return await query(db);
    }

    public async Task ExecuteAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public Task<int> SqlAsync(string sql) => QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql));
}
