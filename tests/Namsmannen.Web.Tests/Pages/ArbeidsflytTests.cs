using System.Net;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Penger;
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
        var side = await kari.HandlingssideAsync(saksnummer, "utleggsforretning");
        var varslet = Sak.TidligsteUtleggsforretning(Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System));
        side.QuerySelector("#utenvarsel-hjelp")!.TextContent.ShouldStartWith($"Utleggsforretningen er varslet til {varslet:dd.MM.yyyy} og kan ikke holdes før.");

        var svar = await kari.SubmitAsync(side, "main form[method=post]", new Dictionary<string, string> { ["Data.Utfall"] = "intet" });

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
        var tildel = await kari.HandlingssideAsync(saksnummer, "tildel");

        side.QuerySelectorAll(".tidslinje time").Select(t => t.TextContent).ShouldContain(Namsmannen.Application.Common.Oslotid.Tidspunkt(mottatt));
        side.QuerySelector(".tidslinje")!.TextContent.ShouldNotContain("UTC");
        var valg = tildel.QuerySelectorAll("#Data_SaksbehandlerId option").Select(o => o.TextContent).ToList();
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
        var side = await ingrid.HandlingssideAsync(saksnummer, "send-fordeling-tilbake");
        side.QuerySelector("section[aria-labelledby=fordeling] caption")!.TextContent.ShouldBe("Foreslått fordeling (summerer til salgssummen)", "the supervisor sees what is sent back");

        var tom = await ingrid.SubmitAsync(side, "main form[method=post]", new Dictionary<string, string>());
        var feil = (await tom.ParseAsync()).QuerySelector(".feiloppsummering a")!;
        (feil.GetAttribute("href"), feil.TextContent).ShouldBe(("#Data_Begrunnelse", "Skriv hva som må rettes i fordelingen."));

        var sendt = await ingrid.SubmitAsync(side, "main form[method=post]", new Dictionary<string, string> { ["Data.Begrunnelse"] = "Salgsomkostningene mangler kvittering." });
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
        side.QuerySelector($"section[aria-labelledby=neste-steg] nav a[href='/saksbehandling/saker/{sak.Saksnummer}/handling/Avslutt']")!.ClassList.ShouldContain("fare");

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
        var varslet = Sak.TidligsteUtleggsforretning(Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System));

        var side = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");

        side.QuerySelector("main h2")!.TextContent.ShouldBe("Neste steg");
        var neste = side.QuerySelector("section[aria-labelledby=neste-steg]")!;
        var hoved = neste.QuerySelector("a.knapplenke")!;
        var sak = $"/saksbehandling/saker/{saksnummer}";
        (hoved.TextContent, hoved.GetAttribute("href")).ShouldBe(("Ta utleggspant", $"{sak}/utleggsforretning"));
        neste.QuerySelector("p")!.TextContent.ShouldContain($"frist {varslet:dd.MM.yyyy}: Utleggsforretning kl. 10:00, Namsmannen i Oslo");
        var lenker = neste.QuerySelectorAll("nav a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href")!);
        lenker["Registrer betaling"].ShouldBe($"{sak}/betaling");
        lenker["Henlegg saken"].ShouldBe($"{sak}/handling/Henlegg");
        lenker.Values.Distinct().Count().ShouldBe(lenker.Count, "each action once");
        lenker.Values.ShouldNotContain($"{sak}/utleggsforretning", "the primary step is not listed again");
        neste.QuerySelector($"nav a[href='{sak}/handling/Henlegg']")!.ClassList.ShouldContain("fare", "a destructive action looks different");
        foreach (var (navn, href) in lenker.Append(new(hoved.TextContent, hoved.GetAttribute("href")!)))
        {
            var handling = await kari.GetDocumentAsync(href);
            handling.QuerySelector("#hindring").ShouldBeNull($"«{navn}» is possible now");
            handling.QuerySelector("main form[method=post] button[type=submit]").ShouldNotBeNull($"«{navn}» leads to its form");
        }
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
        neste.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")!).ShouldNotContain(href => href.Contains("fordeling", StringComparison.Ordinal), "no link to a supervisor's form");
        var godkjenn = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}/godkjenn-fordeling");
        godkjenn.QuerySelector("#hindring")!.TextContent.ShouldBe("Bare en leder kan godkjenne en fordeling.");
        godkjenn.QuerySelector("main form[method=post]").ShouldBeNull();
    }

    [Fact]
    public async Task A_payment_is_booked_on_the_day_it_was_paid_and_never_in_the_future()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var (saksnummer, _) = await app.NySakAsync(Saksstadium.VarselSendt);
        var side = await kari.HandlingssideAsync(saksnummer, "betaling");
        var idag = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System);
        side.QuerySelector("#Data_Dato")!.GetAttribute("value").ShouldBe(idag.ToString("yyyy-MM-dd"), "today is the default");

        var fremtid = await kari.SubmitAsync(side, "main form[method=post]", new Dictionary<string, string> { ["Data.Belop"] = "1 000", ["Data.Dato"] = idag.AddDays(3).ToString("dd.MM.yyyy") });
        var feil = (await fremtid.ParseAsync()).QuerySelector(".feiloppsummering a")!;
        (feil.GetAttribute("href"), feil.TextContent).ShouldBe(("#Data_Dato", "Betalingsdatoen kan ikke være frem i tid."));

        var ulesbar = await (await kari.SubmitAsync(side, "main form[method=post]", new Dictionary<string, string> { ["Data.Belop"] = "tusen", ["Data.Dato"] = "31.02.2026" })).ParseAsync();
        ulesbar.QuerySelectorAll(".feiloppsummering a").Select(a => (a.GetAttribute("href"), a.TextContent)).ShouldBe(
            [("#Data_Belop", "Skriv beløpet i kroner, for eksempel 12 345,67."), ("#Data_Dato", "Skriv datoen som dd.mm.åååå, for eksempel 21.11.2026.")]);
        ulesbar.QuerySelector("#Data_Belop")!.GetAttribute("value").ShouldBe("tusen", "what the user typed comes back");

        var ok = await kari.SubmitAsync(side, "main form[method=post]", new Dictionary<string, string> { ["Data.Belop"] = "1 000", ["Data.Dato"] = idag.AddDays(-6).ToString("dd.MM.yyyy") });
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = TestPostgres.CreateDbContext(app.DatabaseName);
        (await db.Betalinger.Where(b => db.Saker.Any(s => s.Id == b.SakId && s.Saksnummer == saksnummer)).Select(b => new { b.Belop, b.Betalt }).SingleAsync())
            .ShouldBe(new { Belop = new Belop(1_000m), Betalt = idag.AddDays(-6) });

        // The case page's ledger: the claim's opening entries, the payment applied to costs, interest and principal,
        // and a running balance that ends at what is owed today (the case was received today: no interest yet).
        var sak = await kari.GetDocumentAsync($"/saksbehandling/saker/{saksnummer}");
        var rader = sak.QuerySelectorAll("#kontoutskrift tbody tr").Select(r => r.Children.Select(c => c.TextContent.Replace('\u00A0', ' ')).ToArray()).ToList();
        rader.Where(r => r[2] == "Krav ved begjæringen").ShouldNotBeEmpty();
        rader.Where(r => r[2] == "Innbetaling").Sum(r => decimal.Parse(r[4].Replace(" kr", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), new System.Globalization.CultureInfo("nb-NO"))).ShouldBe(-1_000m);
        rader.Where(r => r[2] == "Innbetaling").Select(r => r[3]).First().ShouldBe("Omkostninger", "costs are covered first");
        var utestaende = await db.Saker.Where(s => s.Saksnummer == saksnummer).Select(s => s.Hovedstol + s.Renter + s.Omkostninger + s.Tillegg - s.Innbetalt).SingleAsync();
        rader[^1][5].ShouldBe(Namsmannen.Web.Format.Kroner(utestaende).Replace('\u00A0', ' '));
        sak.QuerySelector("#utestaende-i-dag")!.TextContent.Replace('\u00A0', ' ').ShouldBe(Namsmannen.Web.Format.Kroner(utestaende).Replace('\u00A0', ' '));
    }

    [Fact]
    public async Task A_five_year_utsettelse_is_refused_by_its_field_and_a_long_one_needs_the_box_ticked()
    {
        var kari = app.Browser();
        await kari.LogInAsync("saksbehandler@namsmannen.test", DemoBrukere.Passord);
        var (saksnummer, _) = await app.NySakAsync(Saksstadium.VarselSendt);
        var side = await kari.HandlingssideAsync(saksnummer, "utsettelse");
        var idag = Namsmannen.Application.Common.Oslotid.IDag(TimeProvider.System);

        var femAr = await kari.SubmitAsync(side, "main form[method=post]", new Dictionary<string, string> { ["Data.Til"] = idag.AddYears(5).ToString("dd.MM.yyyy") });
        var feil = (await femAr.ParseAsync()).QuerySelector(".feiloppsummering a")!;
        (feil.GetAttribute("href"), feil.TextContent).ShouldBe(("#Data_Til", $"En utsettelse kan gjelde høyst 12 måneder, til {idag.AddMonths(12):dd.MM.yyyy}. Be kreditor trekke begjæringen i stedet om saken skal hvile lenger."));

        var seksManeder = idag.AddMonths(6).ToString("dd.MM.yyyy");
        var lang = await kari.SubmitAsync(side, "main form[method=post]", new Dictionary<string, string> { ["Data.Til"] = seksManeder });
        (await lang.ParseAsync()).QuerySelector(".feiloppsummering a")!.GetAttribute("href").ShouldBe("#Data_Bekreftet");

        var bekreftet = await kari.SubmitAsync(side, "main form[method=post]", new Dictionary<string, string> { ["Data.Til"] = seksManeder, ["Data.Bekreftet"] = "true" });
        bekreftet.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await kari.GetDocumentAsync(bekreftet.Headers.Location!.OriginalString)).QuerySelector(".kvittering")!.TextContent.ShouldBe($"Saken er utsatt til {seksManeder}.");
    }
}
