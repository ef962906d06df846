using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Web.Pages.Beregning;

public sealed class Utleggstrekk(IMediator mediator, Satsbok satser, TimeProvider clock) : PageModel
{
    public const int SamvaersRader = 4;

    [BindProperty]
    public Inndata Data { get; set; } = new();

    public BeregnUtleggstrekk.Result? Resultat { get; private set; }

    public SatsRad<Livsoppholdssats>? Livsoppholdssatser { get; private set; }

    public SatsRad<Boutgiftsnorm>? Boutgiftsnorm { get; private set; }

    public void OnGet() => Data.Dato = Application.Common.Oslotid.IDag(clock);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (dato, netto, bolig, sarlige) = (Data.Dato, Data.NettoInntektPerManed, Data.Boutgifter, Data.SarligeUtgifter);
        var samvaer = new List<BeregnUtleggstrekk.SamvaersBarnInn>();
        var rader = new List<int>();
        for (var i = 0; i < SamvaersRader; i++)
        {
            if (Data.SamvaerAlder.ElementAtOrDefault(i) is { } alder)
            {
                samvaer.Add(new(alder, Data.SamvaerKlasse.ElementAtOrDefault(i) ?? 0));
                rader.Add(i);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            Resultat = await mediator.Send(Query(dato, netto, samvaer, bolig, sarlige), cancellationToken);
        }
        catch (FluentValidation.ValidationException feil)
        {
            Skjema.LeggTilFeil(ModelState, feil, "Samvaer", rader, (felt, rad) => $"Data.Samvaer{felt}[{rad}]");
            return Page();
        }

        Livsoppholdssatser = satser.Livsopphold.Finn(dato!.Value).Rad;
        Boutgiftsnorm = satser.Boutgiftsnorm.Finn(dato.Value).Rad;
        return Page();
    }

    private BeregnUtleggstrekk.Query Query(DateOnly? dato, decimal? netto, List<BeregnUtleggstrekk.SamvaersBarnInn> samvaer, decimal? bolig, decimal? sarlige) =>
            new BeregnUtleggstrekk.Query
            {
                Dato = dato,
                NettoInntektPerManed = netto,
                Sivilstand = Data.Sivilstand,
                PartnerHarEgenInntekt = Data.Sivilstand == BeregnUtleggstrekk.GiftEllerSamboer && Data.PartnerHarEgenInntekt,
                BarnAlder = Data.BarnAlder,
                Samvaer = samvaer,
                Boutgifter = bolig,
                BoutgifterBegrunnelse = Data.BoutgifterBegrunnelse,
                SarligeUtgifter = sarlige ?? 0m,
            };

    public sealed class Inndata
    {
        public DateOnly? Dato { get; set; }

        public decimal? NettoInntektPerManed { get; set; }

        public string Sivilstand { get; set; } = BeregnUtleggstrekk.Enslig;

        public bool PartnerHarEgenInntekt { get; set; }

        public IReadOnlyList<int> BarnAlder { get; set; } = [];

        public int?[] SamvaerAlder { get; set; } = new int?[SamvaersRader];

        public int?[] SamvaerKlasse { get; set; } = new int?[SamvaersRader];

        public decimal? Boutgifter { get; set; }

        public string? BoutgifterBegrunnelse { get; set; }

        public decimal? SarligeUtgifter { get; set; }
    }
}
