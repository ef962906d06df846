using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>What the action pages' common layout (<c>_Handling.cshtml</c>) shows above the form.</summary>
public interface IHandlingsside
{
    SakDetaljer.Result Sak { get; }

    string Tittel { get; }

    /// <summary>Why the form is not shown (the case's stage does not allow the action now), or null.</summary>
    string? Hindring { get; }
}

/// <summary>
/// One action on a case, on a page of its own: the form binds the feature's <typeparamref name="TCommand"/> as
/// <c>Data</c> (amounts and dates read by <see cref="NorskeVerdier"/>), the POST sends it and goes back to the case
/// page with a receipt. A refused command comes back to the same form through <see cref="ValidationExceptionPageFilter"/>,
/// with what the user typed.
/// </summary>
public abstract class Handlingsside<TCommand, TResult>(IMediator mediator) : PageModel, IReloadsAfterFailedPost, IHandlingsside, ISkjemafelter
    where TCommand : class, ICommand<TResult>, new()
{
    [BindProperty(SupportsGet = true)]
    public string Saksnummer { get; set; } = string.Empty;

    [BindProperty]
    public TCommand Data { get; set; } = new();

    public SakDetaljer.Result Sak { get; private set; } = null!;

    public abstract string Tittel { get; }

    /// <summary>The actions of the transition table this page carries out; empty when any open case allows it.</summary>
    protected abstract IReadOnlyList<Handling> Handlinger { get; }

    public virtual string? Hindring => Handlinger.Count == 0
        ? (Sak.TillatteHandlinger.Count == 0 ? "Saken er lukket." : null)
        : Handlinger.Any(Sak.TillatteHandlinger.Contains) ? null
        : $"«{Tittel}» er ikke mulig når saken har stadium «{Sak.Stadium.Navn()}».";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Data = Forutfylt(Sak);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var kommando = Klar(Data);
        if (!ModelState.IsValid)
        {
            await ReloadAsync(cancellationToken);
            return Page();
        }

        var result = await mediator.Send(kommando, cancellationToken);
        TempData["Melding"] = Kvittering(result);
        return Redirect($"/saksbehandling/saker/{Uri.EscapeDataString(Saksnummer)}");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Sak = await mediator.Send(new SakDetaljer.Query(Saksnummer), cancellationToken);

    /// <summary>The form as the user first sees it: the command with what the case already knows filled in.</summary>
    protected virtual TCommand Forutfylt(SakDetaljer.Result sak) => new();

    /// <summary>
    /// The bound form as the command to send: this case (from the address, never the form), and anything the form does
    /// not carry. A field the form reads itself puts its error in <see cref="PageModel.ModelState"/>, and nothing is sent.
    /// </summary>
    protected abstract TCommand Klar(TCommand data);

    /// <summary>The form's field for a property the command's validator named, when the form names it otherwise (a list without its empty rows).</summary>
    public virtual string? Skjemafelt(string kommandofelt) => null;

    /// <summary>The receipt on the case page.</summary>
    protected abstract string Kvittering(TResult result);
}
