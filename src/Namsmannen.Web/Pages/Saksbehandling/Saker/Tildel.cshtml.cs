using MediatR;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>Give the case to a caseworker of its office (the user, unless another is chosen).</summary>
public sealed class Tildel(IMediator mediator) : Handlingsside<TildelSak.Command, TildelSak.Result>(mediator)
{
    public override string Tittel => "Tildel saken";

    protected override IReadOnlyList<Handling> Handlinger => [];

    protected override TildelSak.Command Forutfylt(SakDetaljer.Result sak) =>
        new() { SaksbehandlerId = sak.SaksbehandlerId ?? sak.Saksbehandlere.FirstOrDefault(s => s.ErMeg)?.Id };

    protected override TildelSak.Command Klar(TildelSak.Command data) => data with { Saksnummer = Saksnummer };

    protected override string Kvittering(TildelSak.Result result) => $"Saken er tildelt {result.SaksbehandlerNavn}.";
}
