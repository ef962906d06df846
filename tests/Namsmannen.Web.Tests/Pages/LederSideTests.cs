using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;
using Npgsql;

namespace Namsmannen.Web.Tests.Pages;

/// <summary>The supervisor's dashboard as a browser gets it: figures, the lists behind them, CSV, and reassignment.</summary>
public sealed class LederSideTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_dashboard_shows_the_offices_figures_and_each_links_to_the_cases_behind_it()
    {
        var client = app.Browser();
        await client.LogInAsync("leder@namsmannen.test", DemoBrukere.Passord);

        var page = await client.GetDocumentAsync("/leder");

        page.QuerySelector("h1")!.TextContent.ShouldBe("Oversikt for Oslo politidistrikt");
        page.QuerySelector("#ferskhet")!.TextContent.ShouldContain("Tallene følger sakene fortløpende");
        var stadier = page.QuerySelectorAll("#stadier-overskrift ~ .diagram-og-tabell tbody tr");
        stadier.Length.ShouldBe(15);
        var total = stadier.Sum(r => int.Parse(r.Children[1].TextContent.Replace("\u00a0", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
        total.ShouldBe(await AntallAsync("SELECT count(*) FROM saker WHERE kontor = 'OSLO'"));
        page.QuerySelectorAll("svg.diagram[role=img]").Length.ShouldBe(6);
        // Where cases pile up: every open case counted once in its stage, with its days there.
        var tid = page.QuerySelectorAll("#tid-overskrift ~ .diagram-og-tabell tbody tr");
        tid.Sum(r => int.Parse(r.Children[1].TextContent.Replace("\u00a0", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(await AntallAsync("SELECT count(*) FROM saker WHERE kontor = 'OSLO' AND avsluttet IS NULL"));
        tid.ShouldAllBe(r => r.Children[2].TextContent.EndsWith(" dager", StringComparison.Ordinal));
        page.QuerySelectorAll("svg.diagram desc").ShouldAllBe(d => d.TextContent.Length > 20);

        // The "Varsel sendt" figure opens the list of exactly those cases.
        var varsel = stadier.Single(r => r.Children[0].TextContent == "Varsel sendt");
        var lenke = varsel.QuerySelector("a")!.GetAttribute("href")!;
        lenke.ShouldBe("/saksbehandling?Data.Visning=Alle&Data.Stadium=VarselSendt");
        var liste = await client.GetDocumentAsync(lenke);
        var rader = liste.QuerySelectorAll("tbody tr");
        rader.Length.ShouldBe(Math.Min(25, int.Parse(varsel.Children[1].TextContent, System.Globalization.CultureInfo.InvariantCulture)));
        rader.ShouldAllBe(r => r.Children[3].TextContent == "Varsel sendt");

        // An age group opens its open cases, with the filter stated in words.
        var alder = page.QuerySelectorAll("#alder-overskrift ~ .diagram-og-tabell tbody tr").First(r => r.Children[0].TextContent == "0–30 dager");
        var alderListe = await client.GetDocumentAsync(alder.QuerySelector("a")!.GetAttribute("href")!);
        alderListe.QuerySelector("#aktive-filtre")!.TextContent.ShouldStartWith($"Viser saker bare åpne saker, mottatt {IDag().AddDays(-30):dd.MM.yyyy}–{IDag():dd.MM.yyyy}.");
        alderListe.QuerySelectorAll("tbody tr").ShouldAllBe(r => r.Children[3].TextContent != "Avsluttet");
    }

    [Fact]
    public async Task What_the_page_keeps_of_its_figures_shows_a_new_case_at_once()
    {
        var client = app.Browser();
        await client.LogInAsync("leder@namsmannen.test", DemoBrukere.Passord);
        static int Tall(string tekst) => int.Parse(tekst.Replace("\u00a0", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        static int Apne(AngleSharp.Dom.IDocument side) => Tall(side.QuerySelector(".nokkeltall .tall-stort")!.TextContent);
        static int Mottatt(AngleSharp.Dom.IDocument side) =>
            Tall(side.QuerySelectorAll("#stadier-overskrift ~ .diagram-og-tabell tbody tr").Single(r => r.Children[0].TextContent == "Begjæring mottatt").Children[1].TextContent);

        // The second time, what the page rendered from the figures is served again (Index.Gjengivelse).
        var forste = await client.GetDocumentAsync("/leder");
        var andre = await client.GetDocumentAsync("/leder");
        (Apne(andre), Mottatt(andre)).ShouldBe((Apne(forste), Mottatt(forste)));

        await app.NySakAsync();
        var etter = await client.GetDocumentAsync("/leder");

        Apne(etter).ShouldBe(Apne(forste) + 1, "a new case moves the buffer's state, so nothing rendered before it is shown");
        Apne(etter).ShouldBe(await AntallAsync("SELECT count(*) FROM saker WHERE kontor = 'OSLO' AND avsluttet IS NULL"));
        Mottatt(etter).ShouldBe(Mottatt(forste) + 1);
    }

    [Fact]
    public async Task Every_table_exports_to_csv_with_the_same_figures()
    {
        var client = app.Browser();
        await client.LogInAsync("leder@namsmannen.test", DemoBrukere.Passord);
        var page = await client.GetDocumentAsync("/leder");
        var lenker = page.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")!).ToList();
        lenker.Count.ShouldBe(8);

        var response = await client.GetAsync(lenker.Single(l => l.Contains("tabell=stadier", StringComparison.Ordinal)));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"oversikt-stadier-oslo-{IDag():yyyy-MM-dd}.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes[..3].ShouldBe(Encoding.UTF8.GetPreamble());
        var linjer = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        linjer[0].ShouldBe("Stadium;Antall saker;Krevd (kr);Innbetalt (kr)");
        linjer.Length.ShouldBe(16);
        var varsel = await AntallAsync("SELECT count(*) FROM saker WHERE kontor = 'OSLO' AND stadium = 'VarselSendt'");
        linjer.ShouldContain(l => l.StartsWith($"Varsel sendt;{varsel};", StringComparison.Ordinal));

        foreach (var lenke in lenker)
        {
            (await client.GetAsync(lenke)).StatusCode.ShouldBe(HttpStatusCode.OK, lenke);
        }

        (await client.GetAsync("/leder?handler=Csv&tabell=hemmelig")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_dashboard_opens_with_what_waits_for_the_supervisor_fordelinger_to_approve_and_klager_to_decide()
    {
        var client = app.Browser();
        await client.LogInAsync("leder@namsmannen.test", DemoBrukere.Passord);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var kontor = (await db.Users.SingleAsync(u => u.Email == "leder@namsmannen.test")).Kontor;
        var fordelinger = await db.Saker.Where(s => s.Kontor == kontor && s.Stadium == Saksstadium.Fordeling && db.Fordelinger.Any(f => f.SakId == s.Id && f.Godkjent == null)).Select(s => s.Saksnummer).ToListAsync();
        var klager = await db.Saker.Where(s => s.Kontor == kontor && s.Stadium == Saksstadium.Klagebehandling).Select(s => s.Saksnummer).ToListAsync();

        var page = await client.GetDocumentAsync("/leder");

        var venter = page.QuerySelector("section[aria-labelledby=venter-overskrift]")!;
        page.QuerySelector("main h2")!.Id.ShouldBe("venter-overskrift", "the first thing a supervisor sees");
        var rader = venter.QuerySelectorAll("tbody tr").Select(r => (Sak: r.Children[0].TextContent, Hva: r.Children[1].TextContent)).ToList();
        var alle = fordelinger.Count + klager.Count;
        alle.ShouldBeGreaterThan(0, "the demo office has something waiting");
        venter.QuerySelector("caption")!.TextContent.ShouldBe($"Fordelinger til godkjenning og klager å avgjøre ({alle}), eldst først");
        rader.Count.ShouldBe(Math.Min(alle, Namsmannen.Web.Pages.Leder.Index.VenterPaForsiden), "the oldest few, so the first screen holds them");
        rader.Where(r => r.Hva == "Fordeling til godkjenning").Select(r => r.Sak).ShouldBeSubsetOf(fordelinger);
        rader.Where(r => r.Hva.StartsWith("Klage", StringComparison.Ordinal)).Select(r => r.Sak).ShouldBeSubsetOf(klager);
        if (alle > Namsmannen.Web.Pages.Leder.Index.VenterPaForsiden)
        {
            venter.QuerySelector("p")!.TextContent.ShouldStartWith($"Og {alle - Namsmannen.Web.Pages.Leder.Index.VenterPaForsiden} til: se alle saker i fordeling og saker i klagebehandling.");
        }
    }

    [Fact]
    public async Task A_supervisor_moves_cases_between_caseworkers_from_the_page()
    {
        var client = app.Browser();
        await client.LogInAsync("leder@namsmannen.test", DemoBrukere.Passord);
        var page = await client.GetDocumentAsync("/leder");
        var kari = await IdAsync("saksbehandler@namsmannen.test");
        var jonas = await IdAsync("saksbehandler2@namsmannen.test");
        var kariFor = await AntallAsync($"SELECT count(*) FROM saker WHERE saksbehandler_id = '{kari}' AND avsluttet IS NULL");
        var jonasFor = await AntallAsync($"SELECT count(*) FROM saker WHERE saksbehandler_id = '{jonas}' AND avsluttet IS NULL");

        var tom = await client.SubmitAsync(page, "form[action*=Omfordel]", new Dictionary<string, string> { ["Data.FraSaksbehandlerId"] = kari, ["Data.TilSaksbehandlerId"] = jonas, ["Data.Antall"] = "" });
        tom.StatusCode.ShouldBe(HttpStatusCode.OK);
        var feil = await tom.ParseAsync();
        feil.QuerySelector("#Data_Antall-feil")!.TextContent.ShouldBe("Skriv hvor mange saker som skal flyttes.");
        feil.QuerySelector(".feiloppsummering a")!.GetAttribute("href").ShouldBe("#Data_Antall");

        // Nothing moves until the supervisor has seen how many cases will, and confirmed it (issue 15); 0 is a field error.
        var null_ = await (await client.SubmitAsync(page, "form[action*=Omfordel]", new Dictionary<string, string> { ["Data.FraSaksbehandlerId"] = kari, ["Data.TilSaksbehandlerId"] = jonas, ["Data.Antall"] = "0" })).ParseAsync();
        null_.QuerySelector("#Data_Antall-feil")!.TextContent.ShouldBe("Antallet må være fra 1 til 5\u00A0000.");
        var mange = await (await client.SubmitAsync(page, "form[action*=Omfordel]", new Dictionary<string, string> { ["Data.FraSaksbehandlerId"] = kari, ["Data.TilSaksbehandlerId"] = jonas, ["Data.Antall"] = "500" })).ParseAsync();
        mange.QuerySelector("#Data_Bekreftet-feil")!.TextContent.ShouldBe($"{kariFor} saker blir flyttet fra Kari Nordmann til Jonas Berg. Du ba om 500, men det er bare {kariFor} åpne saker å flytte. Kryss av for å bekrefte flyttingen.");
        (await AntallAsync($"SELECT count(*) FROM saker WHERE saksbehandler_id = '{kari}' AND avsluttet IS NULL")).ShouldBe(kariFor);

        var response = await client.SubmitAsync(page, "form[action*=Omfordel]", new Dictionary<string, string> { ["Data.FraSaksbehandlerId"] = kari, ["Data.TilSaksbehandlerId"] = jonas, ["Data.Antall"] = "2", ["Data.Bekreftet"] = "true" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var etter = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        etter.QuerySelector(".kvittering")!.TextContent.ShouldBe("2 saker er flyttet fra Kari Nordmann til Jonas Berg.");
        (await AntallAsync($"SELECT count(*) FROM saker WHERE saksbehandler_id = '{kari}' AND avsluttet IS NULL")).ShouldBe(kariFor - 2);
        (await AntallAsync($"SELECT count(*) FROM saker WHERE saksbehandler_id = '{jonas}' AND avsluttet IS NULL")).ShouldBe(jonasFor + 2);
        var arbeid = etter.QuerySelectorAll("#arbeid-overskrift ~ .diagram-og-tabell tbody tr").ToDictionary(r => r.Children[0].TextContent, r => r.Children[1].TextContent);
        arbeid["Jonas Berg"].ShouldBe((jonasFor + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_administrator_chooses_an_office_and_a_caseworker_or_creditor_is_turned_away()
    {
        var admin = app.Browser();
        await admin.LogInAsync("admin@namsmannen.test", DemoBrukere.Passord);
        var landet = await admin.GetDocumentAsync("/leder");
        landet.QuerySelector("h1")!.TextContent.ShouldBe("Oversikt for hele landet");
        landet.QuerySelectorAll("select#kontor option").Length.ShouldBe(13);
        var vest = await admin.GetDocumentAsync("/leder?kontor=VEST");
        vest.QuerySelector("h1")!.TextContent.ShouldBe("Oversikt for Vest politidistrikt");
        var lenke = vest.QuerySelector("#stadier-overskrift ~ .diagram-og-tabell tbody a")!.GetAttribute("href")!;
        lenke.ShouldContain("Data.Kontor=VEST");

        foreach (var bruker in new[] { "saksbehandler@namsmannen.test", "kreditor@namsmannen.test" })
        {
            var client = app.Browser();
            await client.LogInAsync(bruker, DemoBrukere.Passord);
            var svar = await client.GetAsync("/leder");
            svar.StatusCode.ShouldBe(HttpStatusCode.Redirect, bruker);
            svar.Headers.Location!.AbsolutePath.ShouldBe("/konto/ingen-tilgang");
            (await client.GetAsync("/leder?handler=Csv&tabell=stadier")).Headers.Location!.AbsolutePath.ShouldBe("/konto/ingen-tilgang");
        }
    }

    [Fact]
    public async Task A_supervisor_cannot_reach_another_offices_cases_through_the_list()
    {
        var saksnummer = await VestSakAsync();
        var client = app.Browser();
        await client.LogInAsync("leder@namsmannen.test", DemoBrukere.Passord);

        var liste = await client.GetDocumentAsync("/saksbehandling?Data.Visning=Alle&Data.Kontor=VEST&Data.Sok=" + saksnummer);
        liste.QuerySelectorAll("tbody tr").Length.ShouldBe(0);
        liste.QuerySelector(".tom")!.TextContent.ShouldBe("Ingen saker passer.");
        (await client.GetAsync("/saksbehandling/saker/" + saksnummer)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var tall = await client.GetDocumentAsync("/leder?kontor=VEST");
        tall.QuerySelector("h1")!.TextContent.ShouldBe("Oversikt for Oslo politidistrikt");

        var admin = app.Browser();
        await admin.LogInAsync("admin@namsmannen.test", DemoBrukere.Passord);
        (await admin.GetDocumentAsync("/saksbehandling?Data.Visning=Alle&Data.Sok=" + saksnummer)).QuerySelectorAll("tbody tr").Length.ShouldBe(1);
    }

    /// <summary>A case in Vest: a copy of a demo case with a debtor in Bergen.</summary>
    private async Task<string> VestSakAsync()
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            WITH d AS (
                INSERT INTO skyldnere (id, type, identifikator, navn, adresse, postnummer, poststed)
                VALUES (gen_random_uuid(), 'Virksomhet', '999999999', 'Bergen Bygg AS', 'Bryggen 1', '5003', 'Bergen') RETURNING id)
            INSERT INTO saker (id, saksnummer, kreditor_id, skyldner_id, kontor, type, stadium, hovedstol, renter, omkostninger, innbetalt, kreditor_referanse, mottatt, grunnlag_type, grunnlag_forfall)
            SELECT gen_random_uuid(), '26-900001', s.kreditor_id, d.id, 'VEST', s.type, 'BegjaringMottatt', 1000, 0, 0, 0, 'VEST-1', s.mottatt, s.grunnlag_type, s.grunnlag_forfall
              FROM saker s, d ORDER BY s.saksnummer LIMIT 1
            RETURNING saksnummer
            """, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The app runs on the system clock; its "today" is the date in Oslo.</summary>
    private static DateOnly IDag() => Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System);

    private async Task<int> AntallAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> IdAsync(string epost)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM asp_net_users WHERE email = @e", connection);
        command.Parameters.AddWithValue("e", epost);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
