using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Beregninger;

namespace Namsmannen.Web.Pages.Beregning;

/// <summary>How much of a bank deposit the debtor keeps: two months of the household's livsopphold (dekningsloven § 2-6).</summary>
public sealed class BeslagsfrittInnskudd(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty]
    public Inndata Data { get; set; } = new();

    public BeregnBeslagsfrittInnskudd.Result? Resultat { get; private set; }

    public void OnGet() => Data.Dato = Application.Common.Oslotid.IDag(clock);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var dato = Data.Dato;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            Resultat = await mediator.Send(new BeregnBeslagsfrittInnskudd.Query
            {
                Dato = dato,
                Sivilstand = Data.Sivilstand,
                PartnerHarEgenInntekt = Data.Sivilstand == BeregnUtleggstrekk.GiftEllerSamboer && Data.PartnerHarEgenInntekt,
                BarnAlder = Data.BarnAlder,
            }, cancellationToken);
        }
        catch (FluentValidation.ValidationException feil)
        {
            Skjema.LeggTilFeil(ModelState, feil, "BarnAlder", [], (_, _) => "Data.BarnAlder");
        }

        return Page();
    }

    public sealed class Inndata
    {
        public DateOnly? Dato { get; set; }

        public string Sivilstand { get; set; } = BeregnUtleggstrekk.Enslig;

        public bool PartnerHarEgenInntekt { get; set; }

        public IReadOnlyList<int> BarnAlder { get; set; } = [];
    }
}
