using MediatR;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>Send the varsel about the utleggsforretning: its day, time and place.</summary>
public sealed class Varsel(IMediator mediator) : Handlingsside<SendVarsel.Command, SendVarsel.Result>(mediator)
{
    public override string Tittel => "Send varsel om utleggsforretning";

    protected override IReadOnlyList<Handling> Handlinger => [Handling.SendVarsel];

    protected override SendVarsel.Command Forutfylt(SakDetaljer.Result sak) => new() { Klokkeslett = "10:00" };

    protected override SendVarsel.Command Klar(SendVarsel.Command data) => data with { Saksnummer = Saksnummer };

    protected override string Kvittering(SendVarsel.Result result) => $"Varsel sendt. Utleggsforretningen holdes {Format.Dato(result.Dato)}.";
}
