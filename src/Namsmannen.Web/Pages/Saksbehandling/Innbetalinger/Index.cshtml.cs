using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Innbetalinger;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Saksbehandling.Innbetalinger;

/// <summary>Payments to namsmannen's account: upload the bank's camt.054 file, see what each line became, and the suspense queue.</summary>
public sealed class Index(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty]
    public IFormFile? Fil { get; set; }

    public LesInnbetalingsfil.Result? Resultat { get; private set; }

    public Uavklarte.Result Uavklart { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Fil is null || Fil.Length == 0)
        {
            ModelState.AddModelError(nameof(Fil), "Velg en camt.054-fil.");
        }
        else if (Fil.Length > LesInnbetalingsfil.StorsteFil)
        {
            ModelState.AddModelError(nameof(Fil), "Filen kan være høyst 20 MB.");
        }

        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        using var innhold = new MemoryStream();
        await Fil!.CopyToAsync(innhold, cancellationToken);
        Resultat = await mediator.Send(new LesInnbetalingsfil.Command(Fil.FileName, innhold.ToArray()), cancellationToken);
        await ReloadAsync(cancellationToken);
        return Page();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Uavklart = await mediator.Send(new Uavklarte.Query(), cancellationToken);
}
