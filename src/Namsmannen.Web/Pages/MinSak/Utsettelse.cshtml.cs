using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Skyldnerportal;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.MinSak;

/// <summary>
/// The debtor asks for utsettelse. The page says first that only the creditor can grant it (seed 002); the request goes
/// to the creditor's status feed (<see cref="BeOmUtsettelse"/>).
/// </summary>
public sealed class Utsettelse(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public string Saksnummer { get; set; } = string.Empty;

    [BindProperty]
    public BeOmUtsettelse.Command Data { get; set; } = new();

    public SkyldnerSak.Result Detaljer { get; private set; } = null!;

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Detaljer = await mediator.Send(new SkyldnerSak.Query(Saksnummer), cancellationToken);
        Data = Data with { Versjon = Data.Versjon ?? Detaljer.Versjon };
    }

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        await mediator.Send(Data with { Saksnummer = Saksnummer }, cancellationToken);
        TempData["Melding"] = "Ønsket om utsettelse er sendt til kreditor. Kreditor avgjør det og gir namsmannen beskjed. Til da går saken videre som før.";
        return Redirect($"/min-sak/sak/{Uri.EscapeDataString(Saksnummer)}");
    }
}
