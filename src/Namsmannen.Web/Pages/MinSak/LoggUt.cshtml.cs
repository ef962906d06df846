using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.MinSak;

/// <summary>Logs the debtor out of «Min sak» (the debtor's cookie only; a caseworker's login in the same browser stays).</summary>
public sealed class LoggUt : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/MinSak/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(IdPorten.Informasjonskapsel);
        return Redirect("/min-sak/logg-inn?utlogget=1");
    }
}
