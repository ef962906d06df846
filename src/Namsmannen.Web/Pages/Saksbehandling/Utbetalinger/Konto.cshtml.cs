using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Data.Utbetalinger;
using Namsmannen.Application.Features.Utbetalinger;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Saksbehandling.Utbetalinger;

/// <summary>Give the account a held payout is paid to, with where the number comes from.</summary>
public sealed class Konto(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public OppgiKontonummer.Command Data { get; set; } = new();

    public Utbetalingsoversikt.Venter? Utbetaling { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        return Utbetaling is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Data with { Id = Id }, cancellationToken);
        TempData["Melding"] = "Kontonummeret er lagret. Utbetalingen kommer med i neste kjøring.";
        return Redirect("/saksbehandling/utbetalinger");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Utbetaling = (await mediator.Send(new Utbetalingsoversikt.Query(), cancellationToken)).Utbetalinger
            .SingleOrDefault(u => u.Id == Id && u.Status == Utbetalingsstatus.Venter);
}
