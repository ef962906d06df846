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
    public Skjema Data { get; set; } = new();

    public SkyldnerOversikt.Result Oversikt { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostHusstandAsync(CancellationToken cancellationToken)
    {
        var netto = Beregning.Skjema.Belop(ModelState, "Data.NettoInntektPerManed", Data.NettoInntektPerManed, "nettoinntekten", pakrevd: true);
        var bolig = Beregning.Skjema.Belop(ModelState, "Data.Boutgifter", Data.Boutgifter, "boutgiftene", pakrevd: false);
        var sarlige = Beregning.Skjema.Belop(ModelState, "Data.SarligeUtgifter", Data.SarligeUtgifter, "de særlige utgiftene", pakrevd: false);
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        await mediator.Send(new RegistrerHusstand.Command { SkyldnerId = Id, NettoInntektPerManed = netto, GiftEllerSamboer = Data.GiftEllerSamboer, PartnerHarEgenInntekt = Data.GiftEllerSamboer && Data.PartnerHarEgenInntekt, BarnAlder = Data.BarnAlder ?? string.Empty, Boutgifter = bolig, SarligeUtgifter = sarlige ?? 0m }, cancellationToken);
        TempData["Melding"] = "Husstand og inntekt er registrert. Trekkskjemaet på skyldnerens saker fylles ut med dem.";
        return RedirectToPage(new { id = Id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Oversikt = await mediator.Send(new SkyldnerOversikt.Query(Id), cancellationToken);

    public sealed class Skjema
    {
        public string? NettoInntektPerManed { get; set; }

        public bool GiftEllerSamboer { get; set; }

        public bool PartnerHarEgenInntekt { get; set; }

        public string? BarnAlder { get; set; }

        public string? Boutgifter { get; set; }

        public string? SarligeUtgifter { get; set; }
    }
}
