using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Data.Utbetalinger;
using Namsmannen.Application.Features.Utbetalinger;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Saksbehandling.Utbetalinger;

/// <summary>One distribution run: its payouts and statements; a second supervisor approves it (then the pain.001 file can be fetched) or sends it back.</summary>
public sealed class Kjoring(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public long Nummer { get; set; }

    /// <summary>The approver's confirmation that recipients, accounts and amounts are checked.</summary>
    [BindProperty]
    public bool Bekreftet { get; set; }

    [BindProperty]
    public string? Begrunnelse { get; set; }

    public Utbetalingskjoringen.Result Kjoringen { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostGodkjennAsync(CancellationToken cancellationToken)
    {
        if (!Bekreftet)
        {
            ModelState.AddModelError(nameof(Bekreftet), "Kryss av for at du har kontrollert mottakere, kontonumre og beløp.");
            await ReloadAsync(cancellationToken);
            return Page();
        }

        var result = await mediator.Send(new AvgjorUtbetalingskjoring.Command { Nummer = Nummer, Godkjenn = true }, cancellationToken);
        TempData["Melding"] = $"Kjøring {result.Nummer} er godkjent: {result.Antall} utbetalinger på {Format.Kroner(result.Sum)}. Betalingsfilen (pain.001) kan lastes ned og sendes banken.";
        return Redirect($"/saksbehandling/utbetalinger/kjoringer/{Nummer}");
    }

    public async Task<IActionResult> OnPostSendTilbakeAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new AvgjorUtbetalingskjoring.Command { Nummer = Nummer, Godkjenn = false, Begrunnelse = Begrunnelse }, cancellationToken);
        TempData["Melding"] = $"Kjøring {result.Nummer} er sendt tilbake. Utbetalingene venter på en ny kjøring.";
        return Redirect($"/saksbehandling/utbetalinger/kjoringer/{Nummer}");
    }

    public async Task<IActionResult> OnGetFilAsync(CancellationToken cancellationToken)
    {
        var fil = await mediator.Send(new Utbetalingskjoringen.FilQuery(Nummer), cancellationToken);
        return fil is null ? NotFound() : File(fil, "application/xml", $"pain001-utbetalingskjoring-{Nummer}.xml");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Kjoringen = await mediator.Send(new Utbetalingskjoringen.Query(Nummer), cancellationToken);

    public static string Mottakertekst(Mottakertype type) => type switch
    {
        Mottakertype.Kreditor => "kreditor",
        Mottakertype.Skyldner => "skyldner, overskudd",
        Mottakertype.Betaler => "betaler, tilbakebetaling",
        Mottakertype.Staten => "føres internt",
        _ => "fordelingslinje",
    };
}
