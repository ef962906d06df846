using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Data.Utboks;
using Namsmannen.Application.Features.Utsendinger;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Saksbehandling.Utsendinger;

/// <summary>The office's error list of the outbox: failed and retried notices to the registers, deletions not acknowledged, each sent again from here.</summary>
public sealed class Index(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    public IReadOnlyList<Utsendingsliste.Rad> Rader { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var r = await mediator.Send(new SendUtsendingPaNytt.Command(id), cancellationToken);
        TempData["Melding"] = $"{(r.Art switch { Utsendingsart.Sletting => "Slettemeldingen", Utsendingsart.Brev => "Brevet", _ => "Registreringen" })} i sak {r.Saksnummer} er lagt i kø og sendes innen ett minutt.";
        return Redirect("/saksbehandling/utsendinger");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Rader = await mediator.Send(new Utsendingsliste.Query(), cancellationToken);
}
