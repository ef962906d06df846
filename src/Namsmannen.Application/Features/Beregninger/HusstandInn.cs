using FluentValidation;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Application.Features.Beregninger;

/// <summary>The household fields the trekk and bank-deposit calculators share.</summary>
public interface IHusstandInn
{
    string Sivilstand { get; }

    bool PartnerHarEgenInntekt { get; }

    IReadOnlyList<int> BarnAlder { get; }

    IReadOnlyList<BeregnUtleggstrekk.SamvaersBarnInn> Samvaer { get; }
}

/// <summary>One set of rules and messages for a household, whichever calculator it is sent to.</summary>
public sealed class HusstandInnValidator : AbstractValidator<IHusstandInn>
{
    public HusstandInnValidator()
    {
        RuleFor(q => q.Sivilstand).Must(s => s is BeregnUtleggstrekk.Enslig or BeregnUtleggstrekk.GiftEllerSamboer).WithMessage("Sivilstand må være «enslig» eller «gift_eller_samboer».");
        RuleFor(q => q.PartnerHarEgenInntekt).Equal(false).When(q => q.Sivilstand == BeregnUtleggstrekk.Enslig).WithMessage("En enslig skyldner har ingen partner.");
        RuleFor(q => q.BarnAlder).NotNull().WithMessage("Oppgi barnas alder som en liste, eller en tom liste.")
            .Must(b => b is null || b.Count <= 15).WithMessage("Oppgi høyst 15 barn.");
        RuleForEach(q => q.BarnAlder).InclusiveBetween(0, 25).WithMessage("Barnets alder må være mellom 0 og 25 år.");
        RuleFor(q => q.Samvaer).NotNull().WithMessage("Oppgi samværsbarna som en liste, eller en tom liste.")
            .Must(s => s is null || s.Count <= 15).WithMessage("Oppgi høyst 15 samværsbarn.");
        RuleForEach(q => q.Samvaer).NotNull().WithMessage("Oppgi alder og samværsklasse for hvert samværsbarn.").ChildRules(s =>
        {
            s.RuleFor(b => b.Alder).InclusiveBetween(0, 25).WithMessage("Barnets alder må være mellom 0 og 25 år.");
            s.RuleFor(b => b.Klasse).InclusiveBetween(1, 4).WithMessage("Samværsklassen må være 1, 2, 3 eller 4.");
        });
    }

    /// <summary>The domain's household for a validated request.</summary>
    public static Husstand TilHusstand(IHusstandInn inn) => new(
        inn.Sivilstand == BeregnUtleggstrekk.GiftEllerSamboer ? Domain.Regler.Sivilstand.GiftEllerSamboer : Domain.Regler.Sivilstand.Enslig,
        inn.PartnerHarEgenInntekt,
        inn.BarnAlder,
        inn.Samvaer.Select(s => new SamvaersBarn(s.Alder, s.Klasse)).ToList());
}
