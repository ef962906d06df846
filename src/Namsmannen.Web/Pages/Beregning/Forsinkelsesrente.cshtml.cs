using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Beregninger;

namespace Namsmannen.Web.Pages.Beregning;

public sealed class Forsinkelsesrente(IMediator mediator) : PageModel
{
    [BindProperty]
    public Inndata Data { get; set; } = new();

    public BeregnForsinkelsesrente.Result? Resultat { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var hovedstol = Skjema.Belop(ModelState, "Data.Hovedstol", Data.Hovedstol, "hovedstolen", pakrevd: true);
        var fra = Skjema.Dato(ModelState, "Data.Fra", Data.Fra, "fra-datoen", pakrevd: true);
        var til = Skjema.Dato(ModelState, "Data.Til", Data.Til, "til-datoen", pakrevd: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Resultat = await mediator.Send(new BeregnForsinkelsesrente.Query { Hovedstol = hovedstol, Fra = fra, Til = til }, cancellationToken);
        return Page();
    }

    public sealed class Inndata
    {
        public string? Hovedstol { get; set; }

        public string? Fra { get; set; }

        public string? Til { get; set; }
    }
}
