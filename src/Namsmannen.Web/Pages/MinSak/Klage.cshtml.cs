using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Skyldnerportal;
using Namsmannen.Domain.Regler;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.MinSak;

/// <summary>
/// The debtor complains digitally, with the klagefrist shown. The complaint is <see cref="RegistrerKlage"/>, the same
/// command a caseworker sends when a complaint comes by letter, received today.
/// </summary>
public sealed class Klage(IMediator mediator, TimeProvider clock) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public string Saksnummer { get; set; } = string.Empty;

    [BindProperty]
    public Skjema Data { get; set; } = new();

    public SkyldnerSak.Result Detaljer { get; private set; } = null!;

    public sealed class Skjema
    {
        public Klagegjelder? Gjelder { get; set; }

        public string Innhold { get; set; } = string.Empty;

        public uint? Versjon { get; set; }
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Detaljer = await mediator.Send(new SkyldnerSak.Query(Saksnummer), cancellationToken);
        Data.Versjon ??= Detaljer.Versjon;
        if (Detaljer.Klagemuligheter.Count == 1)
        {
            Data.Gjelder ??= Detaljer.Klagemuligheter[0].Gjelder;
        }
    }

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Data.Gjelder is null)
        {
            ModelState.AddModelError("Data.Gjelder", "Velg hva klagen gjelder.");
        }

        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        var svar = await mediator.Send(new RegistrerKlage.Command
        {
            Saksnummer = Saksnummer,
            Gjelder = Data.Gjelder!.Value,
            Mottatt = Oslotid.IDag(clock),
            Innhold = Data.Innhold,
            Versjon = Data.Versjon,
        }, cancellationToken);
        TempData["Melding"] = svar.IRettTid
            ? "Klagen din er sendt. Namsmannen behandler den, og du får svar i et brev."
            : "Klagen din er sendt, men den kom etter klagefristen. Namsmannen vurderer om den likevel kan behandles, og du får svar i et brev.";
        return Redirect($"/min-sak/sak/{Uri.EscapeDataString(Saksnummer)}");
    }
}
