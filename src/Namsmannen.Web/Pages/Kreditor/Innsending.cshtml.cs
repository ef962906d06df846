using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Begjaringer;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Web.Hosting;
using Data = Namsmannen.Application.Data.Portal;

namespace Namsmannen.Web.Pages.Kreditor;

/// <summary>One submission: progress while a CSV file is processed, the counts, the refused rows and the result file.</summary>
public sealed class Innsending(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public InnsendingMedKvitteringer.Result Resultat { get; private set; } = null!;

    public static string Kanalnavn(string kanal) => kanal switch
    {
        Data.Innsending.Api => "API-forespørsel",
        Data.Innsending.Csv => "CSV-fil",
        _ => "Skjema",
    };

    public static string Statusnavn(string status) => status switch
    {
        Data.Innsending.Venter => "Venter på behandling",
        Data.Innsending.Behandles => "Behandles",
        Data.Innsending.Ferdig => "Ferdig",
        _ => "Stoppet",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Resultat = await mediator.Send(new InnsendingMedKvitteringer.Query(Id), cancellationToken);

    /// <summary>For the progress script: the counts as JSON.</summary>
    public async Task<IActionResult> OnGetStatusAsync(CancellationToken cancellationToken)
    {
        var i = (await mediator.Send(new InnsendingMedKvitteringer.Query(Id), cancellationToken)).Innsending;
        return new JsonResult(new
        {
            status = Statusnavn(i.Status),
            ferdig = i.Status is Data.Innsending.Ferdig or Data.Innsending.Feilet,
            behandlet = i.Behandlet,
            antall = i.AntallRader,
            framdrift = $"{Format.Antall(i.Behandlet)} av {Format.Antall(i.AntallRader)}",
            telling = $"Mottatt {Format.Antall(i.Mottatt)}, avvist {Format.Antall(i.Avvist)}, duplikat {Format.Antall(i.Duplikat)}.",
        });
    }

    public async Task<IActionResult> OnGetResultatAsync(CancellationToken cancellationToken)
    {
        var resultat = await mediator.Send(new InnsendingMedKvitteringer.Query(Id), cancellationToken);
        var navn = resultat.Innsending.Filnavn is { } f ? Path.GetFileNameWithoutExtension(f) + "-resultat.csv" : $"innsending-{Id:N}-resultat.csv";
        return File(CsvFormat.Resultatfil(resultat.Kvitteringer), "text/csv; charset=utf-8", navn);
    }
}
