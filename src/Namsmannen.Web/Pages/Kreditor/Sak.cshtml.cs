using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Brevsending;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Kreditor;

/// <summary>
/// The case as its creditor may see it, with the creditor's amendments: report a direct payment, reduce the claim,
/// ask for utsettelse, withdraw (confirmed), and attach documents. Each sends the same command the API sends.
/// </summary>
public sealed class Sak(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public string Saksnummer { get; set; } = string.Empty;

    [BindProperty]
    public Skjema Data { get; set; } = new();

    public KreditorSak.Result Detaljer { get; private set; } = null!;

    /// <summary>The case's ledger: what is owed today by component and every entry (issue 16).</summary>
    public KreditorKontoutskrift.Result Konto { get; private set; } = null!;

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
        var fil = await mediator.Send(new HentVedlegg.Query(Saksnummer, id), cancellationToken);
        return File(fil.Innhold, "application/pdf", fil.Filnavn);
    }

    public async Task<IActionResult> OnPostBetalingAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await VisIgjenAsync(cancellationToken);
        }

        var result = await mediator.Send(new RegistrerBetaling.Command { Saksnummer = Saksnummer, Belop = Data.Belop, Dato = Data.Dato, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = result.Stadium == Saksstadium.Avsluttet
            ? "Betalingen er meldt. Hele kravet er betalt, saken er avsluttet, og alle steg som ventet er stanset."
            : $"Betalingen er meldt. Utestående: {Format.Kroner(result.Utestaende)}.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    public async Task<IActionResult> OnPostReduserAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await VisIgjenAsync(cancellationToken);
        }

        var result = await mediator.Send(new ReduserKrav.Command { Saksnummer = Saksnummer, Hovedstol = Data.Hovedstol, Renter = Data.Renter, Omkostninger = Data.Omkostninger, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = $"Kravet er redusert til {Format.Kroner(result.Krav)}. Utestående: {Format.Kroner(result.Utestaende)}.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    [Skjemafelt("Til", "Data.Til")]
    [Skjemafelt("Bekreftet", "Data.UtsettBekreftet")]
    public async Task<IActionResult> OnPostUtsettAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await VisIgjenAsync(cancellationToken);
        }

        await mediator.Send(new UtsettSak.Command { Saksnummer = Saksnummer, Til = Data.Til, Begrunnelse = Data.UtsettBegrunnelse, Bekreftet = Data.UtsettBekreftet, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = $"Saken er utsatt til {Format.Dato(Data.Til!.Value)}.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    public async Task<IActionResult> OnPostTrekkAsync(CancellationToken cancellationToken)
    {
        if (!Data.Bekreftet)
        {
            ModelState.AddModelError("Data.Bekreftet", "Kryss av for å bekrefte at begjæringen skal trekkes. Det kan ikke angres.");
            return await VisIgjenAsync(cancellationToken);
        }

        await mediator.Send(new TrekkBegjaring.Command { Saksnummer = Saksnummer, Begrunnelse = Data.TrekkBegrunnelse, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = "Begjæringen er trukket. Saken er avsluttet, og alle steg som ventet er stanset.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    public async Task<IActionResult> OnPostVedleggAsync(List<IFormFile> filer, CancellationToken cancellationToken)
    {
        var vedlegg = await Vedlegg.LesAsync(filer, cancellationToken);
        var result = await mediator.Send(new LastOppVedlegg.Command(Saksnummer, vedlegg), cancellationToken);
        TempData["Melding"] = result.Antall == 1 ? "Vedlegget er lastet opp." : $"{result.Antall} vedlegg er lastet opp.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Detaljer = await mediator.Send(new KreditorSak.Query(Saksnummer), cancellationToken);
        Konto = await mediator.Send(new KreditorKontoutskrift.Query(Saksnummer), cancellationToken);
        Brev = await mediator.Send(new Brevliste.Query(Saksnummer), cancellationToken);
    }

    private async Task<IActionResult> VisIgjenAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        return Page();
    }

    public sealed class Skjema
    {
        public uint? Versjon { get; set; }

        public decimal? Belop { get; set; }

        public DateOnly? Dato { get; set; }

        public decimal? Hovedstol { get; set; }

        public decimal? Renter { get; set; }

        public decimal? Omkostninger { get; set; }

        public DateOnly? Til { get; set; }

        public string? UtsettBegrunnelse { get; set; }

        public string? TrekkBegrunnelse { get; set; }

        public bool Bekreftet { get; set; }

        public bool UtsettBekreftet { get; set; }
    }
}
