using System.Globalization;
using System.Text;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Namsmannen.Application.Features.Leder;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;
using Namsmannen.Web.Hosting;
using Namsmannen.Web.Pages.Saksbehandling;

namespace Namsmannen.Web.Pages.Leder;

/// <summary>The supervisor's dashboard: every figure links to the case list behind it, and every table exports to CSV.</summary>
public sealed class Index(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    /// <summary>An administrator's choice of office (empty: the whole country).</summary>
    [BindProperty(SupportsGet = true, Name = "kontor")]
    public string? Kontor { get; set; }

    /// <summary>The reassignment form.</summary>
    [BindProperty]
    public OmfordelSaker.Command Data { get; set; } = new();

    public Ledertall.Result Tall { get; private set; } = null!;

    public static readonly IReadOnlyList<(string Id, string Navn)> Tabeller =
    [
        ("stadier", "Saker etter stadium"), ("uker", "Inngang og avgang per uke"), ("alder", "Alder på åpne saker"), ("frister", "Frister"),
        ("saksbehandlere", "Arbeidsmengde per saksbehandler"), ("belop", "Beløp"), ("kreditorer", "Største kreditorer"),
    ];

    /// <summary>How many waiting cases the dashboard lists before linking to the rest, so the first screen holds them and the key figures.</summary>
    public const int VenterPaForsiden = 3;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tall = await mediator.Send(new Ledertall.Query { Kontor = Kontor }, cancellationToken);

    public async Task<IActionResult> OnPostOmfordelAsync(CancellationToken cancellationToken)
    {
        var resultat = await mediator.Send(Data with { Kontor = Kontor }, cancellationToken);
        TempData["Melding"] = $"{Format.Antall(resultat.Flyttet)} {(resultat.Flyttet == 1 ? "sak er" : "saker er")} flyttet fra {resultat.Fra} til {resultat.Til}.";
        return RedirectToPage(new { kontor = Kontor });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) => await OnGetAsync(cancellationToken);

    /// <summary>One table as CSV for Excel in Norway: semicolons, decimal comma, UTF-8 with a byte-order mark.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? tabell, CancellationToken cancellationToken)
    {
        if (Tabeller.All(t => t.Id != tabell))
        {
            return NotFound();
        }

        await OnGetAsync(cancellationToken);
        return Csvfil.Lag(Rader(tabell!), $"oversikt-{tabell}-{(Tall.ValgtKontor ?? "alle").ToLowerInvariant()}-{Tall.IDag:yyyy-MM-dd}.csv");
    }

    /// <summary>The case list behind a figure, in the same office.</summary>
    public string Liste(
        Arbeidsliste.Visning visning = Arbeidsliste.Visning.Alle,
        Saksstadium? stadium = null,
        string? saksbehandler = null,
        Guid? kreditor = null,
        bool? apne = null,
        DateOnly? mottattFra = null,
        DateOnly? mottattTil = null,
        DateOnly? avsluttetFra = null,
        DateOnly? avsluttetTil = null)
        => Sakslenke.Til(new Arbeidsliste.Query
        {
            Visning = visning,
            Kontor = Tall.KanVelgeKontor ? Tall.ValgtKontor : null,
            Stadium = stadium,
            SaksbehandlerId = saksbehandler is null ? null : saksbehandler.Length == 0 ? Arbeidsliste.IkkeTildelt : saksbehandler,
            KreditorId = kreditor,
            Apne = apne,
            MottattFra = mottattFra,
            MottattTil = mottattTil,
            AvsluttetFra = avsluttetFra,
            AvsluttetTil = avsluttetTil,
        });

    /// <summary>The open cases of an age group: received between today minus its upper and lower bound.</summary>
    public string AlderListe(Ledertall.Aldersgruppe gruppe) =>
        Liste(apne: true, mottattFra: gruppe.TilDager is { } til ? Tall.IDag.AddDays(-til) : null, mottattTil: Tall.IDag.AddDays(-gruppe.FraDager));

    public string Csv(string tabell) =>
        QueryHelpers.AddQueryString("/leder", new Dictionary<string, string?> { ["handler"] = "Csv", ["tabell"] = tabell, ["kontor"] = Kontor }.Where(v => !string.IsNullOrEmpty(v.Value))!);

    private IEnumerable<IReadOnlyList<object?>> Rader(string tabell)
    {
        var t = Tall;
        var n = t.Nokkel;
        switch (tabell)
        {
            case "stadier":
                yield return ["Stadium", "Antall saker", "Krevd (kr)", "Innbetalt (kr)"];
                foreach (var s in t.Stadier)
                {
                    yield return [s.Stadium.Navn(), s.Antall, s.Krav, s.Innbetalt];
                }

                break;
            case "uker":
                yield return ["Uke", "Mandag", "Mottatt", "Avsluttet"];
                foreach (var u in t.Ukeserie)
                {
                    yield return [u.Ukenummer, u.Mandag, u.Inn, u.Ut];
                }

                break;
            case "alder":
                yield return ["Alder", "Åpne saker", "Over målet på 60 dager"];
                foreach (var a in t.Alder)
                {
                    yield return [a.Navn, a.Antall, a.OverMaal ? "ja" : "nei"];
                }

                break;
            case "frister":
                yield return ["Frister", "Antall"];
                yield return ["Passert", n.FristerPassert];
                yield return ["I dag", n.FristerIDag];
                yield return ["De neste 7 dagene", n.FristerNeste7];
                break;
            case "saksbehandlere":
                yield return ["Saksbehandler", "Åpne saker", "Saker i alt", "Frister passert"];
                foreach (var s in t.Saksbehandlere)
                {
                    yield return [s.Navn, s.Apne, s.Antall, s.FristerPassert];
                }

                break;
            case "belop":
                yield return ["Beløp", "Kroner"];
                yield return ["Krevd i alle saker", n.Krav];
                yield return ["Innbetalt og inndrevet", n.Innbetalt];
                yield return [$"Fordelt de siste {Ledertall.Uker} ukene", n.FordeltPeriode];
                yield return ["Fordelt i alt", n.FordeltTotalt];
                break;
            default:
                yield return ["Kreditor", "Saker", "Åpne saker", "Krevd (kr)", "Innbetalt (kr)"];
                foreach (var k in t.Kreditorer)
                {
                    yield return [k.Navn, k.Antall, k.Apne, k.Krav, k.Innbetalt];
                }

                break;
        }
    }
}
