using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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

    public Utbetalingsoversikt.Venter Utbetaling { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Data with { Id = Id }, cancellationToken);
        TempData["Melding"] = "Kontonummeret er lagret. Utbetalingen kommer med i neste kjøring.";
        return Redirect("/saksbehandling/utbetalinger");
    }

    /// <summary>The payout, if it is the user's office's; another office's is not found (404), before or after a refused form.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Utbetaling = (await mediator.Send(new Utbetalingsoversikt.Query(Id), cancellationToken)).Utbetalinger.SingleOrDefault()
            ?? throw new Application.Common.IkkeFunnetException("Fant ikke utbetalingen.");
}
