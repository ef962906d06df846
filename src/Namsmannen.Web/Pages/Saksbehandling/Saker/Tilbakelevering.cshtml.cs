using MediatR;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>The pledged asset is handed back to the creditor at a value namsmannen sets (tvangsfullbyrdelsesloven § 8-17).</summary>
public sealed class Tilbakelevering(IMediator mediator) : Handlingsside<GjennomforTilbakelevering.Command, GjennomforTilbakelevering.Result>(mediator)
{
    public override string Tittel => "Gjennomfør tilbakeleveringen";

    protected override IReadOnlyList<Handling> Handlinger => [Handling.GjennomforTilbakelevering];

    protected override GjennomforTilbakelevering.Command Klar(GjennomforTilbakelevering.Command data) => data with { Saksnummer = Saksnummer };

    protected override string Kvittering(GjennomforTilbakelevering.Result r) =>
        $"Tilbakeleveringen er registrert. Gjelden er nedskrevet med {Format.Kroner(r.Nedskrivning)}; skyldneren skylder fortsatt {Format.Kroner(r.GjenstaendeKrav)}. Klagefrist {Format.Dato(r.Klagefrist)}.";
}
