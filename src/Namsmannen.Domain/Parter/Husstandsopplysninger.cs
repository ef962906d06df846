using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Parter;

/// <summary>What the trekk calculation needs to know about a debtor's household, and when it was last documented.</summary>
public sealed record Husstandsopplysninger(
    decimal NettoInntektPerManed,
    bool GiftEllerSamboer,
    bool PartnerHarEgenInntekt,
    string BarnAlder,
    decimal? Boutgifter,
    decimal SarligeUtgifter,
    DateOnly Dokumentert)
{
    /// <summary>The household as the rules count it: the debtor, a partner living with them, and the children at home.</summary>
    public Husstand TilHusstand() => new(
        GiftEllerSamboer ? Sivilstand.GiftEllerSamboer : Sivilstand.Enslig,
        GiftEllerSamboer && PartnerHarEgenInntekt,
        Barnealdre.TryLes(BarnAlder, out var aldre) ? aldre : throw new DomainException(Barnealdre.Melding),
        []);
}
