using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Saker;

namespace Namsmannen.Web.Pages.Kreditor;

public sealed class Index(IMediator mediator) : PageModel
{
    public KreditorOversikt.Result Oversikt { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Oversikt = await mediator.Send(new KreditorOversikt.Query(), cancellationToken);
}
