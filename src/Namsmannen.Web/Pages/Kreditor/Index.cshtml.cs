using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Kreditor;

public sealed class Index(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public MineSaker.Query Data { get; set; } = new();

    public MineSaker.Result Resultat { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Resultat = await mediator.Send(Data, cancellationToken);

    /// <summary>After a refused search, show the first page without it.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Resultat = await mediator.Send(new MineSaker.Query(), cancellationToken);
}
