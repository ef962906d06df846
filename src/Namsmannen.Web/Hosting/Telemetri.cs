using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Traces and metrics with OpenTelemetry (ASP.NET Core and Npgsql), exported with OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and otherwise off: nothing is collected and nothing leaves the app.
/// </summary>
public static class Telemetri
{
    public const string Tjenestenavn = "namsmannen";

    public static IServiceCollection AddNamsmannenTelemetri(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return services;
        }

        // The exporter reads the endpoint, protocol and headers from the standard OTEL_EXPORTER_OTLP_* variables.
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(Tjenestenavn))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    // A path may hold a fødselsnummer (/api/v1/saker/{id}); the query string is left out by the instrumentation.
                    options.EnrichWithHttpRequest = (activity, request) =>
                        activity.SetTag("url.path", FodselsnummerMasking.Mask(request.Path.Value ?? "/"));
                })
                .AddNpgsql()
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddOtlpExporter());
        return services;
    }
}
