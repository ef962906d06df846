using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Brukere;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Admin.Brukere;

/// <summary>
/// One login (issue 20): change its role and office, disable or enable it, reset its password, unlock it. Disabling and
/// resetting end the user's sessions, so each asks the administrator to confirm first.
/// </summary>
public sealed class Detaljer(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public string BrukerId { get; set; } = string.Empty;

    [BindProperty]
    public EndreBruker.Command Data { get; set; } = new();

    /// <summary>The administrator's confirmation of a step that ends the user's sessions.</summary>
    [BindProperty]
    public bool Bekreftet { get; set; }

    public Brukerdetaljer.Result Bruker { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Data = new EndreBruker.Command { BrukerId = Bruker.Id, Rolle = Bruker.Rolle, Kontor = Bruker.Kontor, KreditorId = Bruker.KreditorId };
    }

    public async Task<IActionResult> OnPostEndreAsync(CancellationToken cancellationToken)
    {
        var resultat = await mediator.Send(Data with { BrukerId = BrukerId }, cancellationToken);
        return Ferdig(resultat.Endret ? "Rollen og kontoret er endret. Brukeren må logge inn på nytt." : "Ingenting var endret.");
    }

    public async Task<IActionResult> OnPostDeaktiverAsync(CancellationToken cancellationToken)
    {
        if (!Bekreft("deaktivere brukeren", "BekreftDeaktivering"))
        {
            return await SidenAsync(cancellationToken);
        }

        var resultat = await mediator.Send(new DeaktiverBruker.Command(BrukerId), cancellationToken);
        return Ferdig($"{resultat.FulltNavn} er deaktivert. Alle innlogginger er avsluttet.");
    }

    public async Task<IActionResult> OnPostAktiverAsync(CancellationToken cancellationToken) =>
        Ferdig($"{(await mediator.Send(new AktiverBruker.Command(BrukerId), cancellationToken)).FulltNavn} er aktivert igjen.");

    public async Task<IActionResult> OnPostLasOppAsync(CancellationToken cancellationToken) =>
        Ferdig($"{(await mediator.Send(new LasOppBruker.Command(BrukerId), cancellationToken)).FulltNavn} er låst opp.");

    public async Task<IActionResult> OnPostNullstillAsync(CancellationToken cancellationToken)
    {
        if (!Bekreft("nullstille passordet", "BekreftNullstilling"))
        {
            return await SidenAsync(cancellationToken);
        }

        var resultat = await mediator.Send(new NullstillPassord.Command(BrukerId), cancellationToken);
        // Shown once, on the page the redirect leads to; never stored or logged.
        TempData["Engangspassord"] = resultat.Engangspassord;
        return Ferdig($"Passordet til {resultat.FulltNavn} er nullstilt. Gi brukeren engangspassordet på en trygg måte; brukeren må velge et nytt ved neste innlogging.");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Bruker = await mediator.Send(new Brukerdetaljer.Query(BrukerId), cancellationToken);

    private bool Bekreft(string hva, string felt)
    {
        if (!Bekreftet)
        {
            ModelState.AddModelError(felt, $"Kryss av for at du vil {hva}.");
        }

        return Bekreftet;
    }

    private async Task<IActionResult> SidenAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        return Page();
    }

    private RedirectToPageResult Ferdig(string melding)
    {
        TempData["Melding"] = melding;
        return RedirectToPage(new { id = BrukerId });
    }
}
