using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Skyldnere;

namespace Namsmannen.Web.Pages.Saksbehandling.Skyldnere;

/// <summary>One debtor across all creditors: every case, samordning, and the coordinated trekk with its kravkø.</summary>
public sealed class Skyldner(IMediator mediator) : PageModel
{
    public SkyldnerOversikt.Result Oversikt { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Oversikt = await mediator.Send(new SkyldnerOversikt.Query(id), cancellationToken);
}
