using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Application.Features.Skyldnerportal;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.MinSak;

/// <summary>
/// A guided form for a debtor with a running trekk: income, household, housing and special costs, starting from what the
/// trekk was decided on. «Beregn» shows what the trekk would be (the public calculator's rules, today's rates) before
/// anything is sent; «Send» sends the figures, what changed and the documents to the caseworker (<see cref="DokumenterTrekkgrunnlag"/>).
/// </summary>
public sealed class Utgifter(IMediator mediator, TimeProvider clock) : PageModel, IReloadsAfterFailedPost
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

        /// <summary>The ages of the children living with the debtor, separated by commas.</summary>
        public string BarnAlder { get; set; } = string.Empty;

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
                BarnAlder = string.Join(", ", g.BarnAlder),
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
        if (Grunnlag() is { } grunnlag && ModelState.IsValid)
        {
            Beregnet = await mediator.Send(grunnlag, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        if (Grunnlag() is not { } grunnlag || !ModelState.IsValid)
        {
            return Page();
        }

        // The calculator's rules first: they name the figures' fields as the form does.
        Beregnet = await mediator.Send(grunnlag, cancellationToken);

        var filer = new List<Fil>();
        foreach (var fil in Filer.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
        {
            // A file over the limit is refused by its size without being read.
            if (fil.Length > Vedleggsregler.MaksBytes)
            {
                filer.Add(new Fil(fil.FileName, fil.ContentType, []) { Storrelse = fil.Length });
                continue;
            }

            using var innhold = new MemoryStream();
            await fil.CopyToAsync(innhold, cancellationToken);
            filer.Add(new Fil(fil.FileName, fil.ContentType, innhold.ToArray()));
        }

        var svar = await mediator.Send(new DokumenterTrekkgrunnlag.Command
        {
            Saksnummer = Saksnummer,
            Grunnlag = grunnlag,
            Endring = Data.Endring ?? string.Empty,
            Vedlegg = filer,
            Versjon = Data.Versjon,
        }, cancellationToken);
        TempData["Melding"] = Hosting.Sprak.ErNynorsk
            ? $"Dokumentasjonen er send. Namsmannen vurderer trekket innan {Format.Dato(svar.Frist)}, og du får svar i eit brev."
            : $"Dokumentasjonen er sendt. Namsmannen vurderer trekket innen {Format.Dato(svar.Frist)}, og du får svar i et brev.";
        return Redirect($"/min-sak/sak/{Uri.EscapeDataString(Saksnummer)}");
    }

    /// <summary>The calculator's input from the form, dated today, keeping the stored basis's samvær; null when the children's ages cannot be read.</summary>
    private BeregnUtleggstrekk.Query? Grunnlag()
    {
        var barn = new List<int>();
        // An empty field binds as null.
        foreach (var del in (Data.BarnAlder ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(del, NumberStyles.None, CultureInfo.InvariantCulture, out var alder))
            {
                ModelState.AddModelError("Data.BarnAlder", "Skriv barnas alder som tall skilt med komma, for eksempel 4, 9.");
                return null;
            }

            barn.Add(alder);
        }

        return new BeregnUtleggstrekk.Query
        {
            Dato = Oslotid.IDag(clock),
            NettoInntektPerManed = Data.NettoInntektPerManed,
            Sivilstand = Data.Sivilstand,
            PartnerHarEgenInntekt = Data.Sivilstand == BeregnUtleggstrekk.GiftEllerSamboer && Data.PartnerHarEgenInntekt,
            BarnAlder = barn,
            Samvaer = Detaljer?.Trekket?.Grunnlag?.Samvaer ?? [],
            Boutgifter = Data.Boutgifter,
            // Housing above the highest accepted is the caseworker's to accept with a reason, never the debtor's text.
            BoutgifterBegrunnelse = null,
            SarligeUtgifter = Data.SarligeUtgifter,
        };
    }
}
