using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Identity;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Konto;

/// <summary>
/// The login. Issue 12, M7: at most a few attempts per IP address (<see cref="ApiGrenser.Innlogging"/>), a delay that
/// grows with an address's recent failures, a failed login logged with the account masked, and the same work for an
/// unknown address as for a known one, so the answer's time does not tell which accounts exist.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(ApiGrenser.Innlogging)]
public sealed partial class LoggInn(SignInManager<Bruker> signIn, TimeProvider clock, IConfiguration configuration, Feilteller teller, ILogger<LoggInn> logger) : PageModel
{
    /// <summary>A hash of a random password, verified for an unknown address so it costs what a known one costs.</summary>
    private static readonly Lazy<string> Attrapp = new(() => new PasswordHasher<Bruker>().HashPassword(new Bruker(), Guid.NewGuid().ToString()));

    /// <summary>How long failed logins from one address count towards its delay.</summary>
    private static readonly TimeSpan Vindu = TimeSpan.FromMinutes(15);

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

        var ip = Feilteller.Adresse(HttpContext);
        if (teller.Hent(Feilteller.Slag.Innlogging, ip, Vindu).Antall is var tidligere and > 0)
        {
            // Progressive: 0.25 s after the first failure from this address, doubling up to 4 s (on the app's clock).
            await Task.Delay(Forsinkelse(tidligere, configuration.GetValue("Innlogging:ForsinkelseMs", 250)), clock, HttpContext.RequestAborted);
        }

        var epost = Data.Epost.Trim();
        Microsoft.AspNetCore.Identity.SignInResult result;
        var bruker = await signIn.UserManager.FindByNameAsync(epost);
        if (bruker is null)
        {
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new Bruker(), Attrapp.Value, Data.Passord);
            result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
        else
        {
            result = await signIn.PasswordSignInAsync(bruker, Data.Passord, isPersistent: false, lockoutOnFailure: true);
        }

        if (!result.Succeeded)
        {
            teller.Tell(Feilteller.Slag.Innlogging, ip, Vindu);
            LogFeilet(logger, MaskertEpost(epost), result.IsLockedOut);
        }

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

        teller.Nullstill(Feilteller.Slag.Innlogging, ip);
        // The administrators' list shows the last login (issue 20).
        bruker!.SistInnlogget = clock.GetUtcNow();
        await signIn.UserManager.UpdateAsync(bruker);
        if (bruker.MaByttePassord)
        {
            return LocalRedirect(Sesjonskontroll.ByttPassordSide);
        }

        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
        {
            return LocalRedirect(ReturnUrl);
        }

        // The cookie is not read until the next request, so ask for the start page by the user's roles now.
        var principal = await signIn.CreateUserPrincipalAsync(bruker!);
        return LocalRedirect(Policies.Startside(principal));
    }

    public sealed class Innlogging
    {
        public string Epost { get; set; } = string.Empty;

        public string Passord { get; set; } = string.Empty;
    }

    /// <summary>The wait before a login from an address with <paramref name="feil"/> recent failures: the base, doubled per failure, at most 16 times.</summary>
    public static TimeSpan Forsinkelse(int feil, int grunnMs) =>
        TimeSpan.FromMilliseconds(Math.Min(16 * grunnMs, grunnMs * Math.Pow(2, Math.Min(feil, 5) - 1)));

    /// <summary>"kari.nordmann@namsmannen.test" → "ka***@namsmannen.test": enough to see a pattern, not to read the address.</summary>
    public static string MaskertEpost(string epost)
    {
        var at = epost.IndexOf('@', StringComparison.Ordinal);
        var lokal = at < 0 ? epost : epost[..at];
        return (lokal.Length <= 2 ? lokal : lokal[..2]) + "***" + (at < 0 ? string.Empty : epost[at..]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed login for {Konto} (locked out: {Last})")]
    private static partial void LogFeilet(ILogger logger, string konto, bool last);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An account was locked out after repeated failed logins")]
    private static partial void LogLockedOut(ILogger logger);
}
