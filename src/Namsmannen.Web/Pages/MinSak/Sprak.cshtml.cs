using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.MinSak;

/// <summary>The language switch: bokmål or nynorsk, remembered in a cookie, back to the page the user came from.</summary>
public sealed class SprakModel : PageModel
{
    public IActionResult OnGet() => Redirect("/min-sak");

    public IActionResult OnPost(string? sprak, string? tilbake)
    {
        Hosting.Sprak.Husk(Response, sprak == "nn" ? Hosting.Sprak.Nynorsk : Hosting.Sprak.Bokmal);
        return Redirect(Url.IsLocalUrl(tilbake) ? tilbake! : "/min-sak");
    }
}
