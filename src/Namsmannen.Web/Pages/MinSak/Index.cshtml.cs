using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Skyldnerportal;

namespace Namsmannen.Web.Pages.MinSak;

/// <summary>«Min sak»: every case against the logged-in debtor, open ones first.</summary>
public sealed class Index(IMediator mediator) : PageModel
{
    public IReadOnlyList<SkyldnerSaker.Rad> Saker { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Saker = await mediator.Send(new SkyldnerSaker.Query(), cancellationToken);
}
