using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Namsmannen.Web.Pages.Konto;

public sealed class IngenTilgang : PageModel
{
    public void OnGet()
    {
    }
}
