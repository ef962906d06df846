using System.Net;
using Microsoft.AspNetCore.Hosting;
using Namsmannen.Application.Demo;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Hosting;

/// <summary>Issue 12, C1: the published demo logins and API key never work outside Development.</summary>
public sealed class DemodataTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task The_app_refuses_to_start_with_demo_data_outside_Development_and_names_the_setting(string miljo)
    {
        await using var factory = new DemoSeedFactory(miljo);

        var feil = Should.Throw<InvalidOperationException>(() => factory.CreateClient());

        feil.Message.ShouldContain("Demo:Seed");
        feil.Message.ShouldContain($"«{miljo}»");
        feil.Message.ShouldContain("Demo__Seed");
    }

    [Fact]
    public async Task The_published_demo_key_is_refused_outside_Development_although_its_row_exists()
    {
        (await app.DemoKreditorAsync()).ShouldNotBe(Guid.Empty);

        var response = await app.ApiKlient(DemoBrukere.ApiNokkel).GetAsync("/api/v1/hendelser");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.DemoKlient().GetAsync("/api/v1/hendelser")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void The_demo_prefix_is_the_demo_keys_own_and_no_generated_key_can_have_it()
    {
        ApiNokkelformat.Prefiks(DemoBrukere.ApiNokkel).ShouldBe(DemoBrukere.ApiNokkelPrefiks);
        for (var i = 0; i < 1000; i++)
        {
            ApiNokkelformat.Lag().Prefiks.ShouldNotContain('o');
        }
    }

    private sealed class DemoSeedFactory(string miljo) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(miljo);
            builder.UseSetting("ConnectionStrings:Namsmannen", Namsmannen.Application.Tests.Infrastructure.TestPostgres.ConnectionString("finnes_ikke"));
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Serilog:MinimumLevel", "Fatal");
        }
    }
}
