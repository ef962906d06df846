using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Web.Hosting;
using Portal = Namsmannen.Application.Features.Portal;

namespace Namsmannen.Web.Pages.Kreditor;

/// <summary>Make an API key (shown once), see the organisation's keys, and revoke one after confirming.</summary>
public sealed class ApiNokler(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty]
    public Portal.OpprettApiNokkel.Command Data { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "bekreft")]
    public Guid? BekreftId { get; set; }

    public IReadOnlyList<Portal.ApiNokler.Rad> Nokler { get; private set; } = [];

    /// <summary>The new key, on the one response that shows it. Never stored, never shown again.</summary>
    public Portal.OpprettApiNokkel.Result? NyNokkel { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostOpprettAsync(CancellationToken cancellationToken)
    {
        NyNokkel = await mediator.Send(Data, cancellationToken);
        Data = new();
        await ReloadAsync(cancellationToken);
        // The key is in this response only; it must not be cached anywhere on the way.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostTilbakekallAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new Portal.TilbakekallApiNokkel.Command(id), cancellationToken);
        TempData["Melding"] = $"Nøkkelen «{result.Navn}» ({result.Prefiks}) er trukket tilbake og virker ikke lenger.";
        return RedirectToPage();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Nokler = await mediator.Send(new Portal.ApiNokler.Query(), cancellationToken);
}
