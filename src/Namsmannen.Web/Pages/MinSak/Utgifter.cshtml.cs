using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Application.Features.Skyldnerportal;
using Namsmannen.Web.Hosting;
using Namsmannen.Web.Ressurser;

namespace Namsmannen.Web.Pages.MinSak;

/// <summary>
/// A guided form for a debtor with a running trekk: income, household, housing and special costs, starting from what the
/// trekk was decided on. «Beregn» shows what the trekk would be (the public calculator's rules, today's rates) before
/// anything is sent; «Send» sends the figures, what changed and the documents to the caseworker (<see cref="DokumenterTrekkgrunnlag"/>).
/// </summary>
public sealed class Utgifter(IMediator mediator, TimeProvider clock, IStringLocalizer<MinSakTekster> tekster) : PageModel, IReloadsAfterFailedPost, ISkjemafelter
{
    [BindProperty(SupportsGet = true)]
    public string Saksnummer { get; set; } = string.Empty;

    [BindProperty]
    public Skjema Data { get; set; } = new();

    /// <summary>The documents; errors about them are named <c>Data.Vedlegg</c>, the file field's id.</summary>
    [BindProperty]
    public List<IFormFile> Filer { get; set; } = [];

    public SkyldnerSak.Result Detaljer { get; private set; } = null!;

    /// <summary>The what-if result, after «Beregn».</summary>
    public BeregnUtleggstrekk.Result? Beregnet { get; private set; }

    public sealed class Skjema
    {
        public decimal? NettoInntektPerManed { get; set; }

        public string Sivilstand { get; set; } = BeregnUtleggstrekk.Enslig;

        public bool PartnerHarEgenInntekt { get; set; }

        /// <summary>The ages of the children living with the debtor, typed as «4, 9» (read by <see cref="NorskeVerdier"/>).</summary>
        public IReadOnlyList<int> BarnAlder { get; set; } = [];

        public decimal? Boutgifter { get; set; }

        public decimal SarligeUtgifter { get; set; }

        public string Endring { get; set; } = string.Empty;

        public uint? Versjon { get; set; }
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Detaljer = await mediator.Send(new SkyldnerSak.Query(Saksnummer), cancellationToken);
        Data.Versjon ??= Detaljer.Versjon;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        if (Detaljer.Trekket?.Grunnlag is { } g)
        {
            Data = new Skjema
            {
                NettoInntektPerManed = g.NettoInntektPerManed,
                Sivilstand = g.Sivilstand,
                PartnerHarEgenInntekt = g.PartnerHarEgenInntekt,
                BarnAlder = g.BarnAlder,
                Boutgifter = g.Boutgifter,
                SarligeUtgifter = g.SarligeUtgifter,
                Versjon = Detaljer.Versjon,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostBeregnAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        if (ModelState.IsValid)
        {
            Beregnet = await mediator.Send(Grunnlag(), cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var svar = await mediator.Send(new DokumenterTrekkgrunnlag.Command
        {
            Saksnummer = Saksnummer,
            Grunnlag = Grunnlag(),
            Endring = Data.Endring ?? string.Empty,
            Vedlegg = await Vedlegg.LesAsync(Filer, cancellationToken),
            Versjon = Data.Versjon,
        }, cancellationToken);
        TempData["Melding"] = tekster["Dokumentasjonen er sendt. Namsmannen vurderer trekket innen {0}, og du får svar i et brev.", Format.Dato(svar.Frist)].Value;
        return Redirect($"/min-sak/sak/{Uri.EscapeDataString(Saksnummer)}");
    }

    /// <summary>The command's figures (<c>Grunnlag.X</c>) stand on the form as <c>Data.X</c>.</summary>
    public string? Skjemafelt(string kommandofelt) =>
        kommandofelt.StartsWith("Grunnlag.", StringComparison.Ordinal) ? ValidationExceptionPageFilter.FormPrefix + kommandofelt["Grunnlag".Length..] : null;

    /// <summary>The calculator's input from the form, dated today, keeping the stored basis's samvær.</summary>
    private BeregnUtleggstrekk.Query Grunnlag() => new()
    {
        Dato = Oslotid.IDag(clock),
        NettoInntektPerManed = Data.NettoInntektPerManed,
        Sivilstand = Data.Sivilstand,
        PartnerHarEgenInntekt = Data.Sivilstand == BeregnUtleggstrekk.GiftEllerSamboer && Data.PartnerHarEgenInntekt,
        BarnAlder = Data.BarnAlder,
        Samvaer = Detaljer.Trekket?.Grunnlag?.Samvaer ?? [],
        Boutgifter = Data.Boutgifter,
        // Housing above the highest accepted is the caseworker's to accept with a reason, never the debtor's text.
        BoutgifterBegrunnelse = null,
        SarligeUtgifter = Data.SarligeUtgifter,
    };
}
