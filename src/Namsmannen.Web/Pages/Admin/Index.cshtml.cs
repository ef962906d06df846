using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Satser;

namespace Namsmannen.Web.Pages.Admin;

/// <summary>The administrators' start page: users and rates, with what is missing or waits for them.</summary>
public sealed class Index(IMediator mediator) : PageModel
{
    public Satsoversikt.Result Satser { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Satser = await mediator.Send(new Satsoversikt.Query(), cancellationToken);
}
