using System.Text.RegularExpressions;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace Namsmannen.Web.Hosting;

public static class Logging
{
    /// <summary>Serilog: readable console lines in Development, one JSON object per line elsewhere.</summary>
    public static void AddNamsmannenLogging(this WebApplicationBuilder builder)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext();
        var konsoll = new LoggerConfiguration().MinimumLevel.Verbose();
        konsoll = builder.Environment.IsDevelopment()
            ? konsoll.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}")
            : konsoll.WriteTo.Console(new JsonFormatter(renderMessage: true));
        // Every event passes the masking on its way out: properties at any depth and the exception (issue 12, M8).
        configuration = configuration.WriteTo.Sink(new FodselsnummerMasking(konsoll.CreateLogger()));
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(configuration.CreateLogger(), dispose: true);
    }
}

/// <summary>
/// Masks anything that looks like a fødselsnummer in what is logged, as <c>010190 *****</c>: every property at any depth
/// (inside objects, lists and dictionaries), and the exception's messages and text, which Npgsql and validators fill
/// with the values they refused (issue 12, M8). A sink in front of the real one, so nothing reaches it unmasked.
/// </summary>
public sealed partial class FodselsnummerMasking(ILogEventSink videre) : ILogEventSink
{
    public void Emit(LogEvent logEvent) =>
        videre.Emit(new LogEvent(
            logEvent.Timestamp,
            logEvent.Level,
            logEvent.Exception is null ? null : new MaskertUnntak(logEvent.Exception),
            logEvent.MessageTemplate,
            logEvent.Properties.Select(p => new LogEventProperty(p.Key, Masker(p.Value))),
            logEvent.TraceId ?? default,
            logEvent.SpanId ?? default));

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
