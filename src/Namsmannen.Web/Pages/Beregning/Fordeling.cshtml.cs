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

    public void OnGet() => Data.Dato = Application.Common.Oslotid.IDag(clock);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (dato, salgssum, kostnader) = (Data.Dato, Data.Salgssum, Data.Salgsomkostninger);
        var heftelser = new List<BeregnFordeling.HeftelseInn>();
        var rader = new List<int>();
        for (var i = 0; i < Rader; i++)
        {
            var navn = Data.Navn.ElementAtOrDefault(i);
            if (string.IsNullOrWhiteSpace(navn))
            {
                continue;
            }

            // A named row is a claim: its amount is the one field the form cannot leave to a default.
            var krav = Data.Krav.ElementAtOrDefault(i);
            if (krav is null && ModelState.GetFieldValidationState($"Data.Krav[{i}]") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            {
                ModelState.AddModelError($"Data.Krav[{i}]", $"Oppgi kravet til {navn.Trim()}.");
            }

            rader.Add(i);
            heftelser.Add(new(navn.Trim(), Data.Type.ElementAtOrDefault(i) ?? "pant", Data.Prioritet.ElementAtOrDefault(i) ?? 1, krav ?? 0m, Data.Saksoker == i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
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
        public DateOnly? Dato { get; set; }

        public decimal? Salgssum { get; set; }

        public decimal? Salgsomkostninger { get; set; }

        public string?[] Navn { get; set; } = new string?[Rader];

        public string?[] Type { get; set; } = new string?[Rader];

        public int?[] Prioritet { get; set; } = new int?[Rader];

        public decimal?[] Krav { get; set; } = new decimal?[Rader];

        /// <summary>The row index of the saksøker's claim.</summary>
        public string? Saksoker { get; set; }
    }
}
