using MediatR;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Saksbehandling;

public sealed class Index(IMediator mediator, IDataProtectionProvider beskyttelse, TimeProvider clock) : PageModel, IReloadsAfterFailedPost
{
    [BindProperty(SupportsGet = true)]
    public Arbeidsliste.Query Data { get; set; } = new();

    /// <summary>
    /// A search by fødselsnummer or organisasjonsnummer travels as an encrypted token, valid for eight hours, never as
    /// the number: proxies, logs and browser history keep addresses (issue 12, M8).
    /// </summary>
    [BindProperty(SupportsGet = true, Name = "sok")]
    public string? SokToken { get; set; }

    public Arbeidsliste.Result Liste { get; private set; } = null!;

    private ITimeLimitedDataProtector? sokebeskytter;

    /// <summary>Made once per request: every link on the page that keeps the search uses it.</summary>
    private ITimeLimitedDataProtector Sokebeskytter => sokebeskytter ??= beskyttelse.CreateProtector("Namsmannen.Sok.Identifikator").ToTimeLimitedDataProtector();

    /// <summary>The most rows a CSV of the list holds; a larger selection is narrowed by its filters first.</summary>
    public const int MaksCsvRader = 2_000;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ErIdentifikator(Data.Sok))
        {
            // An old link or a typed address: the number leaves the address at once.
            return Redirect(Side(Data));
        }

        LesSoketoken();
        Liste = await mediator.Send(Data, cancellationToken);
        return Page();
    }

    /// <summary>
    /// The list as it is filtered, every page of it (at most <see cref="MaksCsvRader"/> rows), as CSV; the debtor's ID
    /// number masked, as on the page.
    /// </summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (ErIdentifikator(Data.Sok))
        {
            return BadRequest();
        }

        LesSoketoken();
        var rader = new List<SakRad>();
        var side = Data with { EtterMottatt = null, EtterSaksnummer = null, Delsok = false, BareSaker = true };
        while (rader.Count < MaksCsvRader)
        {
            var liste = await mediator.Send(side, cancellationToken);
            rader.AddRange(liste.Saker.Take(Arbeidsliste.Sidestorrelse));
            if (liste.Neste is not { } neste)
            {
                break;
            }

            side = side with { EtterMottatt = neste.Mottatt, EtterSaksnummer = neste.Saksnummer, Delsok = liste.Delsok };
        }

        IEnumerable<object?>[] overskrift = [["Saksnummer", "Stadium", "Type", "Skyldner", "Skyldnerens ID", "Kreditor", "Krav", "Mottatt"]];
        return Csvfil.Lag(overskrift.Concat(rader.Take(MaksCsvRader).Select(r => new object?[] { r.Saksnummer, r.Stadium.Navn(), r.Type.ToString(), r.Skyldner, r.SkyldnerIdMaskert, r.Kreditor, r.Krav, r.Mottatt })),
            $"saker-{Data.Visning.ToString().ToLowerInvariant()}-{Application.Common.Oslotid.IDag(clock):yyyy-MM-dd}.csv");
    }

    /// <summary>A search by identifier arrives as its token: read it back into the query.</summary>
    private void LesSoketoken()
    {
        if (string.IsNullOrEmpty(SokToken))
        {
            return;
        }

        try
        {
            Data = Data with { Sok = Sokebeskytter.Unprotect(SokToken, out _) };
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            ModelState.AddModelError("Data.Sok", "Søket er utløpt. Søk på nytt.");
            SokToken = null;
        }
    }

    /// <summary>The address of the CSV of the list as it is filtered now (a search by identifier as its token).</summary>
    public string Csv()
    {
        var side = Side(Data with { EtterMottatt = null, EtterSaksnummer = null, Delsok = false });
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(side, "handler", "Csv");
    }

    /// <summary>The search form posts, so what is typed never stands in an address.</summary>
    public IActionResult OnPostSok() => Redirect(Side(Data with { EtterMottatt = null, EtterSaksnummer = null, Delsok = false }));

    public async Task<IActionResult> OnPostTaAsync(string saksnummer, uint versjon, CancellationToken cancellationToken)
    {
        await mediator.Send(new TildelSak.Command { Saksnummer = saksnummer, Versjon = versjon }, cancellationToken);
        TempData["Melding"] = $"Du har tatt sak {saksnummer}.";
        return RedirectToPage(new { Data.Visning });
    }

    /// <summary>The same list with the same filters, from the first page or from after <paramref name="etter"/>.</summary>
    public string Side(Arbeidsliste.Markor? etter) =>
        Side(Data with { EtterMottatt = etter?.Mottatt, EtterSaksnummer = etter?.Saksnummer, Delsok = Liste.Delsok && etter is not null });

    /// <summary>A link to the list: a name or saksnummer search as it is, an identifier only as its token.</summary>
    private string Side(Arbeidsliste.Query q) =>
        ErIdentifikator(q.Sok)
            ? Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Sakslenke.Til(q with { Sok = null }), "sok", Sokebeskytter.Protect(q.Sok!.Trim(), TimeSpan.FromHours(8)))
            : Sakslenke.Til(q);

    private static bool ErIdentifikator(string? sok) =>
        sok?.Replace(" ", string.Empty, StringComparison.Ordinal) is { Length: 9 or 11 } id && id.All(char.IsAsciiDigit);

    /// <summary>The filters the dashboard's links set, in words, so the user knows why the list is what it is.</summary>
    public IReadOnlyList<string> AktiveFiltre() => Sakslenke.Filtre(Data, Liste.Saksbehandlernavn);

    /// <summary>After a refused search or a lost race for a case, show the queue without the search.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Liste = await mediator.Send(Data with { Sok = null, EtterMottatt = null, EtterSaksnummer = null }, cancellationToken);
}
