using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Oppslag;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Admin;

/// <summary>
/// Who has looked up a debtor (issue 12, M8): an administrator gives the number by POST, so it is in no address or
/// browser history, and sees every search for it and every view of the debtor's page, newest first.
/// </summary>
public sealed class Oppslag(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty]
    public Oppslagslogg.Query Data { get; set; } = new();

    public Oppslagslogg.Result? Svar { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Svar = await mediator.Send(Data, cancellationToken);
        return Page();
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
