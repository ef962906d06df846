using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Saksbehandling;

public sealed class Index(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public Arbeidsliste.Query Data { get; set; } = new();

    public Arbeidsliste.Result Liste { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Liste = await mediator.Send(Data, cancellationToken);

    public async Task<IActionResult> OnPostTaAsync(string saksnummer, uint versjon, CancellationToken cancellationToken)
    {
        await mediator.Send(new TildelSak.Command { Saksnummer = saksnummer, Versjon = versjon }, cancellationToken);
        TempData["Melding"] = $"Du har tatt sak {saksnummer}.";
        return RedirectToPage(new { Data.Visning });
    }

    /// <summary>After a refused search or a lost race for a case, show the queue without the search.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Liste = await mediator.Send(Data with { Sok = null, EtterMottatt = null, EtterSaksnummer = null }, cancellationToken);
}
