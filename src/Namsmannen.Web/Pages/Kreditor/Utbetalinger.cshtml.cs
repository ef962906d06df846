using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Kreditor;

/// <summary>The creditor's payouts from namsmannen: the account it is paid to, and its statement, case by case.</summary>
public sealed class Utbetalinger(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty]
    public SettUtbetalingskonto.Command Data { get; set; } = new();

    public KreditorUtbetalinger.Result Oversikt { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(Data, cancellationToken);
        TempData["Melding"] = $"Utbetalingskontoen er {result.Kontonummer}. Utbetalinger som ventet på den, kommer med i neste utbetalingskjøring.";
        return Redirect("/kreditor/utbetalinger");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Oversikt = await mediator.Send(new KreditorUtbetalinger.Query(), cancellationToken);
}
