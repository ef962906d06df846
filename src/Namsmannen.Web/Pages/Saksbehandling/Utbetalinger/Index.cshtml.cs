using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Utbetalinger;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Saksbehandling.Utbetalinger;

/// <summary>The office's money: what came in and where it is, the payouts waiting (and why one is held), and the distribution runs.</summary>
public sealed class Index(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    public Utbetalingsoversikt.Result Oversikt { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var kjoring = await mediator.Send(new OpprettUtbetalingskjoring.Command(), cancellationToken);
        TempData["Melding"] = $"Utbetalingskjøring {kjoring.Nummer} er laget med {kjoring.Antall} utbetalinger på til sammen {Format.Kroner(kjoring.Sum)}. En annen leder må godkjenne den."
            + (kjoring.Holdt > 0 ? $" {kjoring.Holdt} utbetalinger er holdt tilbake fordi kontonummeret mangler." : string.Empty);
        return Redirect($"/saksbehandling/utbetalinger/kjoringer/{kjoring.Nummer}");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Oversikt = await mediator.Send(new Utbetalingsoversikt.Query(), cancellationToken);
}
