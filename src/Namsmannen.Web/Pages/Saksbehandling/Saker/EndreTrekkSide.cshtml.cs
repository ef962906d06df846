using MediatR;
using Microsoft.AspNetCore.Mvc;
using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Trekkordning;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>
/// A documented change (income, household, housing, special costs): the trekk calculated again from what is
/// documented, and a new version of the order from the day it applies. Filled in from the basis of the last calculation.
/// </summary>
public sealed class EndreTrekkSide(IMediator mediator, TimeProvider clock) : Handlingsside<EndreTrekk.Command, EndreTrekk.Result>(mediator)
{
    public override string Tittel => "Endre trekket etter dokumenterte endringer";

    protected override IReadOnlyList<Handling> Handlinger => [];

    public override string? Hindring => Sak.Trekkordningen is null ? "Saken har ikke noe trekkpålegg."
        : Sak.Trekkordningen.ErStoppet ? "Trekket er stoppet og kan ikke endres."
        : base.Hindring;

    protected override EndreTrekk.Command Forutfylt(SakDetaljer.Result sak)
    {
        var fra = Domain.Trekkordning.Trekkmaned.For(Oslotid.IDag(clock)).Neste.Forste;
        if (sak.Trekkordningen?.Grunnlag is not { } grunnlag)
        {
            return new() { Fra = fra };
        }

        return new() { Fra = fra, Beregning = grunnlag };
    }

    protected override EndreTrekk.Command Klar(EndreTrekk.Command data) => data with
    {
        Saksnummer = Saksnummer,
        Beregning = Trekkgrunnlagsskjema.Les(data.Beregning, data.Fra ?? Oslotid.IDag(clock)),
    };

    public override string? Skjemafelt(string kommandofelt) => Trekkgrunnlagsskjema.Skjemafelt(kommandofelt);

    protected override string Kvittering(EndreTrekk.Result r) => r switch
    {
        { Versjon: null } => $"Trekket er regnet om til {Format.Kroner(r.TrekkPerManed)}, det samme som før. Trekkpålegget er ikke endret.",
        { Stoppet: true } => $"Det er ikke rom for trekk etter endringen. Trekket er stoppet (versjon {r.Versjon}).",
        _ => $"Nytt trekk {Format.Kroner(r.TrekkPerManed)} per måned (før {Format.Kroner(r.Forrige)}), versjon {r.Versjon} av trekkpålegget.",
    };
}
