using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Common;

namespace Namsmannen.Application.Tests.Infrastructure;

/// <summary>
/// The acting user of one scope of a test's service provider: a command acts as the user the test passes with it, or
/// as a plain <see cref="TestUser"/> with no role, never as a user another test set.
/// </summary>
public sealed class Brukervalg
{
    private ICurrentUser? Bruker { get; set; }

    public static IServiceCollection Registrer(IServiceCollection services) => services
        .AddScoped<Brukervalg>()
        .AddScoped<ICurrentUser>(sp => sp.GetRequiredService<Brukervalg>().Bruker ?? new TestUser());

    /// <summary>Sends <paramref name="request"/> in a scope of its own, as <paramref name="som"/>.</summary>
    public static async Task<TResponse> SendAsync<TResponse>(IServiceProvider services, IRequest<TResponse> request, ICurrentUser? som)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Brukervalg>().Bruker = som;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
