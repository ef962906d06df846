using MediatR;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>A supervisor who did not register the sale approves the proposed fordeling; the case closes.</summary>
public sealed class GodkjennFordelingSide(IMediator mediator) : Handlingsside<GodkjennFordeling.Command, GodkjennFordeling.Result>(mediator)
{
    public override string Tittel => "Godkjenn fordelingen";

    protected override IReadOnlyList<Handling> Handlinger => [Handling.GodkjennFordeling];

    public override string? Hindring => base.Hindring ?? Sak.FordelingHindring;

    protected override GodkjennFordeling.Command Klar(GodkjennFordeling.Command data) => data with { Saksnummer = Saksnummer };

    protected override string Kvittering(GodkjennFordeling.Result result) => $"Fordelingen er godkjent. Saksøkeren får {Format.Kroner(result.TilSaksoker)}, og saken er avsluttet.";
}
