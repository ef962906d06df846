using System.Diagnostics;
using System.Text.RegularExpressions;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace Namsmannen.Web.Hosting;

public static class Logging
{
    public const string UmaskertSink = "Serilog:WriteTo er ikke tillatt i konfigurasjonen: en slik logg får hendelsene før fødselsnumrene "
        + "er maskert. Bruk Serilog:MinimumLevel for nivåer; nye logg-mål legges inn i Hosting/Logging.cs, bak maskeringen.";

    /// <summary>
    /// Serilog (Serilog.AspNetCore): readable console lines in Development, one JSON object per line elsewhere. Every
    /// event passes <see cref="FodselsnummerMasking"/> on its way out, to the console and to any other
    /// <see cref="ILogEventSink"/> registered in the container (the tests register one to read the log).
    /// </summary>
    public static void AddNamsmannenLogging(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetSection("Serilog:WriteTo").Exists())
        {
            // A sink read from configuration would sit beside the masking, not behind it, and see every fødselsnummer.
            throw new InvalidOperationException(UmaskertSink);
        }

        var utvikling = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, configuration) =>
        {
            var ut = new LoggerConfiguration().MinimumLevel.Verbose();
            ut = utvikling
                ? ut.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", formatProvider: WebSetup.Norsk)
                : ut.WriteTo.Console(new JsonFormatter(renderMessage: true));
            foreach (var sink in services.GetServices<ILogEventSink>())
            {
                ut = ut.WriteTo.Sink(sink);
            }

            configuration
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext()
                .Enrich.With<KorrelasjonsId>()
                // Properties at any depth and the exception (issue 12, M8), before any sink sees the event.
                .WriteTo.Sink(new FodselsnummerMasking(ut.CreateLogger()));
        },
        // The app's logger lives in its container, not in the static Log.Logger: several apps in one process (the web
        // tests) each keep their own, and the request log below is told which one to use.
        preserveStaticLogger: true);
    }

    /// <summary>
    /// One line per request from <c>UseSerilogRequestLogging</c>: method, path (never the query string, which may carry a
    /// search term such as a fødselsnummer), status, duration and the correlation id.
    /// </summary>
    public static WebApplication UseNamsmannenRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} svarte {StatusCode} på {Elapsed:0.0} ms";
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        });
        return app;
    }
}

/// <summary>The request's correlation id (its trace id, also in the <c>X-Correlation-Id</c> header and on the error page) on every event.</summary>
public sealed class KorrelasjonsId : ILogEventEnricher
{
    public const string Header = "X-Correlation-Id";

    public static string Hent(HttpContext context) => Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (Activity.Current is { } aktivitet)
        {
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty(nameof(KorrelasjonsId), aktivitet.TraceId.ToString()));
        }
    }
}

/// <summary>
/// Masks anything that looks like a fødselsnummer in what is logged, as <c>010190 *****</c>: every property at any depth
/// (inside objects, lists and dictionaries), and the exception's messages and text, which Npgsql and validators fill
/// with the values they refused (issue 12, M8). A sink in front of the real one, so nothing reaches it unmasked.
/// </summary>
public sealed partial class FodselsnummerMasking(ILogEventSink videre) : ILogEventSink, IDisposable
{
    public void Dispose() => (videre as IDisposable)?.Dispose();

    public void Emit(LogEvent logEvent) =>
        videre.Emit(new LogEvent(
            logEvent.Timestamp,
            logEvent.Level,
            logEvent.Exception is null ? null : new MaskertUnntak(logEvent.Exception),
            logEvent.MessageTemplate,
            logEvent.Properties.Select(p => new LogEventProperty(p.Key, Identifikatorer.Contains(p.Key) ? p.Value : Masker(p.Value))),
            logEvent.TraceId ?? default,
            logEvent.SpanId ?? default));

    /// <summary>Ids made by the app, never by a user: hex or counters that may hold eleven digits by chance, kept whole so they can be found.</summary>
    private static readonly HashSet<string> Identifikatorer = new(StringComparer.Ordinal) { nameof(KorrelasjonsId), "RequestId", "TraceId", "SpanId", "ConnectionId" };

    public static string Mask(string text) => ElevenDigits().Replace(text, m => m.Value[..6] + " *****");

    private static LogEventPropertyValue Masker(LogEventPropertyValue verdi) => verdi switch
    {
        ScalarValue { Value: string text } when ElevenDigits().IsMatch(text) => new ScalarValue(Mask(text)),
        ScalarValue { Value: long or decimal or ulong } tall when ElevenDigits().IsMatch(tall.Value!.ToString()!) => new ScalarValue(Mask(tall.Value!.ToString()!)),
        StructureValue s => new StructureValue(s.Properties.Select(p => new LogEventProperty(p.Name, Masker(p.Value))), s.TypeTag),
        SequenceValue l => new SequenceValue(l.Elements.Select(Masker)),
        DictionaryValue d => new DictionaryValue(d.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>((ScalarValue)Masker(e.Key), Masker(e.Value)))),
        _ => verdi,
    };

    [GeneratedRegex(@"(?<!\d)\d{11}(?!\d)")]
    private static partial Regex ElevenDigits();

    /// <summary>The exception as logged: its type name kept, every message and stack line masked.</summary>
    private sealed class MaskertUnntak(Exception original) : Exception(Mask(original.Message))
    {
        public override string? StackTrace => null;

        public override string ToString() => Mask(original.ToString());
    }
}
