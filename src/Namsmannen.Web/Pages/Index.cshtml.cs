using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages;

/// <summary>Sends each role to its own start page.</summary>
public sealed class Index : PageModel
{
    public IActionResult OnGet() => LocalRedirect(Policies.Startside(User));
}
