using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Data;
using Namsmannen.Hosting.Demo;

namespace Namsmannen.Hosting;

public static class DependencyInjection
{
    /// <summary>The demo office (seeded under the migrator's lock when asked) and the volume generator.</summary>
    public static IServiceCollection AddNamsmannenDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
        services.AddScoped<IDemodata>(sp => sp.GetRequiredService<DemoSeeder>());
        services.AddScoped<Volumgenerator>();
        return services;
    }
}
