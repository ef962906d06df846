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
        var dato = Skjema.Dato(ModelState, "Data.Dato", Data.Dato, "datoen for begjæringen", pakrevd: true);
        var forkynt = Skjema.Dato(ModelState, "Data.Forkynt", Data.Forkynt, "forkynnelsesdatoen", pakrevd: false);
        var forfall = Skjema.Dato(ModelState, "Data.Forfall", Data.Forfall, "forfallsdatoen", pakrevd: false);
        var varsel = Skjema.Dato(ModelState, "Data.VarselSendt", Data.VarselSendt, "datoen varselet ble sendt", pakrevd: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Tvangskraft = await mediator.Send(
            new KontrollerTvangskraft.Query
            {
                Dato = dato,
                Grunnlag = new KontrollerTvangskraft.GrunnlagInn(Data.Type ?? string.Empty, forkynt, null, forfall),
                VarselSendt = varsel,
            },
            cancellationToken);
        return Page();
    }

    public sealed class Inndata
    {
        public string? Fodselsnummer { get; set; }

        public string? Organisasjonsnummer { get; set; }

        public string? Type { get; set; } = "skriftstykke";

        public string? Dato { get; set; }

        public string? Forkynt { get; set; }

        public string? Forfall { get; set; }

        public string? VarselSendt { get; set; }
    }
}
