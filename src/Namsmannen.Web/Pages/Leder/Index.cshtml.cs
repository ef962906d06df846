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

    /// <summary>
    /// The key under which the page keeps what it rendered from the figures (issue 20: the dashboard at ≥ 100× its live
    /// GROUP BY): the buffer entry they came from and the office asked for, which the CSV links carry. Null, and nothing
    /// kept, when the figures were read live or a failed post shows the reassignment form's errors.
    /// </summary>
    public string? Gjengivelse => Tall.Buffernokkel is { } nokkel && ModelState.IsValid ? $"{nokkel}|{Kontor}" : null;

    public bool Bufres => Gjengivelse is not null;

    /// <summary>How long a rendering is kept at most; it is only used while its buffer entry is served, which is never longer.</summary>
    public TimeSpan Levetid => Ledertallbuffer.Levetid;

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
        if (Ledertabeller.Tabeller.All(t => t.Id != tabell))
        {
            return NotFound();
        }

        await OnGetAsync(cancellationToken);
        return Csvfil.Lag(Ledertabeller.Rader(Tall, tabell!), $"oversikt-{tabell}-{(Tall.ValgtKontor ?? "alle").ToLowerInvariant()}-{Tall.IDag:yyyy-MM-dd}.csv");
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
}
