using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Web.Tests.Infrastructure;
using OpenTelemetry.Trace;

namespace Namsmannen.Web.Tests.Hosting;

/// <summary>A local OTLP/HTTP receiver: what the app exports when OTEL_EXPORTER_OTLP_ENDPOINT points at it.</summary>
public sealed class OtlpMottaker : IDisposable
{
    private readonly HttpListener lytter = new();
    private readonly List<(string Sti, byte[] Kropp)> mottatt = [];

    public OtlpMottaker()
    {
        Adresse = $"http://127.0.0.1:{LedigPort.Finn()}";
        lytter.Prefixes.Add(Adresse + "/");
        lytter.Start();
        _ = Task.Run(TaImotAsync);
    }

    public string Adresse { get; }

    public IReadOnlyList<(string Sti, byte[] Kropp)> Mottatt
    {
        get
        {
            lock (mottatt)
            {
                return [.. mottatt];
            }
        }
    }

    public void Dispose() => lytter.Close();

    private async Task TaImotAsync()
    {
        while (lytter.IsListening)
        {
            HttpListenerContext kontekst;
            try
            {
                kontekst = await lytter.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var kropp = new MemoryStream();
            await kontekst.Request.InputStream.CopyToAsync(kropp);
            lock (mottatt)
            {
                mottatt.Add((kontekst.Request.Url!.AbsolutePath, kropp.ToArray()));
            }

            kontekst.Response.StatusCode = 200;
            kontekst.Response.Close();
        }
    }
}

public sealed class TelemetriAppFactory : AppFactory
{
    public OtlpMottaker Mottaker { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", Mottaker.Adresse);
        builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Mottaker.Dispose();
    }
}

/// <summary>Issue 13: traces and metrics leave the app over OTLP only when an endpoint is set, and carry no fødselsnummer.</summary>
public sealed class TelemetriTests(TelemetriAppFactory app) : IClassFixture<TelemetriAppFactory>
{
    [Fact]
    public async Task With_an_endpoint_the_request_and_its_queries_are_exported_with_the_number_in_the_path_masked()
    {
        var fnr = KreditorApi.NyttFodselsnummer();
        (await app.DemoKlient().GetAsync("/api/v1/saker/" + fnr)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The server ends the request's span just after the client has the answer: flush until it has been exported.
        string Alt() => string.Join('\n', app.Mottaker.Mottatt.Where(m => m.Sti == "/v1/traces").Select(m => Encoding.UTF8.GetString(m.Kropp)));
        await Vent.TilAsync(
            () => Task.FromResult(app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000) && Alt().Contains("/api/v1/saker/", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(20),
            () => "the request's span was never exported");
        var alt = Alt();
        alt.ShouldContain("/api/v1/saker/" + fnr[..6] + " *****", customMessage: "the request's span, with the path masked");
        alt.ShouldContain("namsmannen", customMessage: "the service name");
        alt.ShouldContain("SELECT", customMessage: "Npgsql's spans for the queries the request ran");
        alt.ShouldNotContain(fnr);
    }
}

public sealed class UtenTelemetriTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void Without_an_endpoint_nothing_is_collected()
    {
        app.Services.GetService<TracerProvider>().ShouldBeNull();
        app.Services.GetService<OpenTelemetry.Metrics.MeterProvider>().ShouldBeNull();
    }
}
