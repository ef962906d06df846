using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Brukere;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Admin.Brukere;

/// <summary>The logins (issue 20): every user with role, office, status and last login, and a new user.</summary>
public sealed class Index(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty]
    public OpprettBruker.Command Data { get; set; } = new();

    public ListBrukere.Result Liste { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(Data, cancellationToken);
        TempData["Melding"] = $"Brukeren {result.Epost} er opprettet.";
        return RedirectToPage();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Liste = await mediator.Send(new ListBrukere.Query(), cancellationToken);
}
