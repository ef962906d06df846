using System.Text;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Begjaringer;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Kreditor;

/// <summary>
/// The CSV upload. At most two uploads in progress per creditor, and the multipart limit of every form
/// (<see cref="Tegnvakt.MaksMultipart"/>, 30 MB) on the body (issue 12, H3): a burst of parallel 20 MB uploads cannot
/// exhaust the server's memory, and the file is parsed as a stream.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(ApiGrenser.Opplasting)]
public sealed class LastOpp(IMediator mediator) : PageModel
{
    /// <summary>Only for the error keys: the form's fields are prefixed like every other form's.</summary>
    public object? Data { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetMal() => File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CsvFormat.Mal)).ToArray(), "text/csv; charset=utf-8", "begjaringer-mal.csv");

    public async Task<IActionResult> OnPostAsync(IFormFile? fil, CancellationToken cancellationToken)
    {
        // The command checks the file; one that is missing or too large is passed unread, with only its size.
        LastOppCsv.Command command;
        if (fil is null || fil.Length == 0 || fil.Length > LastOppCsv.MaksBytes)
        {
            command = new LastOppCsv.Command(fil?.FileName ?? string.Empty, []) { Storrelse = fil?.Length ?? 0 };
        }
        else
        {
            using var buffer = new MemoryStream();
            await fil.CopyToAsync(buffer, cancellationToken);
            command = new LastOppCsv.Command(fil.FileName, buffer.ToArray());
        }

        var result = await mediator.Send(command, cancellationToken);
        CsvArbeider.Vekk();
        return Redirect($"/kreditor/innsendinger/{result.InnsendingId}");
    }
}
