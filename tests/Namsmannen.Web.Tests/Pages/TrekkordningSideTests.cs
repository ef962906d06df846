using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;
using Npgsql;

namespace Namsmannen.Web.Tests.Pages;

/// <summary>Issue 17 on the caseworker's pages: the running trekk on the case page, its tasks closed, and the list for new rates.</summary>
public sealed class TrekkordningSideTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<string> SakMedManglendeInnbetalingAsync()
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT s.saksnummer FROM frister f JOIN saker s ON s.id = f.sak_id WHERE f.type = 'TREKKINNBETALING' AND NOT f.oppfylt LIMIT 1", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task The_case_page_shows_the_orders_versions_and_months_and_the_caseworker_closes_the_missing_remittance_task()
    {
        var saksnummer = await SakMedManglendeInnbetalingAsync();
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var sak = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        sak.QuerySelector("#trekkpalegg")!.TextContent.ShouldBe($"Trekkpålegg til {DemoSeeder.Arbeidsgiver}");
        var versjoner = sak.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.StartsWith("Versjoner av trekkpålegget", StringComparison.Ordinal) == true);
        versjoner.QuerySelectorAll("tbody tr").Last().Children[1].TextContent.ShouldBe("Aktiv", "version 1 is the oldest, listed last");
        var maneder = sak.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == "Måned for måned (nyeste først)");
        maneder.QuerySelectorAll("tbody td").Select(td => td.TextContent).ShouldContain(t => t.StartsWith("Mangler (fulgt opp ", StringComparison.Ordinal));

        var oppgave = sak.QuerySelectorAll("li").First(li => li.TextContent.Contains("er ikke innbetalt fra", StringComparison.Ordinal));
        var lenke = oppgave.QuerySelector("a")!.GetAttribute("href")!;
        var skjema = await kari.GetDocumentAsync(lenke);
        skjema.QuerySelector("form p")!.TextContent.ShouldContain("er ikke innbetalt fra");
        var tom = await (await kari.SubmitAsync(skjema, "main form", new Dictionary<string, string>())).ParseAsync();
        tom.QuerySelector(".feiloppsummering")!.TextContent.ShouldContain("Skriv hva som er gjort med oppgaven.");

        var svar = await kari.SubmitAsync(skjema, "main form", new Dictionary<string, string> { ["Data.Merknad"] = "Ringt arbeidsgiveren; betalingen kommer." });
        svar.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var etter = await kari.GetDocumentAsync(svar.Headers.Location!.OriginalString);
        etter.QuerySelector("p.kvittering[role=status]")!.TextContent.ShouldBe("Trekkoppgaven er behandlet.");
        etter.QuerySelectorAll("a").ShouldNotContain(a => a.GetAttribute("href") == lenke);
        etter.QuerySelectorAll("ol.tidslinje li").Select(l => l.TextContent).ShouldContain(t => t.Contains("Oppgaven er behandlet: Ringt arbeidsgiveren; betalingen kommer.", StringComparison.Ordinal));
        (await kari.GetDocumentAsync(lenke)).QuerySelector("#hindring")!.TextContent.ShouldBe("Oppgaven finnes ikke eller er alt behandlet.");
    }

    [Fact]
    public async Task The_list_for_new_livsopphold_rates_says_plainly_when_none_is_made_yet()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var side = await kari.GetDocumentAsync("/saksbehandling/trekk/omregning");
        side.QuerySelector("h1")!.TextContent.ShouldBe("Nye livsoppholdssatser: trekk som endres");
        side.QuerySelector("#ingen-omregning")!.TextContent.ShouldStartWith("Ingen omregning er laget ennå.");
        (await kari.GetAsync($"/saksbehandling/trekk/omregning?id={Guid.NewGuid()}")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_documented_change_is_calculated_again_from_the_kept_basis_and_the_order_gets_a_new_version()
    {
        var saksnummer = await SakMedManglendeInnbetalingAsync();
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var sak = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        var lenke = sak.QuerySelectorAll("a").Single(a => a.TextContent == "Endre trekket etter dokumenterte endringer").GetAttribute("href")!;
        var skjema = await kari.GetDocumentAsync(lenke);
        skjema.QuerySelector("#Data_Beregning_NettoInntektPerManed")!.GetAttribute("value").ShouldNotBeNullOrEmpty("filled in from the basis the trekk was decided on");

        var uten = await (await kari.SubmitAsync(skjema, "main form", new Dictionary<string, string> { ["Data.Beregning.NettoInntektPerManed"] = "30 000" })).ParseAsync();
        uten.QuerySelector(".feiloppsummering")!.TextContent.ShouldContain("Skriv hva skyldneren har dokumentert.");

        var svar = await kari.SubmitAsync(skjema, "main form", new Dictionary<string, string>
        {
            ["Data.Beregning.NettoInntektPerManed"] = "30 000",
            ["Data.Beregning.Boutgifter"] = "9 000",
            ["Data.Begrunnelse"] = "Ny husleiekontrakt.",
        });
        svar.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var etter = await kari.GetDocumentAsync(svar.Headers.Location!.OriginalString);
        etter.QuerySelector("p.kvittering[role=status]")!.TextContent.ShouldStartWith("Nytt trekk ");
        var versjoner = etter.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.StartsWith("Versjoner av trekkpålegget", StringComparison.Ordinal) == true);
        var nyeste = versjoner.QuerySelector("tbody tr")!;
        nyeste.Children[1].TextContent.ShouldBe("Endret");
        nyeste.Children[6].TextContent.ShouldBe("Ny husleiekontrakt.");
    }

    [Fact]
    public async Task A_trekk_the_coordinated_trekk_refused_is_sent_again_after_the_caseworker_says_what_was_corrected()
    {
        string saksnummer;
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT o.saksnummer FROM samordnet_overleveringer o JOIN trekkpalegg t ON t.id = o.trekk_id WHERE o.avvist IS NOT NULL AND t.stoppet IS NULL ORDER BY 1 LIMIT 1", connection);
            saksnummer = (string)(await command.ExecuteScalarAsync())!;
        }

        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var sak = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        sak.QuerySelector("#samordning")!.TextContent.ShouldContain("Samordnet trekk (simulator) avviste meldingen: skyldner må være et gyldig fødsels- eller d-nummer.");
        var skjema = await kari.GetDocumentAsync(sak.QuerySelectorAll("a").Single(a => a.TextContent == "Send trekket til samordnet trekk på nytt").GetAttribute("href")!);
        var tom = await (await kari.SubmitAsync(skjema, "main form", new Dictionary<string, string>())).ParseAsync();
        tom.QuerySelector(".feiloppsummering")!.TextContent.ShouldContain("Skriv hva som er rettet før trekket sendes på nytt.");

        var svar = await kari.SubmitAsync(skjema, "main form", new Dictionary<string, string> { ["Data.Merknad"] = "Skyldnerens identitet er kontrollert." });
        var etter = await kari.GetDocumentAsync(svar.Headers.Location!.OriginalString);
        etter.QuerySelector("p.kvittering[role=status]")!.TextContent.ShouldBe("Trekket sendes til samordnet trekk på nytt neste morgen.");
        etter.QuerySelector("#samordning")!.TextContent.ShouldBe("Ikke overlevert til samordnet trekk ennå; det skjer om morgenen.");
        etter.QuerySelectorAll("ol.tidslinje li").Select(l => l.TextContent).ShouldContain(t => t.Contains("Trekket sendes til samordnet trekk på nytt neste morgen: Skyldnerens identitet er kontrollert.", StringComparison.Ordinal));
        (await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}/samordning")).QuerySelector("#hindring")!.TextContent.ShouldBe("Trekket i saken er ikke avvist av samordnet trekk.");
    }
}
