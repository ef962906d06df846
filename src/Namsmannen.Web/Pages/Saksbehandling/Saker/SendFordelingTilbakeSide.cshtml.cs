using MediatR;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>A supervisor sends the proposed fordeling back with what must be corrected; the sale is registered again.</summary>
public sealed class SendFordelingTilbakeSide(IMediator mediator) : Handlingsside<SendFordelingTilbake.Command, SendFordelingTilbake.Result>(mediator)
{
    public override string Tittel => "Send fordelingen tilbake";

    protected override IReadOnlyList<Handling> Handlinger => [Handling.SendFordelingTilbake];

    public override string? Hindring => base.Hindring ?? Sak.FordelingHindring;

    protected override SendFordelingTilbake.Command Klar(SendFordelingTilbake.Command data) => data with { Saksnummer = Saksnummer };

    protected override string Kvittering(SendFordelingTilbake.Result result) => "Fordelingen er sendt tilbake. Saken er tilbake i tvangssalg, og salget registreres på nytt.";
}
