using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling;

public sealed class Index(IMediator mediator) : PageModel
{
    public Arbeidsliste.Result Liste { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Liste = await mediator.Send(new Arbeidsliste.Query(), cancellationToken);
}
