using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Portal;

namespace Namsmannen.Web.Pages.Kreditor;

public sealed class Fordelinger(IMediator mediator) : PageModel
{
    public IReadOnlyList<KreditorFordelinger.Rad> Rader { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rader = await mediator.Send(new KreditorFordelinger.Query(), cancellationToken);
}
