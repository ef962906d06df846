using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Beregninger;

namespace Namsmannen.Web.Pages.Beregning;

/// <summary>The interest calculator: binds the query itself; a refused query comes back by its fields through the page filter.</summary>
public sealed class Forsinkelsesrente(IMediator mediator) : PageModel
{
    [BindProperty]
    public BeregnForsinkelsesrente.Query Data { get; set; } = new();

    public BeregnForsinkelsesrente.Result? Resultat { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            Resultat = await mediator.Send(Data, cancellationToken);
        }

        return Page();
    }
}
