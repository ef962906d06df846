using MediatR;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>Register the sale of the pledged asset: the price, the costs and the other encumbrances; a supervisor approves the fordeling.</summary>
public sealed class Salg(IMediator mediator) : Handlingsside<RegistrerSalg.Command, RegistrerSalg.Result>(mediator)
{
    public const int Rader = 3;

    private readonly Skjemarader heftelser = new(nameof(RegistrerSalg.Command.AndreHeftelser));

    public override string Tittel => "Registrer salget";

    protected override IReadOnlyList<Handling> Handlinger => [Handling.RegistrerSalg];

    protected override RegistrerSalg.Command Klar(RegistrerSalg.Command data) => data with
    {
        Saksnummer = Saksnummer,
        AndreHeftelser = heftelser.Utfylte(data.AndreHeftelser, h => !string.IsNullOrWhiteSpace(h.Navn)),
    };

    public override string? Skjemafelt(string kommandofelt) => heftelser.Felt(kommandofelt);

    protected override string Kvittering(RegistrerSalg.Result result) => "Salget er registrert. Fordelingen venter på godkjenning av en leder.";
}
