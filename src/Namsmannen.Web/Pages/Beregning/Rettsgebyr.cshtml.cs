using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Beregninger;

namespace Namsmannen.Web.Pages.Beregning;

public sealed class Rettsgebyr(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty]
    public Inndata Data { get; set; } = new();

    public BeregnRettsgebyr.Result? Resultat { get; private set; }

    public void OnGet() => Data.Dato = Application.Common.Oslotid.IDag(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var dato = Skjema.Dato(ModelState, "Data.Dato", Data.Dato, "datoen", pakrevd: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Resultat = await mediator.Send(new BeregnRettsgebyr.Query { Steg = Data.Steg ?? string.Empty, Dato = dato }, cancellationToken);
        return Page();
    }

    public sealed class Inndata
    {
        public string? Steg { get; set; } = "utlegg";

        public string? Dato { get; set; }
    }
}
