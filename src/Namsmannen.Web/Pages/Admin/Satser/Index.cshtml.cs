using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Satser;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Admin.Satser;

/// <summary>The rate tables (issue 20): each table's state today, and the proposals a second administrator confirms or rejects.</summary>
public sealed class Index(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    public Satsoversikt.Result Oversikt { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Oversikt = await mediator.Send(new Satsoversikt.Query(), cancellationToken);

    public Task<IActionResult> OnPostBekreftAsync(long id, CancellationToken cancellationToken) =>
        Satsbehandling.BekreftAsync(this, mediator, id, cancellationToken);

    public Task<IActionResult> OnPostAvvisAsync(long id, CancellationToken cancellationToken) =>
        Satsbehandling.AvvisAsync(this, mediator, id, cancellationToken);

    public Task ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);
}

/// <summary>Confirming and rejecting a proposal, the same from the overview and from a table's page.</summary>
internal static class Satsbehandling
{
    public static async Task<IActionResult> BekreftAsync(PageModel side, IMediator mediator, long id, CancellationToken cancellationToken)
    {
        var resultat = await mediator.Send(new BekreftSatsrad.Command(id), cancellationToken);
        side.TempData["Melding"] = resultat.Erstattet is null
            ? "Raden er bekreftet og gjelder fra datoen sin."
            : "Raden er bekreftet og erstatter raden som gjaldt fra samme dato.";
        return side.RedirectToPage();
    }

    public static async Task<IActionResult> AvvisAsync(PageModel side, IMediator mediator, long id, CancellationToken cancellationToken)
    {
        var resultat = await mediator.Send(new AvvisSatsrad.Command(id), cancellationToken);
        side.TempData["Melding"] = resultat.Trukket ? "Forslaget er trukket." : "Forslaget er avvist.";
        return side.RedirectToPage();
    }
}
