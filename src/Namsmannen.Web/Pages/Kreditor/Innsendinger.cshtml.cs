using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal = Namsmannen.Application.Features.Portal;

namespace Namsmannen.Web.Pages.Kreditor;

public sealed class Innsendinger(IMediator mediator) : PageModel
{
    public IReadOnlyList<Portal.Innsendinger.Rad> Rader { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rader = await mediator.Send(new Portal.Innsendinger.Query(), cancellationToken);
}
