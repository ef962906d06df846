using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Beregninger;

namespace Namsmannen.Web.Pages.Beregning;

public sealed class Kontroll(IMediator mediator) : PageModel
{
    [BindProperty]
    public Inndata Data { get; set; } = new();

    public KontrollerFodselsnummer.Result? Fodselsnummer { get; private set; }

    public KontrollerOrganisasjonsnummer.Result? Organisasjonsnummer { get; private set; }

    public KontrollerTvangskraft.Result? Tvangskraft { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostFodselsnummerAsync(CancellationToken cancellationToken) =>
        Fodselsnummer = await mediator.Send(new KontrollerFodselsnummer.Query(Data.Fodselsnummer), cancellationToken);

    public async Task OnPostOrganisasjonsnummerAsync(CancellationToken cancellationToken) =>
        Organisasjonsnummer = await mediator.Send(new KontrollerOrganisasjonsnummer.Query(Data.Organisasjonsnummer), cancellationToken);

    public async Task<IActionResult> OnPostTvangskraftAsync(CancellationToken cancellationToken)
    {
        if (Data.Dato is null && ModelState.GetFieldValidationState("Data.Dato") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError("Data.Dato", "Oppgi datoen for begjæringen.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Tvangskraft = await mediator.Send(
            new KontrollerTvangskraft.Query
            {
                Dato = Data.Dato,
                Grunnlag = new KontrollerTvangskraft.GrunnlagInn(Data.Type ?? string.Empty, Data.Forkynt, null, Data.Forfall),
                VarselSendt = Data.VarselSendt,
            },
            cancellationToken);
        return Page();
    }

    public sealed class Inndata
    {
        public string? Fodselsnummer { get; set; }

        public string? Organisasjonsnummer { get; set; }

        public string? Type { get; set; } = "skriftstykke";

        public DateOnly? Dato { get; set; }

        public DateOnly? Forkynt { get; set; }

        public DateOnly? Forfall { get; set; }

        public DateOnly? VarselSendt { get; set; }
    }
}
