using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Hosting;

public sealed class HostingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Liveness_and_readiness_answer_without_a_login()
    {
        var client = app.Browser();
        // A fresh database has no forsinkelsesrente for the second half of 2026 (issue 20): degraded until a row is in force.
        (await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync()).ShouldBe("Degraded");
        await app.SatserForIDagAsync();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_a_correlation_id()
    {
        var response = await app.Browser().GetAsync("/konto/logg-inn");

        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'self'");
        response.Headers.GetValues("X-Correlation-Id").Single().Length.ShouldBe(32);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var client = app.Browser();

        var response = await client.PostAsync("/konto/logg-inn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Data.Epost"] = "admin@namsmannen.test",
            ["Data.Passord"] = DemoBrukere.Passord,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse("no login cookie may be issued");
    }

    [Fact]
    public async Task An_unknown_page_shows_the_Norwegian_not_found_page()
    {
        var client = app.Browser();
        await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);

        var page = await client.GetDocumentAsync("/finnes-ikke", HttpStatusCode.NotFound);

        page.QuerySelector("h1")!.TextContent.ShouldBe("Siden finnes ikke");
    }

    [Fact]
    public async Task The_API_answers_with_problem_details_not_redirects()
    {
        var anonymous = await app.Browser().GetAsync("/api/v1/finnes-ikke");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var client = app.Browser();
        await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var missing = await client.GetAsync("/api/v1/finnes-ikke");

        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var body = JsonDocument.Parse(await missing.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("status").GetInt32().ShouldBe(404);
        body.RootElement.GetProperty("title").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_list_never_shows_a_whole_fodselsnummer()
    {
        var client = app.Browser();
        await client.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);

        var page = await client.GetDocumentAsync("/saksbehandling");

        var text = page.Body!.TextContent;
        System.Text.RegularExpressions.Regex.IsMatch(text, @"(?<!\d)\d{11}(?!\d)").ShouldBeFalse();
        page.QuerySelectorAll("td .dempet").Select(e => e.TextContent).ShouldContain(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^\(\d{6} \*{5}\)$"));
    }
}

/// <summary>The app pointed at a database that does not exist: what a user sees when something breaks.</summary>
public sealed class DatabaseDownFactory : AppFactory
{
    public override Task InitializeAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Namsmannen", Namsmannen.Application.Tests.Infrastructure.TestPostgres.ConnectionString("finnes_ikke"));
        builder.UseSetting("Database:MigrateOnStartup", "false");
        // Quartz validates its tables when the host starts: without a database it would stop the app before the error page (docs/decisions/0012).
        builder.UseSetting("Planlegger:Aktiv", "false");
        builder.UseSetting("Serilog:MinimumLevel", "Fatal");
    }
}

public sealed class FeilsideTests(DatabaseDownFactory app) : IClassFixture<DatabaseDownFactory>
{
    [Fact]
    public async Task An_unexpected_error_shows_a_Norwegian_page_with_a_correlation_id_and_no_stack_trace()
    {
        var response = await app.Browser().GetAsync("/konto/logg-inn");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.ParseAsync();
        page.QuerySelector("h1")!.TextContent.ShouldBe("Noe gikk galt");
        page.QuerySelector("code.korrelasjon")!.TextContent.ShouldBe(response.Headers.GetValues("X-Correlation-Id").Single());
        html.ShouldNotContain("Exception");
        html.ShouldNotContain(" at Namsmannen");
        html.ShouldNotContain("Npgsql");
    }

    [Fact]
    public async Task Readiness_reports_the_missing_database()
    {
        var response = await app.Browser().GetAsync("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Unhealthy");
        (await app.Browser().GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
