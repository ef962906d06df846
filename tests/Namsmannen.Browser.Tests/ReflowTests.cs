using Microsoft.Playwright;
using Namsmannen.Domain.Saker;
using Namsmannen.Hosting.Demo;
using Namsmannen.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Namsmannen.Browser.Tests;

/// <summary>
/// WCAG 2.1 1.4.10 (reflow), which axe does not check: at 390 CSS px, and at 200 % zoom of a 1366 px screen (683 CSS
/// px), no page scrolls sideways; a wide table scrolls inside its own container instead.
/// </summary>
public sealed class ReflowTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task No_page_scrolls_sideways_at_390_px_or_at_200_percent_zoom_of_1366_px()
    {
        var (varsel, _) = await browser.App.NySakAsync(Saksstadium.VarselSendt);
        var (pant, _) = await browser.App.NySakAsync(Saksstadium.Utleggspant);
        var (salg, _) = await browser.App.NySakAsync(Saksstadium.Tvangssalg);
        var trekk = await DemoSakMedTrekkAsync();
        // A letter as the portals show it (issue 18): the debtor's underretning of the pant case, once the outbox has sent it.
        await browser.App.SendBrevAsync();
        string brev;
        await using (var db = Application.Tests.Infrastructure.TestPostgres.CreateDbContext(browser.App.DatabaseName))
        {
            brev = (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                db.Brev.Where(b => db.Saker.Any(s => s.Id == b.SakId && s.Saksnummer == pant) && b.Mottaker == Domain.Saker.Brevmottaker.Skyldner).Select(b => b.Id))).ToString();
        }

        var sider = new (string Epost, string[] Adresser)[]
        {
            ("saksbehandler@namsmannen.test", [$"/saksbehandling/saker/{pant}?handler=Brev&id={brev}", "/saksbehandling", "/saksbehandling/innbetalinger", "/saksbehandling/utbetalinger", "/saksbehandling/utbetalinger/kjoringer/1", "/saksbehandling?Data.Visning=Alle", $"/saksbehandling/saker/{varsel}", $"/saksbehandling/saker/{pant}", $"/saksbehandling/saker/{salg}", $"/saksbehandling/saker/{varsel}/utleggsforretning", $"/saksbehandling/saker/{varsel}/utleggstrekk", $"/saksbehandling/saker/{salg}/salg", "/beregning/utleggstrekk", $"/saksbehandling/saker/{trekk}", $"/saksbehandling/saker/{trekk}/endre-trekk", "/saksbehandling/trekk/omregning", "/saksbehandling/utsendinger"]),
            ("leder@namsmannen.test", ["/leder"]),
            ("kreditor@namsmannen.test", ["/kreditor", $"/kreditor/saker/{varsel}", "/kreditor/fordelinger", "/kreditor/innsendinger", "/kreditor/utbetalinger", "/kreditor/brev", $"/kreditor/saker/{varsel}/avregning"]),
        };

        var brede = new List<string>();
        foreach (var bredde in new[] { 390, 683 })
        {
            foreach (var (epost, adresser) in sider)
            {
                var page = await NySideAsync(bredde, epost);
                foreach (var adresse in adresser)
                {
                    await page.GotoAsync(adresse);
                    var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                    output.WriteLine($"{bredde} px {adresse}: {scrollWidth}");
                    if (scrollWidth > bredde)
                    {
                        // Name the outermost elements that stick out, so the message says what to fix.
                        var synder = await page.EvaluateAsync<string[]>($$"""
                            () => [...document.querySelectorAll('body *')]
                                .filter(e => e.getBoundingClientRect().right > {{bredde}} && !(e.parentElement && e.parentElement.getBoundingClientRect().right > {{bredde}}))
                                .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).replace(/ /g, '.') : ''))
                            """);
                        brede.Add($"{adresse} at {bredde} px is {scrollWidth} px wide ({string.Join(", ", synder)})");
                    }
                }

                await page.Context.CloseAsync();
            }
        }

        brede.ShouldBeEmpty();
    }

    /// <summary>A demo case whose trekk runs and has months and a task (the case page's widest section).</summary>
    private async Task<string> DemoSakMedTrekkAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(browser.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("""
            SELECT s.saksnummer FROM trekkpalegg t JOIN saker s ON s.id = t.sak_id
             WHERE t.stoppet IS NULL AND EXISTS (SELECT 1 FROM trekkperioder p WHERE p.trekk_id = t.id)
             ORDER BY (SELECT count(*) FROM frister f WHERE f.sak_id = s.id AND NOT f.oppfylt) DESC, s.saksnummer LIMIT 1
            """, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task The_supervisors_key_figures_and_queue_fit_the_first_screen_at_1366_by_768()
    {
        var page = await NySideAsync(1366, "leder@namsmannen.test", 768);

        var nokkeltall = await page.EvaluateAsync<double>("document.querySelector('.nokkeltall').getBoundingClientRect().bottom");
        var venter = await page.EvaluateAsync<double>("document.querySelector('section.venter').getBoundingClientRect().bottom");
        var hoyde = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        output.WriteLine($"key figures end at {nokkeltall:0} px, the queue at {venter:0} px; the page is {hoyde} px tall");

        nokkeltall.ShouldBeLessThanOrEqualTo(768);
        venter.ShouldBeLessThanOrEqualTo(768);
        await page.Context.CloseAsync();
    }

    private Task<IPage> NySideAsync(int bredde, string epost, int hoyde = 844) =>
        browser.LoggInnAsync(epost, new ViewportSize { Width = bredde, Height = hoyde });
}

/// <summary>WCAG 2.1 2.4.7 and 1.4.11, which axe does not check: the focus ring has at least 3:1 against the page and the header.</summary>
public sealed class FokusTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_focus_ring_has_at_least_3_to_1_contrast_on_the_page_and_on_the_header()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/konto/logg-inn");

        await page.Keyboard.PressAsync("Tab"); // the skip link, on the white page
        var side = await RingAsync(page);
        await page.Locator(".topp a").First.FocusAsync(); // a link on the dark header
        var topp = await RingAsync(page);

        Kontrast(side.Indre, side.Bakgrunn).ShouldBeGreaterThanOrEqualTo(3.0, $"inner ring {side.Indre} on {side.Bakgrunn}");
        Math.Max(Kontrast(topp.Indre, topp.Bakgrunn), Kontrast(topp.Ytre, topp.Bakgrunn)).ShouldBeGreaterThanOrEqualTo(3.0, $"ring {topp.Indre}/{topp.Ytre} on {topp.Bakgrunn}");
        await page.Context.CloseAsync();
    }

    private static async Task<(string Indre, string Ytre, string Bakgrunn)> RingAsync(IPage page)
    {
        var farger = await page.EvaluateAsync<string[]>("""
            () => {
                const e = document.activeElement, s = getComputedStyle(e);
                let b = e.parentElement, bg = 'rgb(255, 255, 255)';
                for (; b; b = b.parentElement) { const c = getComputedStyle(b).backgroundColor; if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; } }
                return [s.outlineColor, (s.boxShadow.match(/rgba?\([^)]*\)/) || ['rgb(255, 255, 255)'])[0], bg];
            }
            """);
        return (farger[0], farger[1], farger[2]);
    }

    private static double Kontrast(string a, string b)
    {
        static double Luminans(string farge)
        {
            var deler = System.Text.RegularExpressions.Regex.Matches(farge, @"\d+(\.\d+)?").Take(3).Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) / 255).ToArray();
            var lin = deler.Select(c => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
            return (0.2126 * lin[0]) + (0.7152 * lin[1]) + (0.0722 * lin[2]);
        }

        var (l1, l2) = (Luminans(a), Luminans(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }
}
