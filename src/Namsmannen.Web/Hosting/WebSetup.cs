using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data;
using Namsmannen.Application.Identity;
using Namsmannen.Web.Api;

namespace Namsmannen.Web.Hosting;

public static class WebSetup
{
    public static readonly CultureInfo Norsk = CultureInfo.GetCultureInfo("nb-NO");

    public static IServiceCollection AddNamsmannenWeb(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        CultureInfo.DefaultThreadCurrentCulture = Norsk;
        CultureInfo.DefaultThreadCurrentUICulture = Norsk;

        // Norwegian letters stay letters in the HTML, not numeric entities.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        new IdentityBuilder(typeof(Bruker), typeof(IdentityRole), services)
            .AddSignInManager<Brukerinnlogging>()
            .AddClaimsPrincipalFactory<BrukerClaimsFactory>();
        services.AddSesjonskontroll(configuration);
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiNokkelAutentisering>(ApiNokkelAutentisering.Skjema, null)
            .AddScheme<AuthenticationSchemeOptions, ArbeidsgiverNokkelAutentisering>(ArbeidsgiverNokkelAutentisering.Skjema, null)
            .AddIdPorten(configuration);
        if (TestIdPorten.ErAktiv(configuration))
        {
            services.AddTestIdPorten(configuration);
        }

        services.AddLocalization();
        services.AddApiGrenser();
        services.AddSingleton<Feilteller>();
        services.AddSingleton<CsvArbeiderPuls>();
        services.AddHostedService<CsvArbeider>();
        services.AddHostedService<StatistikkArbeider>();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Path = "/";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/konto/logg-inn";
            options.LogoutPath = "/konto/logg-ut";
            options.AccessDeniedPath = "/konto/ingen-tilgang";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // An API client gets a status code, not a redirect to the login page.
            options.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization(Policies.Add);

        // Keys in PostgreSQL: every instance behind a load balancer reads every other instance's cookies.
        var dataProtection = services.AddDataProtection().SetApplicationName("Namsmannen").PersistKeysToDbContext<NamsmannenDbContext>();
        if (configuration["DataProtection:Sertifikat"] is { Length: > 0 } sti)
        {
            // Encrypted with the certificate in DataProtection:Sertifikat (PFX), required in Production (issue 12, M6).
            dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(sti, configuration["DataProtection:SertifikatPassord"]));
        }

