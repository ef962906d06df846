using MediatR;
using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>Register a payment on the day it was paid; the whole outstanding amount closes the case at once.</summary>
public sealed class Betaling(IMediator mediator, TimeProvider clock) : Handlingsside<RegistrerBetaling.Command, RegistrerBetaling.Result>(mediator)
{
    public override string Tittel => "Registrer betaling";

    protected override IReadOnlyList<Handling> Handlinger => [];

    protected override RegistrerBetaling.Command Forutfylt(SakDetaljer.Result sak) => new() { Dato = Oslotid.IDag(clock) };

    protected override RegistrerBetaling.Command Klar(RegistrerBetaling.Command data) => data with { Saksnummer = Saksnummer };

    protected override string Kvittering(RegistrerBetaling.Result result) => result.Stadium == Saksstadium.Avsluttet
        ? "Betalingen er registrert. Hele kravet er betalt, og saken er avsluttet."
        : $"Betalingen er registrert. Utestående: {Format.Kroner(result.Utestaende)}.";
}
