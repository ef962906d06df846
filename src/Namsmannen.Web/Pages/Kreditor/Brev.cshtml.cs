using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Kreditor;

/// <summary>How namsmannen's letters reach the creditor: the målform they are written in, and the address printed on them (issue 18).</summary>
public sealed class Brev(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty]
    public SettBrevmottak.Command Data { get; set; } = new();

    public KreditorBrevmottak.Result Mottak { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Data = new() { Malform = Mottak.Malform, Adresse = Mottak.Adresse, Postnummer = Mottak.Postnummer, Poststed = Mottak.Poststed };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        await mediator.Send(Data, cancellationToken);
        TempData["Melding"] = "Brevinnstillingene er lagret. Brev som sendes fra nå av, følger dem.";
        return Redirect("/kreditor/brev");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Mottak = await mediator.Send(new KreditorBrevmottak.Query(), cancellationToken);
}
