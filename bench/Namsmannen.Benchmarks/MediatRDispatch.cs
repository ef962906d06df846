using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Namsmannen.Benchmarks;

/// <summary>
/// What MediatR 5.1.0's dispatch itself costs: <c>IMediator.Send</c> of a request whose handler does nothing, resolved
/// from a container as the app resolves it (no pipeline behaviours), against calling the same handler directly.
/// The figure behind docs/decisions/0001-mediatr-5.md.
/// </summary>
public static class MediatRDispatch
{
    public sealed record Maling(int Verdi) : IRequest<int>;

    public sealed class MalingHandler : IRequestHandler<Maling, int>
    {
        public Task<int> Handle(Maling request, CancellationToken cancellationToken) => Task.FromResult(request.Verdi);
    }

    /// <summary>Nanoseconds per call: through <c>Send</c>, and directly; the median of five rounds of 200 000 calls.</summary>
    public static async Task<(double Send, double Direkte)> MalAsync()
    {
        var services = new ServiceCollection();
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped<IRequestHandler<Maling, int>, MalingHandler>();
        await using var root = services.BuildServiceProvider();
        await using var scope = root.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var handler = scope.ServiceProvider.GetRequiredService<IRequestHandler<Maling, int>>();

        const int Kall = 200_000;
        var send = new List<double>();
        var direkte = new List<double>();
        for (var runde = 0; runde < 6; runde++)
        {
            var klokke = Stopwatch.StartNew();
            for (var i = 0; i < Kall; i++)
            {
                await mediator.Send(new Maling(i));
            }

            var s = klokke.Elapsed.TotalNanoseconds / Kall;
            klokke.Restart();
            for (var i = 0; i < Kall; i++)
            {
                await handler.Handle(new Maling(i), default);
            }

            if (runde > 0)
            {
                // The first round warms up.
                send.Add(s);
                direkte.Add(klokke.Elapsed.TotalNanoseconds / Kall);
            }
        }

        return (Maal.Av(send).P50, Maal.Av(direkte).P50);
    }
}
