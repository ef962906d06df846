using MediatR;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>The creditor reduces the claim; what is already paid may close the case.</summary>
public sealed class ReduserKravSide(IMediator mediator) : Handlingsside<ReduserKrav.Command, ReduserKrav.Result>(mediator)
{
    public override string Tittel => "Registrer redusert krav fra kreditor";

    protected override IReadOnlyList<Handling> Handlinger => [];

    protected override ReduserKrav.Command Forutfylt(SakDetaljer.Result sak) => new() { Hovedstol = sak.Hovedstol, Renter = sak.Renter, Omkostninger = sak.Omkostninger };

    protected override ReduserKrav.Command Klar(ReduserKrav.Command data) => data with { Saksnummer = Saksnummer };

    protected override string Kvittering(ReduserKrav.Result result) => result.Stadium == Saksstadium.Avsluttet
        ? "Kravet er redusert til det som er betalt, og saken er avsluttet."
        : $"Kravet er redusert til {Format.Kroner(result.Krav)}. Utestående: {Format.Kroner(result.Utestaende)}.";
}
