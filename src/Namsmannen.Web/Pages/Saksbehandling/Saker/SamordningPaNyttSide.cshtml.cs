using MediatR;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Trekkordning.Samordning;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>Send a trekk the coordinated trekk refused over again, after correcting what it named.</summary>
public sealed class SamordningPaNyttSide(IMediator mediator) : Handlingsside<SendTilSamordningPaNytt.Command, Unit>(mediator)
{
    public override string Tittel => "Send trekket til samordnet trekk på nytt";

    protected override IReadOnlyList<Handling> Handlinger => [];

    /// <summary>Why the coordinated trekk refused it, or null when it did not.</summary>
    public string? Avvisning => Sak.Trekkordningen?.ErStoppet == false ? Sak.Trekkordningen.Samordning?.Avvist : null;

    public override string? Hindring => Avvisning is null ? "Trekket i saken er ikke avvist av samordnet trekk." : base.Hindring;

    protected override SendTilSamordningPaNytt.Command Klar(SendTilSamordningPaNytt.Command data) => data with { Saksnummer = Saksnummer };

    protected override string Kvittering(Unit result) => "Trekket sendes til samordnet trekk på nytt neste morgen.";
}
