using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Begjaringer;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Kreditor;

/// <summary>One begjæring through a form, with attachments. Same reader, same rules, same messages as the API.</summary>
public sealed class NyBegjaring(IMediator mediator) : PageModel
{
    [BindProperty]
    public Begjaringsrad Data { get; set; } = new() { Type = "utlegg" };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> vedlegg, CancellationToken cancellationToken)
    {
        var filer = await Vedlegg.LesAsync(vedlegg, cancellationToken);
        var result = await mediator.Send(new SendBegjaring.Command(Data, filer), cancellationToken);
        TempData["Melding"] = $"Begjæringen er mottatt og har fått saksnummer {result.Saksnummer}.";
        return Redirect($"/kreditor/saker/{result.Saksnummer}");
    }
}
