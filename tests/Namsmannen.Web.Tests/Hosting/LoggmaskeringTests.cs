using Namsmannen.Web.Hosting;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Namsmannen.Web.Tests.Hosting;

/// <summary>Issue 12, M8: no fødselsnummer leaves the app in a log line, however deep or in whatever exception.</summary>
public sealed class LoggmaskeringTests
{
    private sealed class Fanger : ILogEventSink
    {
        public List<LogEvent> Hendelser { get; } = [];

        public void Emit(LogEvent logEvent) => Hendelser.Add(logEvent);
    }

    [Fact]
    public void Nested_properties_and_exception_messages_are_masked()
    {
        var fanger = new Fanger();
        using var logger = new LoggerConfiguration().WriteTo.Sink(new FodselsnummerMasking(fanger)).CreateLogger();
        var unntak = new InvalidOperationException("Skyldneren 01019012345 finnes ikke", new FormatException("indre 01019012345"));

        logger.Error(unntak, "Søk {@Sok} gav {Treff} for {Liste}", new { Identifikator = "01019012345", Indre = new { Fnr = "01019012345" } }, "01019012345", new[] { "x 01019012345" });

        var hendelse = fanger.Hendelser.ShouldHaveSingleItem();
        var tekst = hendelse.RenderMessage() + hendelse.Exception!.ToString() + hendelse.Exception.Message;
        tekst.ShouldNotContain("01019012345");
        tekst.ShouldContain("010190 *****");
        hendelse.Exception.ToString().ShouldContain("indre 010190 *****");
    }

    [Fact]
    public void The_correlation_id_is_kept_whole_even_when_it_holds_eleven_digits()
    {
        var fanger = new Fanger();
        using var logger = new LoggerConfiguration().WriteTo.Sink(new FodselsnummerMasking(fanger)).CreateLogger();

        logger.ForContext("KorrelasjonsId", "badfb9a3ac4a829a31626720883cc8e9").Information("Søk etter {Sok}", "01019012345");

        var hendelse = fanger.Hendelser.ShouldHaveSingleItem();
        hendelse.Properties["KorrelasjonsId"].ToString().ShouldBe("\"badfb9a3ac4a829a31626720883cc8e9\"");
        hendelse.RenderMessage().ShouldBe("Søk etter \"010190 *****\"");
    }

    [Fact]
    public void A_log_sink_from_configuration_is_refused_at_start_since_it_would_see_numbers_unmasked()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder();
        builder.Configuration["Serilog:WriteTo:0:Name"] = "Console";

        Should.Throw<InvalidOperationException>(builder.AddNamsmannenLogging).Message.ShouldBe(Logging.UmaskertSink);
    }
}