        services.AddAntiforgery(options => options.Cookie.Path = "/");
        // Outside Development the cookies are __Host-: only over HTTPS, only from this host, path /, so they are never
        // sent in clear behind a TLS proxy (issue 12, M5). Development serves plain http://localhost.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IHostEnvironment>((options, env) =>
            (options.Cookie.Name, options.Cookie.SecurePolicy) = Informasjonskapsel("namsmannen", env));
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>().Configure<IHostEnvironment>((options, env) =>
            (options.Cookie.Name, options.Cookie.SecurePolicy) = Informasjonskapsel("namsmannen-antiforgery", env));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            // Behind a TLS-terminating proxy: X-Forwarded-For/-Proto from the proxies named in Proxy:KjenteProxyer only.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in configuration.GetSection("Proxy:KjenteProxyer").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Saksbehandling", Policies.Saksbehandling);
                options.Conventions.AuthorizeFolder("/Kreditor", Policies.Kreditor);
                options.Conventions.AuthorizeFolder("/Leder", Policies.Leder);
                options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
                options.Conventions.AuthorizeFolder("/MinSak", Policies.Skyldner);
                options.Conventions.AllowAnonymousToPage("/MinSak/LoggInn");
                options.Conventions.AllowAnonymousToPage("/MinSak/Sprak");
                // The accessibility statement is for everyone, logged in or not.
                options.Conventions.AllowAnonymousToPage("/MinSak/Tilgjengelighet");
                options.Conventions.AuthorizePage("/Index", Policies.Innlogget);
                options.Conventions.AuthorizePage("/Konto/LoggUt", Policies.Innlogget);
                options.Conventions.AuthorizePage("/Konto/NyttPassord", Policies.Innlogget);
                options.Conventions.AllowAnonymousToPage("/Konto/LoggInn");
                options.Conventions.AllowAnonymousToPage("/Konto/IngenTilgang");
                options.Conventions.AllowAnonymousToPage("/Feil");
                // The public calculators, like Kronofogden's, need no login.
                options.Conventions.AllowAnonymousToFolder("/Beregning");
                // The API documentation is public, like the OpenAPI document it explains.
                options.Conventions.AllowAnonymousToPage("/Api/Dokumentasjon");
            })
            .AddMvcOptions(options =>
            {
                options.Filters.Add<ValidationExceptionPageFilter>();
                // Required fields are the validators' business, with Norwegian messages, not MVC's implicit English ones.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                NorskeBindingsmeldinger(options.ModelBindingMessageProvider);
                // Amounts, dates and whole numbers in forms are read the Norwegian way, in one place.
                options.ModelBinderProviders.Insert(0, new NorskeVerdier());
                options.ModelBinderProviders.Insert(1, new NyeLister());
            });
        services.AddRouting(options => options.LowercaseUrls = true);

        // JSON answers keep æ, ø and å as letters, like the pages.
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            // JSON numbers are numbers: "belop": "12.000" is refused with the field named, never read as 12 kr (issue 11).
            options.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
            // No NUL, far date or overflowing amount gets past the edge (issue 12, H5 and M3).
            ApiJson.Legg(options.SerializerOptions);
        });
        services.AddProblemDetails();
        // Unreadable JSON reaches ApiExceptionHandler, which names the field, instead of an empty 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddNamsmannenTelemetri(configuration);
        // Readiness: the database answers a query within 5 seconds (AspNetCore.HealthChecks.NpgSql), and the workers run.
        services.AddHealthChecks().AddNpgSql(connectionString, name: "database", tags: ["ready"], timeout: TimeSpan.FromSeconds(5))
            .AddCheck<Driftshelse>("drift", tags: ["ready"]);
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Namsmannen API";
            document.Info.Description = "Begjæringer, status og endringer for kreditorer (API-nøkkel), og åpne kalkulatorer. Felt, grunnkoder og eksempler: /api-dokumentasjon.";
            document.Components ??= new Microsoft.OpenApi.OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, Microsoft.OpenApi.IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["ApiNokkel"] = new Microsoft.OpenApi.OpenApiSecurityScheme
            {
                Type = Microsoft.OpenApi.SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "API-nøkkel fra kreditorportalen: Authorization: Bearer nm_…",
            };
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication UseNamsmannen(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseNamsmannenRequestLogging();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler("/feil");
        // Status codes without a body: problem details for the API, the Norwegian error page for people.
        app.UseWhen(ApiExceptionHandler.IsApi, api => api.UseStatusCodePages(async context =>
            await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext })));
        app.UseWhen(http => !ApiExceptionHandler.IsApi(http), pages => pages.UseStatusCodePagesWithReExecute("/feil/{0}"));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // The error page shown in place of a failed post keeps the post's query, whose ?handler=… the error page does
        // not have (it answered «not found» for an unexpected error): the error page reads no query, so it is dropped.
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/feil"))
            {
                context.Request.QueryString = QueryString.Empty;
            }

            return next(context);
        });
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Norsk),
            SupportedCultures = [Sprak.Bokmal, Sprak.Nynorsk],
            SupportedUICultures = [Sprak.Bokmal, Sprak.Nynorsk],
            // Only the user's own choice (the debtor pages' language switch), never the browser's guess.
            RequestCultureProviders = [new CookieRequestCultureProvider()],
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseMiddleware<KroppsgrenseMiddleware>();
        app.UseMiddleware<Nokkelbrems>();
        app.UseAuthentication();
        app.UseByttPassord();
        app.UseAuthorization();
        app.UseMiddleware<ApiKvoteMiddleware>();
        app.UseRateLimiter();
        // After authorization and the rate limits: an anonymous or throttled post is turned away before its form
        // (up to 30 MB) is read, and an upload holds one of its creditor's two places while it arrives.
        app.UseMiddleware<Tegnvakt>();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/api/v1/openapi.json").AllowAnonymous();
        app.MapBeregninger();
        app.MapKreditorApi();
        app.MapArbeidsgiverApi();
        if (TestIdPorten.ErAktiv(app.Configuration))
        {
            app.MapTestIdPorten();
        }
        app.MapRazorPages();
        return app;
    }

    private static (string Navn, CookieSecurePolicy Sikkerhet) Informasjonskapsel(string navn, IHostEnvironment env) =>
        env.IsDevelopment() ? (navn, CookieSecurePolicy.SameAsRequest) : ("__Host-" + navn, CookieSecurePolicy.Always);

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int statusCode)
    {
        if (ApiExceptionHandler.IsApi(context.HttpContext))
        {
            context.Response.StatusCode = statusCode;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void NorskeBindingsmeldinger(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"«{value}» er ikke en gyldig verdi for {field}.");
        messages.SetMissingBindRequiredValueAccessor(field => $"{field} mangler.");
        messages.SetMissingKeyOrValueAccessor(() => "Verdien mangler.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Forespørselen mangler innhold.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"«{value}» er ikke en gyldig verdi.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Verdien er ugyldig.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Verdien er ugyldig for {field}.");
        messages.SetValueIsInvalidAccessor(value => $"«{value}» er ugyldig.");
        messages.SetValueMustBeANumberAccessor(field => $"{field} må være et tall.");
        messages.SetValueMustNotBeNullAccessor(value => $"Fyll ut {value}.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Verdien må være et tall.");
    }
}
