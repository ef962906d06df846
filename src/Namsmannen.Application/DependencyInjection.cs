using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Demo;
using Namsmannen.Application.Identity;

namespace Namsmannen.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddNamsmannenApplication(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => Satser.SatsFil.Les());
        services.AddDbContext<NamsmannenDbContext>(options => options
            .UseNpgsql(connectionString)
            // Migrations are hand-written and have no model snapshot; the drift test guards model and schema instead.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        services.AddCommandPipeline(typeof(DependencyInjection).Assembly);

        services.AddIdentityCore<Bruker>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<NamsmannenDbContext>()
            .AddErrorDescriber<NorskIdentityErrorDescriber>();

        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<Volumgenerator>();
        services.AddScoped<Features.Begjaringer.BegjaringMottak>();
        services.AddScoped<Features.Begjaringer.CsvBehandling>();
        return services;
    }
}
