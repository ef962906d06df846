using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Features.Brukere;
using Namsmannen.Application.Identity;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Konto;

/// <summary>A user chooses their own password; after an administrator reset it (issue 20), before any other page.</summary>
public sealed class NyttPassord(IMediator mediator, SignInManager<Bruker> signIn) : PageModel
{
    [BindProperty]
    public ByttPassord.Command Data { get; set; } = new();

    public bool Pakrevd => User.HasClaim(c => c.Type == Sesjonskontroll.ByttPassordClaim);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var resultat = await mediator.Send(Data, cancellationToken);
        // The new password gave the login a new security stamp: a new cookie, without the demand to change it.
        var bruker = await signIn.UserManager.FindByIdAsync(resultat.BrukerId);
        await signIn.SignInAsync(bruker!, isPersistent: false);
        TempData["Melding"] = "Passordet er byttet.";
        return LocalRedirect(Policies.Startside(await signIn.CreateUserPrincipalAsync(bruker!)));
    }
}
