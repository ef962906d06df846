using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Skyldnerportal;
using Namsmannen.Domain.Parter;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.MinSak;

/// <summary>One case as its debtor sees it (<see cref="SkyldnerSak"/>), with the debtor's letters as HTML and PDF.</summary>
public sealed class Sak(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Saksnummer { get; set; } = string.Empty;

    public SkyldnerSak.Result Detaljer { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Detaljer = await mediator.Send(new SkyldnerSak.Query(Saksnummer), cancellationToken);

    /// <summary>A letter to the debtor as accessible HTML, in the målform the page is read in.</summary>
    public Task<IActionResult> OnGetBrevAsync(Guid id, CancellationToken cancellationToken) =>
        Brevfiler.HtmlAsync(mediator, Saksnummer, id, Hosting.Sprak.ErNynorsk ? Malform.Nynorsk : Malform.Bokmal, cancellationToken);

    /// <summary>A document the debtor sent on the case.</summary>
    public async Task<IActionResult> OnGetDokumentAsync(Guid id, CancellationToken cancellationToken)
    {
        var fil = await mediator.Send(new Application.Features.Portal.HentVedlegg.Query(Saksnummer, id), cancellationToken);
        return File(fil.Innhold, fil.Innholdstype, fil.Filnavn);
    }

    /// <summary>A letter's PDF, as the debtor got it.</summary>
    public Task<IActionResult> OnGetBrevPdfAsync(Guid id, CancellationToken cancellationToken) =>
        Brevfiler.PdfAsync(mediator, Saksnummer, id, cancellationToken);
}
