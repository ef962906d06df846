using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Data.Innbetalinger;
using Namsmannen.Application.Features.Innbetalinger;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Saksbehandling.Innbetalinger;

/// <summary>One payment in the suspense queue: book it on the case it belongs to, or mark it to be paid back.</summary>
public sealed class Innbetaling(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public string Referanse { get; set; } = string.Empty;

    [BindProperty]
    public AvklarInnbetaling.Command Data { get; set; } = new();

    public Uavklarte.Rad? Rad { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        return Rad is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(Data with { Referanse = Referanse }, cancellationToken);
        TempData["Melding"] = result.Status == Innbetalingsstatus.Bokfort
            ? $"Innbetalingen {result.Referanse} er ført på sak {result.Saksnummer}."
            : $"Innbetalingen {result.Referanse} er satt til tilbakebetaling.";
        return Redirect("/saksbehandling/innbetalinger");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Rad = (await mediator.Send(new Uavklarte.Query(Referanse), cancellationToken)).Rader.SingleOrDefault();
}
