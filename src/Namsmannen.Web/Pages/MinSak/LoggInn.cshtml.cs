using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.MinSak;

/// <summary>
/// Where a debtor starts: what «Min sak» is, and a link that sends them to ID-porten (a link, not a form: the content
/// security policy's form-action allows only this site, and ID-porten is another).
/// </summary>
public sealed class LoggInn(IConfiguration configuration) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Feil { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Utlogget { get; set; }

    public bool ErSattOpp => IdPorten.ErSattOpp(configuration);

    public bool ErTestinnlogging => TestIdPorten.ErAktiv(configuration);

    public void OnGet()
    {
    }

    public IActionResult OnGetStart()
    {
        if (!ErSattOpp)
        {
            return RedirectToPage();
        }

        var tilbake = Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith("/min-sak", StringComparison.Ordinal) ? ReturnUrl : "/min-sak";
        return Challenge(new AuthenticationProperties { RedirectUri = tilbake }, IdPorten.Skjema);
    }
}
