using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages;

/// <summary>The friendly error page: a Norwegian explanation and a correlation id, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class Feil : PageModel
{
    public int Kode { get; private set; }

    public string KorrelasjonsId { get; private set; } = string.Empty;

    public string Tittel => Kode switch
    {
        404 => "Siden finnes ikke",
        403 => "Du har ikke tilgang",
        400 => "Forespørselen kunne ikke behandles",
        429 => "For mange forsøk",
        413 => "Filen eller skjemaet er for stort",
        _ => "Noe gikk galt",
    };

    public string Forklaring => Kode switch
    {
        404 => "Vi fant ikke siden du ba om. Sjekk adressen, eller gå til startsiden.",
        403 => "Du har ikke tilgang til denne siden.",
        400 => HttpContext.Items[Tegnvakt.Feilmelding] as string ?? "Forespørselen var ugyldig. Gå tilbake og prøv igjen.",
        429 => HttpContext.Items[Tegnvakt.Feilmelding] as string ?? "For mange forsøk på kort tid. Vent litt og prøv igjen.",
        413 => "Det du sendte, er større enn grensen. Del det opp og prøv igjen.",
        _ => "Det oppstod en uventet feil hos oss. Ingenting er lagret halvveis: prøv igjen om litt.",
    };

    public void OnGet(int? kode) => Vis(kode);

    public void OnPost(int? kode) => Vis(kode);

    private void Vis(int? kode)
    {
        Kode = kode ?? (Response.StatusCode >= 400 ? Response.StatusCode : 500);
        Response.StatusCode = Kode;
        KorrelasjonsId = Hosting.KorrelasjonsId.Hent(HttpContext);
    }
}
