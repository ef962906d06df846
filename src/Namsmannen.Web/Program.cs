using Namsmannen.Application;
using Namsmannen.Application.Data;
using Namsmannen.Hosting;
using Namsmannen.Web.Hosting;

if (args.Contains("--health-probe"))
{
    // For container health checks: the runtime image has no curl, so the app asks itself.
    return await HealthProbe.RunAsync(Environment.GetEnvironmentVariable("ASPNETCORE_URLS"));
}

var builder = WebApplication.CreateBuilder(args);
builder.AddNamsmannenLogging();
var connectionString = builder.ResolveConnectionString();
if (builder.Environment.IsProduction())
{
    // The coordinated trekk's local simulator must never answer for Skatteetaten in production (docs/architecture.md).
    builder.Services.AddSingleton<Namsmannen.Application.Features.Trekkordning.Samordning.ISamordnetTrekk, Namsmannen.Application.Features.Trekkordning.Samordning.SamordnetTrekkIkkeTilkoblet>();
    // Nor does the registers' simulator answer for Brønnøysund or Kartverket: notices wait on the office's error list.
    builder.Services.AddSingleton<Namsmannen.Application.Features.Utsendinger.IRegistre, Namsmannen.Application.Features.Utsendinger.RegistreIkkeTilkoblet>();
    // Nor does the digital post's simulator answer for KRR or a mailbox: letters wait on the office's error list.
    builder.Services.AddSingleton<Namsmannen.Application.Features.Brevsending.IDigitalPost, Namsmannen.Application.Features.Brevsending.DigitalPostIkkeTilkoblet>();
    // Nor do the demo's made-up accounts: the real ones are settings, and the app refuses to start without them.
    builder.Services.AddSingleton(sp => Namsmannen.Hosting.Kontoinnstillinger.Namsmannskonto(sp.GetRequiredService<IConfiguration>()));
    builder.Services.AddSingleton(sp => Namsmannen.Hosting.Kontoinnstillinger.Samordningskonto(sp.GetRequiredService<IConfiguration>()));
}

builder.Services.AddNamsmannenApplication(connectionString);
builder.Services.AddNamsmannenDemo();
builder.Services.AddNamsmannenPlanlegger(builder.Configuration, connectionString);
builder.Services.AddNamsmannenWeb(builder.Configuration, connectionString);
if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue("Demo:Seed", false))
{
    builder.Services.AddHostedService<DemoBanner>();
}

var app = builder.Build();
if (!app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Seed", false))
{
    // The published demo logins and API key must never reach a real database (issue 12, C1).
    throw new InvalidOperationException(Namsmannen.Hosting.Demo.DemoBrukere.NektetUtenforUtvikling(app.Environment.EnvironmentName));
}

if (app.Environment.IsProduction() && TestIdPorten.ErAktiv(app.Configuration))
{
    // The local test identity provider lets anyone log in as any fødselsnummer: never outside development and tests (issue 19).
    throw new InvalidOperationException(
        "IdPorten:Testinnlogging er slått på i Production. Den lokale testinnloggingen lar hvem som helst logge inn som en hvilken som helst person; "
        + "sett IdPorten__Authority, IdPorten__ClientId og IdPorten__ClientSecret til ID-porten og slå testinnloggingen av.");
}

if (app.Environment.IsProduction() && string.IsNullOrEmpty(app.Configuration["DataProtection:Sertifikat"]))
{
    // Unprotected keys in the database would let anyone who reads it forge a caseworker's login cookie (issue 12, M6).
    throw new InvalidOperationException(
        "DataProtection:Sertifikat er ikke satt. I Production krypteres nøklene for innloggingskapslene med et sertifikat: "
        + "sett DataProtection__Sertifikat til stien til en PFX-fil og DataProtection__SertifikatPassord til passordet (se docs/operations.md).");
}

if (app.Environment.IsProduction())
{
    // The accounts are read now, so a missing one stops the start with the setting's name, not the first payout.
    _ = app.Services.GetRequiredService<Namsmannen.Application.Features.Utbetalinger.Namsmannskonto>();
    _ = app.Services.GetRequiredService<Namsmannen.Application.Features.Trekkordning.Samordningskonto>();
}

await LocalDatabase.EnsureDatabaseExistsAsync(app.Services);

var migrateOnly = args.Contains("migrate") || args.Contains("seed") || args.Contains("innbetalinger") || args.Contains("trekkoppfolging");
if (migrateOnly || app.Configuration.GetValue("Database:MigrateOnStartup", true))
{
    await using var scope = app.Services.CreateAsyncScope();
    // The volume generator builds on the demo office (its caseworkers and creditors), so `seed` seeds that first.
    var seed = (!migrateOnly || args.Contains("seed")) && app.Configuration.GetValue("Demo:Seed", false);
    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(seed, app.Lifetime.ApplicationStopping);
}

if (args.Contains("seed"))
{
    // ./build.sh seed --cases N: a volume data set on top of the demo office (see Application/Demo/Volumgenerator).
    var i = Array.IndexOf(args, "--cases");
    if (i < 0 || i + 1 >= args.Length || !int.TryParse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture, out var cases) || cases < 1)
    {
        Console.Error.WriteLine("Bruk: ./build.sh seed --cases N   (N saker, for eksempel 1000000)");
        app.Services.GetService<LocalPostgres>()?.Stop();
        return 2;
    }

    await using (var scope = app.Services.CreateAsyncScope())
    {
        var resultat = await scope.ServiceProvider.GetRequiredService<Namsmannen.Hosting.Demo.Volumgenerator>()
            .GenererAsync(cases, Console.WriteLine, app.Lifetime.ApplicationStopping);
        Console.WriteLine($"Ferdig: {resultat.Saker:N0} saker, {resultat.NyeSkyldnere:N0} nye skyldnere, {resultat.Kreditorer} kreditorer på {resultat.Tid.TotalSeconds:0} s.");
    }
}

if (args.Contains("innbetalinger"))
{
    // ./build.sh innbetalinger FIL: the bank integration books a camt.054 file (see Hosting/Bankintegrasjon).
    var i = Array.IndexOf(args, "innbetalinger");
    var kode = i + 1 < args.Length
        ? await Namsmannen.Hosting.Bankintegrasjon.LesAsync(app.Services, args[i + 1], Console.Out, app.Lifetime.ApplicationStopping)
        : Bruk();
    app.Services.GetService<LocalPostgres>()?.Stop();
    return kode;

    static int Bruk()
    {
        Console.Error.WriteLine("Bruk: ./build.sh innbetalinger FIL   (en camt.054-fil fra banken)");
        return 2;
    }
}

if (args.Contains("trekkoppfolging"))
{
    // ./build.sh trekkoppfolging: the daily follow-up of every running trekk now, as the scheduler runs it at 06:00.
    var kode = await Namsmannen.Hosting.TrekkoppfolgingJobb.KjorAsync(app.Services, Console.Out, app.Lifetime.ApplicationStopping);
    app.Services.GetService<LocalPostgres>()?.Stop();
    return kode;
}

if (migrateOnly)
{
    app.Services.GetService<LocalPostgres>()?.Stop();
    return 0;
}

app.UseNamsmannen();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the web tests' WebApplicationFactory.</summary>
public partial class Program;
