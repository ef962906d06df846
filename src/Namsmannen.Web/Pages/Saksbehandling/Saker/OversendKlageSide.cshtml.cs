using MediatR;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>Namsmannen does not uphold the klage and forwards it to tingretten (tvangsfullbyrdelsesloven § 5-16).</summary>
public sealed class OversendKlageSide(IMediator mediator) : Handlingsside<OversendKlage.Command, Unit>(mediator)
{
    public override string Tittel => Handling.OversendKlage.Navn();

    protected override IReadOnlyList<Handling> Handlinger => [Handling.OversendKlage];

    protected override OversendKlage.Command Klar(OversendKlage.Command data) => data with { Saksnummer = Saksnummer };

    protected override string Kvittering(Unit result) => "Klagen er sendt til tingretten.";
}
