using MediatR;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Identity;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>Set or lift a legal hold (issue 20): a supervisor or an administrator, with the reason.</summary>
public sealed class RettsligHoldSide(IMediator mediator) : Handlingsside<RettsligHold.Command, RettsligHold.Result>(mediator)
{
    public override string Tittel => Sak.Oppbevaring.RettsligHold is null ? "Sett rettslig hold" : "Opphev rettslig hold";

    protected override IReadOnlyList<Handling> Handlinger => [];

    // Open or closed, a case may be held until it is anonymised; only a supervisor or an administrator decides it.
    public override string? Hindring =>
        !User.IsInRole(Roller.Leder) && !User.IsInRole(Roller.Admin) ? "Bare en leder eller en administrator kan sette eller oppheve rettslig hold."
        : Sak.Oppbevaring.Anonymisert is { } dag ? $"Saken ble anonymisert {Format.Dato(dag)}; det er ingenting igjen å holde tilbake."
        : null;

    protected override RettsligHold.Command Forutfylt(SakDetaljer.Result sak) => new() { Sett = sak.Oppbevaring.RettsligHold is null };

    protected override RettsligHold.Command Klar(RettsligHold.Command data) => data with { Saksnummer = Saksnummer };

    protected override string Kvittering(RettsligHold.Result result) => result.RettsligHold is null
        ? "Det rettslige holdet er opphevet. Reglene for sletting og anonymisering gjelder igjen."
        : "Saken har rettslig hold. Den slettes eller anonymiseres ikke før holdet er opphevet.";
}
