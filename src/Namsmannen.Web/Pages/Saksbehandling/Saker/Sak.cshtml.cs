using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>The case page: parties, claim, stage, the actions the law allows now, and the timeline.</summary>
public sealed class Sak(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public string Saksnummer { get; set; } = string.Empty;

    [BindProperty]
    public Skjema Data { get; set; } = new();

    public SakDetaljer.Result Detaljer { get; private set; } = null!;

    /// <summary>The whole fødselsnummer, only right after the user asked to see it (and the view was logged).</summary>
    public string? FulltFodselsnummer { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    /// <summary>Actions that close or reject a case ask the user to confirm, since they cannot be undone here.</summary>
    public static readonly IReadOnlySet<Handling> KreverBekreftelse = new HashSet<Handling>
    {
        Handling.AvvisBegjaring, Handling.Henlegg, Handling.TrekkTilbake, Handling.Avslutt, Handling.AvsluttUtenSalg,
    };

    /// <summary>Actions whose reason is required by the domain (the form says so up front).</summary>
    public static readonly IReadOnlySet<Handling> KreverBegrunnelse = new HashSet<Handling>
    {
        Handling.AvvisBegjaring, Handling.Henlegg, Handling.SuspenderForDatafeil, Handling.AvgjorKlage,
    };

    public async Task<IActionResult> OnPostHandlingAsync(CancellationToken cancellationToken)
    {
        if (KreverBekreftelse.Contains(Data.Handling) && !Data.Bekreftet)
        {
            ModelState.AddModelError(string.Empty, $"Kryss av for å bekrefte «{Data.Handling.Navn().ToLowerInvariant()}». Det kan ikke angres her.");
            await ReloadAsync(cancellationToken);
            return Page();
        }

        var result = await mediator.Send(new UtforHandling.Command { Saksnummer = Saksnummer, Handling = Data.Handling, Begrunnelse = Data.Begrunnelse, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = Data.Handling == Handling.GodtaBegjaring && result.Stadium == Saksstadium.Avvist
            ? "Begjæringen ble avvist automatisk fordi den ikke er tvangskraftig. Grunnene står i tidslinjen."
            : $"{Data.Handling.Navn()}: saken har nå stadium «{result.Stadium.Navn()}».";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    public async Task<IActionResult> OnPostBetalingAsync(CancellationToken cancellationToken)
    {
        var belop = Beregning.Skjema.Belop(ModelState, "Data.Belop", Data.Belop, "beløpet", pakrevd: true);
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        var result = await mediator.Send(new RegistrerBetaling.Command { Saksnummer = Saksnummer, Belop = belop, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = result.Stadium == Saksstadium.Avsluttet
            ? $"Betalingen er registrert. Hele kravet er betalt, og saken er avsluttet."
            : $"Betalingen er registrert. Utestående: {Format.Kroner(result.Utestaende)}.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    public async Task<IActionResult> OnPostTildelAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new TildelSak.Command { Saksnummer = Saksnummer, SaksbehandlerId = Data.SaksbehandlerId, Versjon = Data.Versjon }, cancellationToken);
        TempData["Melding"] = $"Saken er tildelt {result.SaksbehandlerNavn}.";
        return RedirectToPage(new { saksnummer = Saksnummer });
    }

    public async Task<IActionResult> OnPostVisFodselsnummerAsync(CancellationToken cancellationToken)
    {
        FulltFodselsnummer = await mediator.Send(new VisFodselsnummer.Command(Saksnummer), cancellationToken);
        await ReloadAsync(cancellationToken);
        return Page();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Detaljer = await mediator.Send(new SakDetaljer.Query(Saksnummer), cancellationToken);

    public sealed class Skjema
    {
        public Handling Handling { get; set; }

        public string? Begrunnelse { get; set; }

        public string? Belop { get; set; }

        public string? SaksbehandlerId { get; set; }

        public uint? Versjon { get; set; }

        public bool Bekreftet { get; set; }
    }
}
