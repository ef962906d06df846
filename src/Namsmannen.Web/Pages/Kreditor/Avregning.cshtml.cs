using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Domain.Penger;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Kreditor;

/// <summary>The creditor chooses the order payments on its case cover the claim's parts in (Lovavdelingen 1999), or the standard order.</summary>
public sealed class Avregning(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public string Saksnummer { get; set; } = string.Empty;

    /// <summary>The part covered first, second, third and fourth, by name.</summary>
    [BindProperty]
    public List<string> Rekkefolge { get; set; } = [];

    [BindProperty]
    public bool Standard { get; set; }

    public IReadOnlyList<Komponent> Gjeldende { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Rekkefolge = Gjeldende.Select(k => k.ToString()).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SettAvregningsrekkefolge.Command { Saksnummer = Saksnummer, Rekkefolge = Standard ? [] : Rekkefolge }, cancellationToken);
        TempData["Melding"] = result.Standard ? "Saken bruker standard rekkefølge for innbetalinger." : "Rekkefølgen for innbetalinger er lagret.";
        return Redirect($"/kreditor/saker/{result.Saksnummer}");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Gjeldende = (await mediator.Send(new KreditorKontoutskrift.Query(Saksnummer), cancellationToken)).Rekkefolge;
}
