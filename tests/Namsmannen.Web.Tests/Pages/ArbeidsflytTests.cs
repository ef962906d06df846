using System.Net;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;

namespace Namsmannen.Web.Tests.Pages;

/// <summary>The workflow holes of issue 15, as the caseworker meets them on the case page.</summary>
public sealed class ArbeidsflytTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_utleggsforretning_before_the_varsels_day_asks_for_the_section_7_10_reason_on_the_form()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var (saksnummer, _) = await app.NySakAsync(Saksstadium.VarselSendt);
        var side = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        var varslet = Sak.TidligsteUtleggsforretning(DateOnly.FromDateTime(DateTime.Now));
        side.QuerySelector("#utenvarsel-hjelp")!.TextContent.ShouldStartWith($"Utleggsforretningen er varslet til {varslet:dd.MM.yyyy} og kan ikke holdes før.");

        var svar = await kari.SubmitAsync(side, "form[aria-labelledby=h-forretning]", new Dictionary<string, string> { ["Data.Utfall"] = "intet" });

        svar.StatusCode.ShouldBe(HttpStatusCode.OK);
        var feil = (await svar.ParseAsync()).QuerySelector(".feiloppsummering a")!;
        (feil.GetAttribute("href"), feil.TextContent).ShouldBe(("#Data_UtenVarsel", $"Utleggsforretningen er varslet til {varslet:dd.MM.yyyy} og kan ikke holdes før. Skriv hvorfor den ikke kan vente om et varsel ville forspille formålet (§ 7-10)."));
        var etter = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        etter.QuerySelector(".nokkelinfo dd")!.TextContent.ShouldBe("Varsel sendt");
    }

    [Fact]
    public async Task The_timeline_is_in_Oslo_time_and_the_assignment_list_names_each_person_once()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var (saksnummer, _) = await app.NySakAsync();
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var mottatt = await db.SaksHendelser.Where(h => db.Saker.Any(s => s.Id == h.SakId && s.Saksnummer == saksnummer)).OrderBy(h => h.Id).Select(h => h.Tidspunkt).FirstAsync();

        var side = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");

        side.QuerySelectorAll(".tidslinje time").Select(t => t.TextContent).ShouldContain(Namsmannen.Application.Common.Oslotid.Tidspunkt(mottatt));
        side.QuerySelector(".tidslinje")!.TextContent.ShouldNotContain("UTC");
        var valg = side.QuerySelectorAll("#Data_SaksbehandlerId option").Select(o => o.TextContent).ToList();
        valg.ShouldContain("Kari Nordmann (meg)");
        valg.ShouldNotContain("Meg selv");
        valg.Count(v => v.StartsWith("Kari Nordmann", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task A_supervisor_sends_a_fordeling_back_with_a_reason_and_the_case_is_in_tvangssalg_again()
    {
        var (saksnummer, _) = await app.NySakAsync(Saksstadium.Tvangssalg);
        await app.SendAsync(new RegistrerSalg.Command { Saksnummer = saksnummer, Salgssum = 60_000m, Salgsomkostninger = 6_000m }, await app.SaksbehandlerAsync("saksbehandler@namsmannen.test"));
        var ingrid = app.Browser();
        await ingrid.LogInAsync("leder@namsmannen.test", DemoBrukere.Passord);
        var side = await ingrid.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");

        var tom = await ingrid.SubmitAsync(side, "form[aria-labelledby=h-sendtilbake]", new Dictionary<string, string>());
        var feil = (await tom.ParseAsync()).QuerySelector(".feiloppsummering a")!;
        (feil.GetAttribute("href"), feil.TextContent).ShouldBe(("#Data_ReturBegrunnelse", "Skriv hva som må rettes i fordelingen."));

        var sendt = await ingrid.SubmitAsync(side, "form[aria-labelledby=h-sendtilbake]", new Dictionary<string, string> { ["Data.ReturBegrunnelse"] = "Salgsomkostningene mangler kvittering." });
        var etter = await ingrid.GetDocumentAsync(sendt.Headers.Location!.OriginalString);
        etter.QuerySelector(".kvittering")!.TextContent.ShouldBe("Fordelingen er sendt tilbake. Saken er tilbake i tvangssalg, og salget registreres på nytt.");
        etter.QuerySelector(".nokkelinfo dd")!.TextContent.ShouldBe("Tvangssalg");
        etter.QuerySelector("section[aria-labelledby=fordeling] p")!.TextContent.ShouldContain("«Salgsomkostningene mangler kvittering.» Registrer salget på nytt.");
    }

    [Fact]
    public async Task A_case_in_utleggstrekk_and_its_debtor_show_the_calculation_the_trekk_was_decided_on()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var kontor = (await db.Users.SingleAsync(u => u.Email == "saksbehandler@namsmannen.test")).Kontor;
        var sak = await db.Saker.Where(s => s.Stadium == Saksstadium.Utleggstrekk && s.Kontor == kontor).OrderBy(s => s.Saksnummer).Select(s => new { s.Saksnummer, s.SkyldnerId }).FirstAsync();
        var trekk = await db.Trekk.Where(t => db.Saker.Any(s => s.Id == t.SakId && s.Saksnummer == sak.Saksnummer)).Select(t => t.BelopPerManed).SingleAsync();

        var side = await kari.GetDocumentAsync($"/saksbehandling/saker/{sak.Saksnummer}");
        var seksjon = side.QuerySelector("section[aria-labelledby=utleggstrekk]")!;
        seksjon.QuerySelector("strong")!.TextContent.ShouldBe(Namsmannen.Web.Format.Kroner(trekk));
        seksjon.QuerySelector("caption")!.TextContent.ShouldBe("Beregningen trekket ble vedtatt på");
        seksjon.QuerySelectorAll("tbody th").Select(t => t.TextContent).ShouldContain("Livsopphold, skyldner");
        // A running trekk has no main step to press: closing the case must be confirmed, so it is no default, and looks different.
        side.QuerySelector("section[aria-labelledby=neste-steg] a.knapplenke").ShouldBeNull();
        side.QuerySelector("section[aria-labelledby=neste-steg] nav a[href='#h-Avslutt']")!.ClassList.ShouldContain("fare");

        var skyldner = await kari.GetDocumentAsync($"/saksbehandling/skyldnere/{sak.SkyldnerId}");
        skyldner.QuerySelector("section[aria-labelledby=trekk]")!.TextContent.ShouldNotContain("Skyldneren har ikke utleggstrekk.");
        skyldner.QuerySelectorAll("section[aria-labelledby=trekk] h3").Select(h => h.TextContent).ShouldContain("Vedtaket som setter beløpet");
    }

    [Fact]
    public async Task The_case_page_opens_with_the_next_step_its_deadline_and_links_to_every_action_it_allows()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var (saksnummer, _) = await app.NySakAsync(Saksstadium.VarselSendt);
        var varslet = Sak.TidligsteUtleggsforretning(DateOnly.FromDateTime(DateTime.Now));

        var side = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");

        side.QuerySelector("main h2")!.TextContent.ShouldBe("Neste steg");
        var neste = side.QuerySelector("section[aria-labelledby=neste-steg]")!;
        var hoved = neste.QuerySelector("a.knapplenke")!;
        (hoved.TextContent, hoved.GetAttribute("href")).ShouldBe(("Ta utleggspant", "#h-forretning"));
        neste.QuerySelector("p")!.TextContent.ShouldContain($"frist {varslet:dd.MM.yyyy}: Utleggsforretning kl. 10:00, Namsmannen i Oslo");
        var lenker = neste.QuerySelectorAll("nav a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        lenker["Registrer betaling"].ShouldBe("#h-betaling");
        lenker["Henlegg saken"].ShouldBe("#h-Henlegg");
        neste.QuerySelector("nav a[href='#h-Henlegg']")!.ClassList.ShouldContain("fare", "a destructive action looks different");
        lenker.Values.ShouldAllBe(href => side.GetElementById(href!.TrimStart('#')) != null, "every link leads to its form");
    }

    [Fact]
    public async Task The_filtered_case_list_downloads_as_csv_with_every_page_and_the_id_masked()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        var kontor = (await db.Users.SingleAsync(u => u.Email == "saksbehandler@namsmannen.test")).Kontor;
        var forventet = await db.Saker.Where(s => s.Kontor == kontor && s.Stadium == Saksstadium.VarselSendt).OrderBy(s => s.Mottatt).ThenBy(s => s.Saksnummer).Select(s => s.Saksnummer).ToListAsync();
        var side = await kari.GetDocumentAsync("/saksbehandling?Data.Visning=Alle&Data.Stadium=VarselSendt");
        var lenke = side.QuerySelectorAll("a[download]").Single(a => a.TextContent == "Last ned listen som CSV").GetAttribute("href")!;

        var svar = await kari.GetAsync(lenke);

        svar.Content.Headers.ContentType!.ToString().ShouldBe("text/csv; charset=utf-8");
        var linjer = (await svar.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        linjer[0].ShouldBe("Saksnummer;Stadium;Type;Skyldner;Skyldnerens ID;Kreditor;Krav;Mottatt");
        linjer.Skip(1).Select(l => l.Split(';')[0]).ShouldBe(forventet, "every page of the filtered list, in the list's order");
        forventet.Count.ShouldBeGreaterThan(Namsmannen.Application.Features.Saker.Arbeidsliste.Sidestorrelse, "the list has more than one page");
        System.Text.RegularExpressions.Regex.IsMatch(string.Join("\n", linjer), @"(?<!\d)\d{11}(?!\d)").ShouldBeFalse("no full fødselsnummer in the file");
    }

    [Fact]
    public async Task A_caseworker_on_a_case_in_fordeling_is_told_it_waits_for_a_supervisor_and_every_link_leads_to_a_form()
    {
        var (saksnummer, _) = await app.NySakAsync(Saksstadium.Tvangssalg);
        await app.SendAsync(new RegistrerSalg.Command { Saksnummer = saksnummer, Salgssum = 60_000m, Salgsomkostninger = 6_000m }, await app.SaksbehandlerAsync("saksbehandler2@namsmannen.test"));
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);

        var side = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");

        var neste = side.QuerySelector("section[aria-labelledby=neste-steg]")!;
        neste.QuerySelector("a.knapplenke").ShouldBeNull("approving is a supervisor's step");
        neste.TextContent.ShouldContain("Venter: En annen leder må godkjenne fordelingen før utbetaling.");
        neste.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")!).ShouldAllBe(href => side.GetElementById(href.TrimStart('#')) != null);
    }

    [Fact]
    public async Task A_payment_is_booked_on_the_day_it_was_paid_and_never_in_the_future()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var (saksnummer, _) = await app.NySakAsync(Saksstadium.VarselSendt);
        var side = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        var idag = DateOnly.FromDateTime(DateTime.Now);
        side.QuerySelector("#Data_BetalingDato")!.GetAttribute("value").ShouldBe(idag.ToString("yyyy-MM-dd"), "today is the default");

        var fremtid = await kari.SubmitAsync(side, "form[aria-labelledby=h-betaling]", new Dictionary<string, string> { ["Data.Belop"] = "1 000", ["Data.BetalingDato"] = idag.AddDays(3).ToString("dd.MM.yyyy") });
        var feil = (await fremtid.ParseAsync()).QuerySelector(".feiloppsummering a")!;
        (feil.GetAttribute("href"), feil.TextContent).ShouldBe(("#Data_BetalingDato", "Betalingsdatoen kan ikke være frem i tid."));

        var ok = await kari.SubmitAsync(side, "form[aria-labelledby=h-betaling]", new Dictionary<string, string> { ["Data.Belop"] = "1 000", ["Data.BetalingDato"] = idag.AddDays(-6).ToString("dd.MM.yyyy") });
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        (await db.Betalinger.Where(b => db.Saker.Any(s => s.Id == b.SakId && s.Saksnummer == saksnummer)).Select(b => new { b.Belop, b.Betalt }).SingleAsync())
            .ShouldBe(new { Belop = 1_000m, Betalt = idag.AddDays(-6) });
    }

    [Fact]
    public async Task A_five_year_utsettelse_is_refused_by_its_field_and_a_long_one_needs_the_box_ticked()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var (saksnummer, _) = await app.NySakAsync(Saksstadium.VarselSendt);
        var side = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        var idag = DateOnly.FromDateTime(DateTime.Now);

        var femAr = await kari.SubmitAsync(side, "form[aria-labelledby=h-utsett]", new Dictionary<string, string> { ["Data.UtsattTil"] = idag.AddYears(5).ToString("dd.MM.yyyy") });
        var feil = (await femAr.ParseAsync()).QuerySelector(".feiloppsummering a")!;
        (feil.GetAttribute("href"), feil.TextContent).ShouldBe(("#Data_UtsattTil", $"En utsettelse kan gjelde høyst 12 måneder, til {idag.AddMonths(12):dd.MM.yyyy}. Be kreditor trekke begjæringen i stedet om saken skal hvile lenger."));

        var seksManeder = idag.AddMonths(6).ToString("dd.MM.yyyy");
        var lang = await kari.SubmitAsync(side, "form[aria-labelledby=h-utsett]", new Dictionary<string, string> { ["Data.UtsattTil"] = seksManeder });
        (await lang.ParseAsync()).QuerySelector(".feiloppsummering a")!.GetAttribute("href").ShouldBe("#Data_UtsettBekreftet");

        var bekreftet = await kari.SubmitAsync(side, "form[aria-labelledby=h-utsett]", new Dictionary<string, string> { ["Data.UtsattTil"] = seksManeder, ["Data.UtsettBekreftet"] = "true" });
        bekreftet.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await kari.GetDocumentAsync(bekreftet.Headers.Location!.OriginalString)).QuerySelector(".kvittering")!.TextContent.ShouldBe($"Saken er utsatt til {seksManeder}.");
    }
}
