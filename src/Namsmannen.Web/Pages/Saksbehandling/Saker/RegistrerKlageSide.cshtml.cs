using MediatR;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>Register a klage on what the case has; the page says whether it came in time.</summary>
public sealed class RegistrerKlageSide(IMediator mediator) : Handlingsside<RegistrerKlage.Command, RegistrerKlage.Result>(mediator)
{
    public override string Tittel => "Registrer klage";

    protected override IReadOnlyList<Handling> Handlinger => [Handling.RegistrerKlage];

    protected override RegistrerKlage.Command Klar(RegistrerKlage.Command data) => data with { Saksnummer = Saksnummer };

    protected override string Kvittering(RegistrerKlage.Result result) => result.IRettTid
        ? $"Klagen er registrert og kom i rett tid ({(result.Frist is { } f ? "frist " + Format.Dato(f) : result.Regel.ToLowerInvariant().TrimEnd('.'))})."
        : $"Klagen er registrert, men kom for sent: fristen gikk ut {Format.Dato(result.Frist!.Value)}.";
}
