using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Brevsending;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Parter;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>
/// The case page, read-only: what happens next and by when, with links to the pages of the actions the transition
/// table allows now; then parties, claim, tvangsgrunnlag, trekk, fordeling, registrations, attachments and timeline.
/// </summary>
public sealed class Sak(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public string Saksnummer { get; set; } = string.Empty;

    public SakDetaljer.Result Detaljer { get; private set; } = null!;

    /// <summary>The whole fødselsnummer, only right after the user asked to see it (and the view was logged).</summary>
    public string? FulltFodselsnummer { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    /// <summary>The case's letters (issue 18), each as sent and in the other målform.</summary>
    public IReadOnlyList<Brevliste.Rad> Brev { get; private set; } = [];

    /// <summary>A sent letter as accessible HTML, as sent or in <paramref name="malform"/>.</summary>
    public Task<IActionResult> OnGetBrevAsync(Guid id, Malform? malform, CancellationToken cancellationToken) =>
        Brevfiler.HtmlAsync(mediator, Saksnummer, id, malform, cancellationToken);

    /// <summary>A sent letter's PDF, as the recipient got it.</summary>
    public Task<IActionResult> OnGetBrevPdfAsync(Guid id, CancellationToken cancellationToken) =>
        Brevfiler.PdfAsync(mediator, Saksnummer, id, cancellationToken);

    public async Task<IActionResult> OnGetVedleggAsync(Guid id, CancellationToken cancellationToken)
    {
        var fil = await mediator.Send(new Application.Features.Portal.HentVedlegg.Query(Saksnummer, id), cancellationToken);
        return File(fil.Innhold, fil.Innholdstype, fil.Filnavn);
    }

    public async Task<IActionResult> OnPostVisFodselsnummerAsync(CancellationToken cancellationToken)
    {
        FulltFodselsnummer = await mediator.Send(new VisFodselsnummer.Command(Saksnummer), cancellationToken);
        await ReloadAsync(cancellationToken);
        return Page();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Detaljer = await mediator.Send(new SakDetaljer.Query(Saksnummer), cancellationToken);
        Brev = await mediator.Send(new Brevliste.Query(Saksnummer), cancellationToken);
    }
}
