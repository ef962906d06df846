using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Hosting.Demo;
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

        /// <summary>
        /// Waits (at most 10 s) until an event matches: the request's own line is written as the middleware unwinds,
        /// which may be just after the test client has its answer.
        /// </summary>
        public async Task<LogEvent> VentPaAsync(Func<LogEvent, bool> treff)
        {
            LogEvent? funnet = null;
            await Vent.TilAsync(
                () => Task.FromResult((funnet = Hendelser.FirstOrDefault(treff)) is not null),
                TimeSpan.FromSeconds(10),
                () => "No log event matched within 10 s. The log holds:\n" + string.Join('\n', Hendelser.Select(h => h.RenderMessage())));
            return funnet!;
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

        static bool Foresporsel(LogEvent h, string sti, string status) => h.MessageTemplate.Text == "HTTP {RequestMethod} {RequestPath} svarte {StatusCode} på {Elapsed:0.0} ms"
            && h.Properties["RequestPath"].ToString() == $"\"{sti}\"" && h.Properties["StatusCode"].ToString() == status;
        var sokelinje = await app.Logg.VentPaAsync(h => Foresporsel(h, "/saksbehandling", "200"));
        sokelinje.Properties["StatusCode"].ToString().ShouldBe("200");
        sokelinje.Properties["RequestMethod"].ToString().ShouldBe("\"GET\"");
        sokelinje.Properties["KorrelasjonsId"].ToString().ShouldBe($"\"{sok.Headers.GetValues("X-Correlation-Id").Single()}\"");
        await app.Logg.VentPaAsync(h => Foresporsel(h, $"/api/v1/saker/{maskert}", "404"));
        await app.Logg.VentPaAsync(h => Foresporsel(h, LoggendeAppFactory.KrasjSti, "500"));

        // The exception handler logs it (and the host may too): every event that carries it is masked and correlated.
        var feil = app.Logg.Hendelser.Where(h => h.Exception is not null && h.Exception.ToString().Contains("Fant ingen skyldner", StringComparison.Ordinal)).ToList();
        feil.ShouldNotBeEmpty();
        foreach (var hendelse in feil)
        {
            hendelse.Exception!.ToString().ShouldContain($"Fant ingen skyldner med fødselsnummer {maskert}");
            hendelse.Exception.ToString().ShouldContain($"indre: {maskert}");
            hendelse.Properties["KorrelasjonsId"].ToString().ShouldBe($"\"{krasj.Headers.GetValues("X-Correlation-Id").Single()}\"");
        }

        var alt = app.Logg.SomJson();
        alt.ShouldNotContain(fnr);
        alt.ShouldContain(maskert);
    }

    [Fact]
    public async Task A_new_user_is_logged_with_who_made_it_and_without_the_address()
    {
        var nettleser = app.Browser();
        (await nettleser.LogInAsync("admin@namsmannen.test", DemoBrukere.Passord)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var side = await nettleser.GetDocumentAsync("/admin/brukere");
        var epost = $"ny.{Guid.NewGuid():N}@namsmannen.test";

        var svar = await nettleser.SubmitAsync(side, "main form", new Dictionary<string, string>
        {
            ["Data.FulltNavn"] = "Nina Nyansatt",
            ["Data.Epost"] = epost,
            ["Data.Rolle"] = "Saksbehandler",
            ["Data.Kontor"] = "OSLO",
            ["Data.Passord"] = "Nyansatt-passord-2026",
        });

        svar.StatusCode.ShouldBe(HttpStatusCode.Redirect, await svar.Content.ReadAsStringAsync());
        var linje = await app.Logg.VentPaAsync(h => h.MessageTemplate.Text.StartsWith("User {BrukerId} created", StringComparison.Ordinal));
        linje.RenderMessage().ShouldContain("created with role \"Saksbehandler\" (office \"OSLO\") by \"Per Aas\"");
        app.Logg.SomJson().ShouldNotContain(epost);
    }
}
