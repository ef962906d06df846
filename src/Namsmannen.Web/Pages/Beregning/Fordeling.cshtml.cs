using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Beregninger;

namespace Namsmannen.Web.Pages.Beregning;

public sealed class Fordeling(IMediator mediator, TimeProvider clock) : PageModel
{
    public const int Rader = 6;

    [BindProperty]
    public Inndata Data { get; set; } = new();

    public BeregnFordeling.Result? Resultat { get; private set; }

    public void OnGet() => Data.Dato = Application.Common.Oslotid.IDag(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var dato = Skjema.Dato(ModelState, "Data.Dato", Data.Dato, "datoen", pakrevd: true);
        var salgssum = Skjema.Belop(ModelState, "Data.Salgssum", Data.Salgssum, "salgssummen", pakrevd: true);
        var kostnader = Skjema.Belop(ModelState, "Data.Salgsomkostninger", Data.Salgsomkostninger, "salgsomkostningene", pakrevd: false);
        var heftelser = new List<BeregnFordeling.HeftelseInn>();
        var rader = new List<int>();
        for (var i = 0; i < Rader; i++)
        {
            var navn = Data.Navn.ElementAtOrDefault(i);
            if (string.IsNullOrWhiteSpace(navn))
            {
                continue;
            }

            var krav = Skjema.Belop(ModelState, $"Data.Krav[{i}]", Data.Krav.ElementAtOrDefault(i), $"kravet til {navn}", pakrevd: true);
            var prioritet = Skjema.Heltall(ModelState, $"Data.Prioritet[{i}]", Data.Prioritet.ElementAtOrDefault(i), "prioriteten") ?? 1;
            rader.Add(i);
            heftelser.Add(new(navn.Trim(), Data.Type.ElementAtOrDefault(i) ?? "pant", prioritet, krav ?? 0m, Data.Saksoker == i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            Resultat = await mediator.Send(new BeregnFordeling.Query { Dato = dato, Salgssum = salgssum, Salgsomkostninger = kostnader ?? 0m, Heftelser = heftelser }, cancellationToken);
        }
        catch (FluentValidation.ValidationException feil)
        {
            Skjema.LeggTilFeil(ModelState, feil, "Heftelser", rader, (felt, rad) => $"Data.{(felt == "Id" ? "Navn" : felt)}[{rad}]");
        }

        return Page();
    }

    public sealed class Inndata
    {
        public string? Dato { get; set; }

        public string? Salgssum { get; set; }

        public string? Salgsomkostninger { get; set; }

        public string?[] Navn { get; set; } = new string?[Rader];

        public string?[] Type { get; set; } = new string?[Rader];

        public string?[] Prioritet { get; set; } = new string?[Rader];

        public string?[] Krav { get; set; } = new string?[Rader];

        /// <summary>The row index of the saksøker's claim.</summary>
        public string? Saksoker { get; set; }
    }
}
