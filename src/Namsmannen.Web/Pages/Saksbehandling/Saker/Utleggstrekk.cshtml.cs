using MediatR;
using Microsoft.AspNetCore.Mvc;
using Namsmannen.Application.Common;
using Namsmannen.Application.Features.Beregninger;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>
/// Decide an utleggstrekk: the calculation of the trekkalkulator on the debtor's household (filled in from what is
/// documented), the employer, the claim's class in the queue and the first month. The basis is kept with the decision.
/// </summary>
public sealed class Utleggstrekk(IMediator mediator, TimeProvider clock) : Handlingsside<TaUtleggstrekk.Command, TaUtleggstrekk.Result>(mediator)
{
    public override string Tittel => "Ta utleggstrekk";

    protected override IReadOnlyList<Handling> Handlinger => [Handling.TaUtleggstrekk];

    protected override TaUtleggstrekk.Command Forutfylt(SakDetaljer.Result sak)
    {
        var start = Domain.Regler.Utleggstrekk.TidligsteStart(Oslotid.IDag(clock));
        if (sak.SkyldnerHusstand is not { } h)
        {
            return new() { Start = start };
        }

        return new()
        {
            Start = start,
            Beregning = new()
            {
                NettoInntektPerManed = h.NettoInntektPerManed,
                Sivilstand = h.GiftEllerSamboer ? BeregnUtleggstrekk.GiftEllerSamboer : BeregnUtleggstrekk.Enslig,
                PartnerHarEgenInntekt = h.PartnerHarEgenInntekt,
                BarnAlder = Domain.Parter.Barnealdre.TryLes(h.BarnAlder, out var aldre) ? aldre : [],
                Boutgifter = h.Boutgifter,
                SarligeUtgifter = h.SarligeUtgifter,
            },
        };
    }

    protected override TaUtleggstrekk.Command Klar(TaUtleggstrekk.Command data) => data with
    {
        Saksnummer = Saksnummer,
        ArbeidsgiverOrgnr = (data.ArbeidsgiverOrgnr ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal),
        Beregning = Trekkgrunnlagsskjema.Les(data.Beregning, Oslotid.IDag(clock)),
    };

    public override string? Skjemafelt(string kommandofelt) => Trekkgrunnlagsskjema.Skjemafelt(kommandofelt);

    protected override string Kvittering(TaUtleggstrekk.Result r) => $"Utleggstrekk på {Format.Kroner(r.TrekkPerManed)} per måned fra {Format.Dato(r.Start)} er registrert.";
}
