using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>The payout statement per recipient, once a supervisor has approved the fordeling.</summary>
public sealed class Utbetaling(IMediator mediator) : PageModel
{
    public SakDetaljer.Result Detaljer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string saksnummer, CancellationToken cancellationToken)
    {
        Detaljer = await mediator.Send(new SakDetaljer.Query(saksnummer), cancellationToken);
        return Detaljer.Fordeling is { GodkjentAv: not null } ? Page() : NotFound();
    }
}
