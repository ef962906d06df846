using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Beregninger;

namespace Namsmannen.Web.Pages.Beregning;

/// <summary>The court fee of a step on a day: binds the query itself; a refused query comes back by its fields.</summary>
public sealed class Rettsgebyr(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty]
    public BeregnRettsgebyr.Query Data { get; set; } = new();

    public BeregnRettsgebyr.Result? Resultat { get; private set; }

    public void OnGet() => Data = new() { Steg = "utlegg", Dato = Application.Common.Oslotid.IDag(clock) };

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            Resultat = await mediator.Send(Data, cancellationToken);
        }

        return Page();
    }
}
