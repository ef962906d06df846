using MediatR;
using Microsoft.AspNetCore.Mvc;
using Namsmannen.Application.Features.Brevsending;
using Namsmannen.Domain.Parter;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// A case's sent letter as a page handler returns it, the same for the caseworker's case page and the creditor's
/// (each page's user sees only what <see cref="HentBrev"/> lets them): the HTML inline, as sent or in another målform,
/// and the PDF as a download.
/// </summary>
public static class Brevfiler
{
    public static async Task<IActionResult> HtmlAsync(IMediator mediator, string saksnummer, Guid id, Malform? malform, CancellationToken cancellationToken)
    {
        var brev = await mediator.Send(new HentBrev.Query(saksnummer, id, Pdf: false, malform), cancellationToken);
        return new FileContentResult(brev.Innhold, brev.Innholdstype);
    }

    public static async Task<IActionResult> PdfAsync(IMediator mediator, string saksnummer, Guid id, CancellationToken cancellationToken)
    {
        var brev = await mediator.Send(new HentBrev.Query(saksnummer, id, Pdf: true), cancellationToken);
        return new FileContentResult(brev.Innhold, brev.Innholdstype) { FileDownloadName = brev.Filnavn };
    }
}
