using MediatR;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>The klage is decided, by namsmannen or tingretten, with an outcome; the case returns to where it stood.</summary>
public sealed class AvgjorKlageSide(IMediator mediator) : Handlingsside<AvgjorKlage.Command, Unit>(mediator)
{
    public override string Tittel => "Avgjør klagen";

    protected override IReadOnlyList<Handling> Handlinger => [Handling.AvgjorKlage];

    protected override AvgjorKlage.Command Klar(AvgjorKlage.Command data) => data with { Saksnummer = Saksnummer };

    protected override string Kvittering(Unit result) => "Klagen er avgjort, og saken er tilbake der den stod.";
}
