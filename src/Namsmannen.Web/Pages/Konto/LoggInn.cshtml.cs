using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Identity;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Konto;

public sealed partial class LoggInn(SignInManager<Bruker> signIn, ILogger<LoggInn> logger) : PageModel
{
    public const string FeilInnlogging = "Feil e-postadresse eller passord.";
    public const string Last = "Kontoen er låst etter for mange mislykkede innlogginger. Prøv igjen om 15 minutter, eller kontakt en administrator.";

    [BindProperty]
    public Innlogging Data { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(Policies.Startside(User)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Data.Epost))
        {
            ModelState.AddModelError("Data.Epost", "Skriv inn e-postadressen din.");
        }

        if (string.IsNullOrEmpty(Data.Passord))
        {
            ModelState.AddModelError("Data.Passord", "Skriv inn passordet ditt.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Data.Epost.Trim(), Data.Passord, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            LogLockedOut(logger);
            ModelState.AddModelError(string.Empty, Last);
            return Page();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, FeilInnlogging);
            return Page();
        }

        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
        {
            return LocalRedirect(ReturnUrl);
        }

        // The cookie is not read until the next request, so ask for the start page by the user's roles now.
        var user = await signIn.UserManager.FindByNameAsync(Data.Epost.Trim());
        var principal = await signIn.CreateUserPrincipalAsync(user!);
        return LocalRedirect(Policies.Startside(principal));
    }

    public sealed class Innlogging
    {
        public string Epost { get; set; } = string.Empty;

        public string Passord { get; set; } = string.Empty;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An account was locked out after repeated failed logins")]
    private static partial void LogLockedOut(ILogger logger);
}
