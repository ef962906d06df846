using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>
/// An action that carries no data of its own (accept, reject, henlegg, withdraw, resume …): a reason, and for one that
/// cannot be undone here, the caseworker's confirmation.
/// </summary>
public sealed class Handlingsskjema(IMediator mediator) : Handlingsside<GjorHandling.Command, GjorHandling.Result>(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Handling Handling { get; set; }

    /// <summary>The caseworker confirms an action that cannot be undone here (<see cref="Handlingsbeskrivelse.KreverBekreftelse"/>).</summary>
    [BindProperty]
    public bool Bekreftet { get; set; }

    public override string Tittel => Handling.Navn();

    /// <summary>An address with no such action (/handling/nope, /handling/99) is no page.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (ModelState.GetFieldValidationState(nameof(Handling)) == ModelValidationState.Invalid || !Enum.IsDefined(Handling))
        {
            context.Result = NotFound();
        }
    }

    protected override IReadOnlyList<Handling> Handlinger => GjorHandling.Enkle.Contains(Handling) ? [Handling] : [];

    public override string? Hindring => GjorHandling.Enkle.Contains(Handling) ? base.Hindring : $"«{Tittel}» har et eget skjema.";

    protected override GjorHandling.Command Klar(GjorHandling.Command data)
    {
        if (Handling.Om().KreverBekreftelse && !Bekreftet)
        {
            ModelState.AddModelError(nameof(Bekreftet), $"Kryss av for å bekrefte «{Handling.Navn().ToLowerInvariant()}». Det kan ikke angres her.");
        }

        return data with { Saksnummer = Saksnummer, Handling = Handling };
    }

    protected override string Kvittering(GjorHandling.Result result) => Handling == Handling.GodtaBegjaring && result.Stadium == Saksstadium.Avvist
        ? "Begjæringen ble avvist automatisk fordi den ikke er tvangskraftig. Grunnene står i tidslinjen."
        : $"{Handling.Navn()}: saken har nå stadium «{result.Stadium.Navn()}».";
}
