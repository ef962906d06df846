using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Saker;

namespace Namsmannen.Web.Pages.Leder;

public sealed class Index(IMediator mediator) : PageModel
{
    public Stadiumoversikt.Result Oversikt { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Oversikt = await mediator.Send(new Stadiumoversikt.Query(), cancellationToken);
}
