using MediatR;
using Microsoft.AspNetCore.Mvc;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Trekkordning;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>Close a trekk task (an employer's deviation, a missing remittance), saying what was done.</summary>
public sealed class Trekkoppgave(IMediator mediator) : Handlingsside<LukkTrekkoppgave.Command, Unit>(mediator)
{
    [BindProperty(SupportsGet = true)]
    public long FristId { get; set; }

    public override string Tittel => "Behandle trekkoppgaven";

    protected override IReadOnlyList<Handling> Handlinger => [];

    /// <summary>The task, from the case's open trekk tasks; null when it is handled or does not exist.</summary>
    public Trekkoversikt.Oppgave? Oppgaven => Sak.Trekkordningen?.Oppgaver.SingleOrDefault(o => o.Id == FristId);

    public override string? Hindring => Oppgaven is null ? "Oppgaven finnes ikke eller er alt behandlet." : base.Hindring;

    protected override LukkTrekkoppgave.Command Klar(LukkTrekkoppgave.Command data) => data with { Saksnummer = Saksnummer, FristId = FristId };

    protected override string Kvittering(Unit result) => "Trekkoppgaven er behandlet.";
}
