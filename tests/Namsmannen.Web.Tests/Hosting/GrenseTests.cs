using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Hosting;

/// <summary>The app with tight limits, and its own clock, so each limit of issue 12 can be seen to hold.</summary>
public sealed class TrangeGrenserFactory : AppFactory
{
    public FakeTimeProvider Klokke { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:Grenser:Anonym:Burst", "3");
        builder.UseSetting("Api:Grenser:Anonym:ForesporslerPerSekund", "1");
        // A minute's wait after a failed login, so the delay is visible on the fake clock.
        builder.UseSetting("Innlogging:ForsinkelseMs", "60000");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Klokke));
    }
}

/// <summary>Issue 12: the limits that were configured but not yet seen to hold.</summary>
public sealed class GrenseTests(TrangeGrenserFactory app) : IClassFixture<TrangeGrenserFactory>
{
    [Fact]
    public async Task The_public_calculators_allow_a_burst_per_address_then_answer_429_in_Norwegian()
    {
        var klient = app.CreateClient();
        var svar = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            svar.Add(await klient.PostAsJsonAsync("/api/v1/beregninger/rettsgebyr", new { steg = "utlegg", dato = "2026-12-01" }));
        }

        svar.Take(3).ShouldAllBe(s => s.StatusCode == HttpStatusCode.OK);
        var avvist = svar.Skip(3).First(s => s.StatusCode == HttpStatusCode.TooManyRequests);
        avvist.Headers.RetryAfter.ShouldNotBeNull();
        var tekst = await avvist.Content.ReadAsStringAsync();
        tekst.ShouldContain("For mange forespørsler fra denne adressen på kort tid.");
        tekst.ShouldContain("Ingenting i denne forespørselen er lagret.");
    }

    [Fact]
    public async Task A_creditor_uploads_at_most_two_files_at_once_and_the_third_is_told_to_wait()
    {
        var klient = app.Browser();
        await klient.LogInAsync("kreditor@namsmannen.test", DemoBrukere.Passord);
        var side = await klient.GetDocumentAsync("/kreditor/last-opp");
        var token = ((AngleSharp.Html.Dom.IHtmlInputElement)side.QuerySelector("input[name=__RequestVerificationToken]")!).Value;

        // Two uploads whose bodies are still arriving hold the creditor's two places.
        var slipp = new TaskCompletionSource();
        var pagaende = Enumerable.Range(0, 2).Select(_ => klient.PostAsync("/kreditor/last-opp", new HengendeSkjema(token, slipp.Task))).ToList();
        await Task.Delay(300);
        pagaende.ShouldAllBe(t => !t.IsCompleted, "the two first uploads are still being received");

        var tredje = await klient.PostAsync("/kreditor/last-opp", new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } });

        tredje.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        tredje.Headers.RetryAfter.ShouldNotBeNull();
        (await tredje.ParseAsync()).QuerySelector("main p")!.TextContent.ShouldStartWith("For mange forsøk på kort tid. Vent ");
        slipp.SetResult();
        foreach (var svar in await Task.WhenAll(pagaende))
        {
            svar.StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        }

        var etterpa = await klient.PostAsync("/kreditor/last-opp", new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } });
        etterpa.StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests, "the places are free again");
    }

    [Fact]
    public async Task After_a_failed_login_the_next_attempt_from_the_address_waits_and_the_wait_doubles()
    {
        var klient = app.Browser();
        var side = await klient.GetDocumentAsync("/konto/logg-inn");
        Task<HttpResponseMessage> Forsok(string passord) =>
            klient.SubmitAsync(side, "main form", new Dictionary<string, string> { ["Data.Epost"] = "ukjent@namsmannen.test", ["Data.Passord"] = passord });

        (await Forsok("feil-1")).StatusCode.ShouldBe(HttpStatusCode.OK, "the first failure waits for nothing");

        var (andre, ventetAndre) = await VentPaKlokkenAsync(Forsok("feil-2"));
        var (tredje, ventetTredje) = await VentPaKlokkenAsync(Forsok("feil-3"));

        andre.StatusCode.ShouldBe(HttpStatusCode.OK);
        ventetAndre.ShouldBeInRange(60, 75, "one failure before: a minute's wait on the app's clock");
        ventetTredje.ShouldBeInRange(120, 135, "two failures before: the wait has doubled");
        (await tredje.ParseAsync()).QuerySelector("main")!.TextContent.ShouldContain("Feil e-postadresse eller passord.");
    }

    /// <summary>Moves the app's clock a second at a time until the request answers: how many seconds it waited.</summary>
    private async Task<(HttpResponseMessage Svar, int Sekunder)> VentPaKlokkenAsync(Task<HttpResponseMessage> foresporsel)
    {
        var sekunder = 0;
        while (!foresporsel.IsCompleted)
        {
            sekunder.ShouldBeLessThan(600, "the request should have answered");
            await Task.WhenAny(foresporsel, Task.Delay(50));
            if (!foresporsel.IsCompleted)
            {
                app.Klokke.Advance(TimeSpan.FromSeconds(1));
                sekunder++;
            }
        }

        return (await foresporsel, sekunder);
    }

    /// <summary>A multipart form that sends its token and the start of a file, then waits before it ends.</summary>
    private sealed class HengendeSkjema : HttpContent
    {
        private const string Grense = "hengende-skjema";
        private readonly string token;
        private readonly Task slipp;

        public HengendeSkjema(string token, Task slipp)
        {
            (this.token, this.slipp) = (token, slipp);
            Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Grense}");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var start = $"--{Grense}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n"
                + $"--{Grense}\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"treg.csv\"\r\nContent-Type: text/csv\r\n\r\nreferanse;type\r\n";
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(start));
            await stream.FlushAsync();
            await slipp;
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes($"\r\n--{Grense}--\r\n"));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
