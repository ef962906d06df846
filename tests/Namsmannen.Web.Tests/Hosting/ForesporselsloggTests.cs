using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Demo;
using Namsmannen.Web.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace Namsmannen.Web.Tests.Hosting;

/// <summary>The app with its log captured at Information, and one route that fails with a fødselsnummer in its exception.</summary>
public sealed class LoggendeAppFactory : AppFactory
{
    public const string KrasjSti = "/prove/krasj";

    public Fanger Logg { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Serilog:MinimumLevel", "Information");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logg);
            services.AddSingleton<IStartupFilter, KrasjRute>();
        });
    }

    public sealed class Fanger : ILogEventSink
    {
        private readonly List<LogEvent> hendelser = [];

        public IReadOnlyList<LogEvent> Hendelser
        {
            get
            {
                lock (hendelser)
                {
                    return [.. hendelser];
                }
            }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (hendelser)
            {
                hendelser.Add(logEvent);
            }
        }

        /// <summary>Every event as the production JSON formatter writes it: message, properties and exception text.</summary>
        public string SomJson()
        {
            var tekst = new StringWriter();
            var formatter = new JsonFormatter(renderMessage: true);
            foreach (var hendelse in Hendelser)
            {
                formatter.Format(hendelse, tekst);
            }

            return tekst.ToString();
        }
    }

    /// <summary>A handler that fails the way a careless one would: the debtor's number in the exception message.</summary>
    private sealed class KrasjRute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context => context.Request.Path == KrasjSti
                ? throw new InvalidOperationException($"Fant ingen skyldner med fødselsnummer {context.Request.Query["fnr"]}", new FormatException("indre: " + context.Request.Query["fnr"]))
                : Task.CompletedTask);
        };
    }
}

/// <summary>Issue 13: request logs come from UseSerilogRequestLogging, with the correlation id, and hold no fødselsnummer.</summary>
public sealed class ForesporselsloggTests(LoggendeAppFactory app) : IClassFixture<LoggendeAppFactory>
{
    [Fact]
    public async Task A_search_by_fodselsnummer_and_a_failure_that_names_one_log_no_fodselsnummer_anywhere()
    {
        var fnr = KreditorApi.NyttFodselsnummer();
        var maskert = fnr[..6] + " *****";
        var nettleser = app.Browser();
        (await nettleser.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The search by number: the list sends the term on to an encrypted token (issue 12), then shows the hits.
        var sendt = await nettleser.GetAsync("/saksbehandling?Data.Sok=" + fnr);
        sendt.StatusCode.ShouldBe(HttpStatusCode.Found);
        var sok = await nettleser.GetAsync(sendt.Headers.Location!.ToString());
        var krasj = await nettleser.GetAsync($"{LoggendeAppFactory.KrasjSti}?fnr={fnr}");
        var api = await app.DemoKlient().GetAsync("/api/v1/saker/" + fnr);

        sok.StatusCode.ShouldBe(HttpStatusCode.OK);
        krasj.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var forespursler = app.Logg.Hendelser.Where(h => h.MessageTemplate.Text == "HTTP {RequestMethod} {RequestPath} svarte {StatusCode} på {Elapsed:0.0} ms").ToList();
        var sokelinje = forespursler.Single(h => h.Properties["RequestPath"].ToString() == "\"/saksbehandling\"" && h.Properties["StatusCode"].ToString() == "200");
        sokelinje.Properties["StatusCode"].ToString().ShouldBe("200");
        sokelinje.Properties["RequestMethod"].ToString().ShouldBe("\"GET\"");
        sokelinje.Properties["KorrelasjonsId"].ToString().ShouldBe($"\"{sok.Headers.GetValues("X-Correlation-Id").Single()}\"");
        forespursler.Single(h => h.Properties["RequestPath"].ToString() == $"\"/api/v1/saker/{maskert}\"").Properties["StatusCode"].ToString().ShouldBe("404");

        var feil = app.Logg.Hendelser.Single(h => h.Exception is not null && h.Exception.ToString().Contains("Fant ingen skyldner", StringComparison.Ordinal));
        feil.Exception!.ToString().ShouldContain($"Fant ingen skyldner med fødselsnummer {maskert}");
        feil.Exception.ToString().ShouldContain($"indre: {maskert}");
        feil.Properties["KorrelasjonsId"].ToString().ShouldBe($"\"{krasj.Headers.GetValues("X-Correlation-Id").Single()}\"");

        var alt = app.Logg.SomJson();
        alt.ShouldNotContain(fnr);
        alt.ShouldContain(maskert);
    }
}
