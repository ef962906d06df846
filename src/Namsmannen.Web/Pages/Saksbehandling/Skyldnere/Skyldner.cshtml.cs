using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Skyldnere;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Saksbehandling.Skyldnere;

/// <summary>One debtor across all creditors: every case, samordning, the coordinated trekk with its kravkø, and the household.</summary>
public sealed class Skyldner(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RegistrerHusstand.Command Data { get; set; } = new();

    /// <summary>How letters reach the debtor: målform and a protected address (issue 18).</summary>
    [BindProperty]
    public RegistrerBrevopplysninger.Command Brev { get; set; } = new();

    /// <summary>The address as a caseworker corrects it after checking Folkeregisteret (issue 12, M2).</summary>
    [BindProperty]
    public RettAdresse.Command NyAdresse { get; set; } = new();

    public SkyldnerOversikt.Result Oversikt { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Brev = new() { Malform = Oversikt.Malform, FortroligAdresse = Oversikt.FortroligAdresse };
        NyAdresse = new() { Adresse = Oversikt.Registrert.Adresse, Postnummer = Oversikt.Registrert.Postnummer, Poststed = Oversikt.Registrert.Poststed };
        if (Oversikt.Husstand is { } h)
        {
            Data = new() { NettoInntektPerManed = h.NettoInntektPerManed, GiftEllerSamboer = h.GiftEllerSamboer, PartnerHarEgenInntekt = h.PartnerHarEgenInntekt, BarnAlder = h.BarnAlder, Boutgifter = h.Boutgifter, SarligeUtgifter = h.SarligeUtgifter };
        }
    }

    public async Task<IActionResult> OnPostHusstandAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        await mediator.Send(Data with { SkyldnerId = Id, PartnerHarEgenInntekt = Data.GiftEllerSamboer && Data.PartnerHarEgenInntekt, BarnAlder = Data.BarnAlder ?? string.Empty }, cancellationToken);
        TempData["Melding"] = "Husstand og inntekt er registrert. Trekkskjemaet på skyldnerens saker fylles ut med dem.";
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostBrevAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        await mediator.Send(Brev with { SkyldnerId = Id }, cancellationToken);
        TempData["Melding"] = Brev.FortroligAdresse
            ? "Brevopplysningene er registrert. Adressen skrives bare på brev til skyldneren."
            : "Brevopplysningene er registrert.";
        return RedirectToPage(new { id = Id });
    }

    [Skjemafelt("Adresse", "NyAdresse.Adresse")]
    [Skjemafelt("Postnummer", "NyAdresse.Postnummer")]
    [Skjemafelt("Poststed", "NyAdresse.Poststed")]
    public async Task<IActionResult> OnPostAdresseAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        await mediator.Send(NyAdresse with { SkyldnerId = Id }, cancellationToken);
        TempData["Melding"] = "Adressen er rettet. Brev som sendes fra nå av, går dit.";
        return RedirectToPage(new { id = Id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Oversikt = await mediator.Send(new SkyldnerOversikt.Query(Id), cancellationToken);
}
