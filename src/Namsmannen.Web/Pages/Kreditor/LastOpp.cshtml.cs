using System.Text;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Begjaringer;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Kreditor;

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
        if (fil is null || fil.Length == 0)
        {
            throw new ValidationException([new ValidationFailure("Fil", "Velg en CSV-fil.")]);
        }

        if (fil.Length > LastOppCsv.MaksBytes)
        {
            throw new ValidationException([new ValidationFailure("Fil", "Filen er større enn 20 MB. Del den opp.")]);
        }

        using var buffer = new MemoryStream();
        await fil.CopyToAsync(buffer, cancellationToken);
        var result = await mediator.Send(new LastOppCsv.Command(fil.FileName, buffer.ToArray()), cancellationToken);
        CsvArbeider.Vekk();
        return Redirect($"/kreditor/innsendinger/{result.InnsendingId}");
    }
}
