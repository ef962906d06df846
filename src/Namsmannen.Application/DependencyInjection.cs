using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Identity;

namespace Namsmannen.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddNamsmannenApplication(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(TimeProvider.System);
        // The rate tables are rows in PostgreSQL that administrators keep (issue 20), read through one register.
        services.TryAddSingleton(sp => new Satser.Satsregister(connectionString, sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient(sp => sp.GetRequiredService<Satser.Satsregister>().Hent());
        // Posten's postnummerregister: the copy the app was built with, or a newer file of Posten's an operator names (issue 12, M2).
        services.TryAddSingleton(sp => Adresser.Postnummerkilde.Hent(sp.GetService<Microsoft.Extensions.Configuration.IConfiguration>()?[Adresser.Postnummerkilde.Innstilling]));
        services.TryAddSingleton(Features.Utbetalinger.Namsmannskonto.Demo);
        services.TryAddSingleton(Features.Trekkordning.Samordningskonto.Simulator);
        // Skatteetaten's coordinated trekk cannot be reached from here: the local simulator answers unless the host has
        // registered a real client first (docs/architecture.md, "The running trekk").
        services.TryAddSingleton<Features.Trekkordning.Samordning.ISamordnetTrekk>(sp => new Features.Trekkordning.Samordning.SamordnetTrekkSimulator(connectionString, sp.GetRequiredService<TimeProvider>()));
        // Nor can the registers: their local simulator answers unless the host has registered a client first (Production
        // registers one that refuses plainly, so notices wait on the error list).
        services.TryAddSingleton<Features.Utsendinger.IRegistre>(sp => new Features.Utsendinger.RegisterSimulator(connectionString, sp.GetRequiredService<TimeProvider>()));
        // Nor can KRR, the digital mailbox or the print service: their local simulator answers unless the host has
        // registered a client first (Production registers one that refuses plainly, so letters wait on the error list).
        services.TryAddSingleton<Features.Brevsending.IDigitalPost>(sp => new Features.Brevsending.DigitalPostSimulator(connectionString, sp.GetRequiredService<TimeProvider>()));
        // Letters are printed to PDF by the machine's own Chromium (docs/decisions/0013), in the outbox's worker.
        services.TryAddSingleton<Features.Brevsending.IPdfSkriver>(sp => new Features.Brevsending.ChromiumPdfSkriver(
            sp.GetService<Microsoft.Extensions.Configuration.IConfiguration>()?["Pdf:Chromium"] ?? Environment.GetEnvironmentVariable("NAMSMANNEN_CHROMIUM") ?? "/usr/bin/chromium",
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Features.Brevsending.ChromiumPdfSkriver>>()));
        services.AddScoped<Features.Brevsending.Brevsetter>();
        services.AddScoped<Features.Brevsending.Brevutsender>();
        services.AddScoped<Features.Brevsending.Apningskvitteringer>();
        services.AddScoped<Features.Utsendinger.Utsender>();
        services.AddScoped<Journal>();
        // Reads that may lag a moment go to a streaming replica when ConnectionStrings:NamsmannenLesing is set (issue 20).
        services.TryAddSingleton(sp => new Leseinnstillinger(
            sp.GetService<Microsoft.Extensions.Configuration.IConfiguration>()?["ConnectionStrings:NamsmannenLesing"] is { Length: > 0 } lesing ? lesing : null,
            connectionString));
        services.AddScoped<Lesedatabase>();
        // The dashboard's figures until something behind them changes (issue 20), one store per instance.
        services.TryAddSingleton<Features.Leder.Ledertallbuffer>();
        // The migrations run as the schema's owner when ConnectionStrings:NamsmannenEier is set (issue 20, docs/operations.md).
        services.TryAddSingleton(sp => new Eierforbindelse(sp.GetService<Microsoft.Extensions.Configuration.IConfiguration>()?[Eierforbindelse.Innstilling] is { Length: > 0 } eier ? eier : null));
        // The options are built once for the app, not for every request (they were a tenth of a cached page's time).
        var tilkobling = NamsmannenDbContext.MedForberedteSporringer(connectionString);
        services.AddDbContext<NamsmannenDbContext>(options => NamsmannenDbContext.Konfigurer(options, tilkobling), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
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
        services.AddScoped<Features.Begjaringer.BegjaringMottak>();
        services.AddScoped<Features.Begjaringer.CsvBehandling>();
        services.AddScoped<Features.Portal.Idempotens>();
        services.AddScoped<Features.Portal.Kvote>();
        return services;
    }
}
