using MediatR;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>The creditor grants the debtor time; the case returns to where it stood when it is resumed.</summary>
public sealed class Utsettelse(IMediator mediator) : Handlingsside<UtsettSak.Command, UtsettSak.Result>(mediator)
{
    public override string Tittel => "Registrer utsettelse fra kreditor";

    protected override IReadOnlyList<Handling> Handlinger => [Handling.Utsett];

    protected override UtsettSak.Command Klar(UtsettSak.Command data) => data with { Saksnummer = Saksnummer };

    protected override string Kvittering(UtsettSak.Result result) => $"Saken er utsatt til {Format.Dato(result.Til)}.";
}
