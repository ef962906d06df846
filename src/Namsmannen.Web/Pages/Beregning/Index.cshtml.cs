using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Namsmannen.Web.Pages.Beregning;

public sealed class Index : PageModel
{
    public void OnGet()
    {
    }
}
