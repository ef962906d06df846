using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Satser;
using Namsmannen.Application.Satser;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Admin.Satser;

/// <summary>
/// One rate table: its rows, and a new row. «Se virkningen» shows what the row would change before it is proposed;
/// «Foreslå raden» sends it to a second administrator.
/// </summary>
public sealed class Tabell(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true, Name = "tabell")]
    public string Kode { get; set; } = string.Empty;

    [BindProperty]
    public ForeslaSatsrad.Command Data { get; set; } = new();

    public Satstabellbeskrivelse Beskrivelse { get; private set; } = null!;

    public Satsoversikt.Tabell Rader { get; private set; } = null!;

    /// <summary>The effect of the row in the form, once asked for.</summary>
    public Satsvirkning.Result? Virkning { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Satstabeller.Finn(Kode) is null)
        {
            return NotFound();
        }

        await ReloadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostVirkningAsync(CancellationToken cancellationToken)
    {
        Virkning = await mediator.Send(Satsvirkning.Query.Av(Data with { Tabell = Kode }), cancellationToken);
        return await OnGetAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostForeslaAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Data with { Tabell = Kode }, cancellationToken);
        TempData["Melding"] = "Raden er foreslått. Den gjelder når en annen administrator har bekreftet den.";
        return RedirectToPage(new { tabell = Kode });
    }

    public Task<IActionResult> OnPostBekreftAsync(long id, CancellationToken cancellationToken) =>
        Satsbehandling.BekreftAsync(this, mediator, id, cancellationToken);

    public Task<IActionResult> OnPostAvvisAsync(long id, CancellationToken cancellationToken) =>
        Satsbehandling.AvvisAsync(this, mediator, id, cancellationToken);

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Beskrivelse = Satstabeller.Finn(Kode) ?? throw new Application.Common.IkkeFunnetException("Satstabellen finnes ikke.");
        Rader = (await mediator.Send(new Satsoversikt.Query(Kode), cancellationToken)).Tabeller.Single();
    }
}
