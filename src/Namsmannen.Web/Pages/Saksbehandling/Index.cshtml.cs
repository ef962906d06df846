using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Saksbehandling;

public sealed class Index(IMediator mediator) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public Arbeidsliste.Query Data { get; set; } = new();

    public Arbeidsliste.Result Liste { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Liste = await mediator.Send(Data, cancellationToken);

    public async Task<IActionResult> OnPostTaAsync(string saksnummer, uint versjon, CancellationToken cancellationToken)
    {
        await mediator.Send(new TildelSak.Command { Saksnummer = saksnummer, Versjon = versjon }, cancellationToken);
        TempData["Melding"] = $"Du har tatt sak {saksnummer}.";
        return RedirectToPage(new { Data.Visning });
    }

    /// <summary>The same list with the same filters, from the first page or from after <paramref name="etter"/>.</summary>
    public string Side(Arbeidsliste.Markor? etter) =>
        Sakslenke.Til(Data with { EtterMottatt = etter?.Mottatt, EtterSaksnummer = etter?.Saksnummer, Delsok = Liste.Delsok && etter is not null });

    /// <summary>The filters the dashboard's links set, in words, so the user knows why the list is what it is.</summary>
    public IReadOnlyList<string> AktiveFiltre()
    {
        var d = Data;
        var filtre = new List<string>();
        if (!string.IsNullOrEmpty(d.Kontor))
        {
            filtre.Add(Namsmannen.Domain.Saker.Kontorinndeling.Navn(d.Kontor));
        }

        if (d.SaksbehandlerId == Arbeidsliste.IkkeTildelt)
        {
            filtre.Add("uten saksbehandler");
        }
        else if (!string.IsNullOrEmpty(d.SaksbehandlerId))
        {
            filtre.Add("hos " + (Liste.Saksbehandlernavn ?? "en valgt saksbehandler"));
        }

        if (d.Apne is { } apne)
        {
            filtre.Add(apne ? "bare åpne saker" : "bare lukkede saker");
        }

        if (d.MottattFra is not null || d.MottattTil is not null)
        {
            filtre.Add("mottatt " + Periode(d.MottattFra, d.MottattTil));
        }

        if (d.AvsluttetFra is not null || d.AvsluttetTil is not null)
        {
            filtre.Add("avsluttet " + Periode(d.AvsluttetFra, d.AvsluttetTil));
        }

        return filtre;

        static string Periode(DateOnly? fra, DateOnly? til) => (fra, til) switch
        {
            ({ } f, { } t) => $"{Format.Dato(f)}–{Format.Dato(t)}",
            ({ } f, null) => $"fra {Format.Dato(f)}",
            (null, { } t) => $"til og med {Format.Dato(t)}",
            _ => string.Empty,
        };
    }

    /// <summary>After a refused search or a lost race for a case, show the queue without the search.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Liste = await mediator.Send(Data with { Sok = null, EtterMottatt = null, EtterSaksnummer = null }, cancellationToken);
}
