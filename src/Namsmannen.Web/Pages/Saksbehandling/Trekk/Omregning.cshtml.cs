using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Trekkordning;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Saksbehandling.Trekk;

/// <summary>The office's trekk that new livsoppholdssatser change: reviewed here, then released as new versions to the employers.</summary>
public sealed class Omregning(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    /// <summary>The caseworker's confirmation that the list is reviewed.</summary>
    [BindProperty]
    public bool Bekreftet { get; set; }

    public Trekkomregninger.Result Omregningene { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Bekreftet || Id is not { } id)
        {
            ModelState.AddModelError(nameof(Bekreftet), "Kryss av for at du har gått gjennom listen før den frigis.");
            await ReloadAsync(cancellationToken);
            return Page();
        }

        var r = await mediator.Send(new FrigiTrekkomregning.Command(id), cancellationToken);
        TempData["Melding"] = $"Listen er frigitt: {r.Endret} trekk har fått nytt beløp fra {Format.Dato(r.FraDato)}"
            + (r.Stoppet > 0 ? $", {r.Stoppet} er stanset fordi satsene ikke gir rom for trekk" : string.Empty)
            + (r.UtenEndring > 0 ? $", {r.UtenEndring} er ikke endret (se merknaden)" : string.Empty) + ". Arbeidsgiverne ser de nye versjonene ved neste henting.";
        return Redirect($"/saksbehandling/trekk/omregning?id={id}");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Omregningene = await mediator.Send(new Trekkomregninger.Query(Id), cancellationToken);
}
