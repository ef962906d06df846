namespace Namsmannen.Domain.Parter;

/// <summary>What the trekk calculation needs to know about a debtor's household, and when it was last documented.</summary>
public sealed record Husstandsopplysninger(
    decimal NettoInntektPerManed,
    bool GiftEllerSamboer,
    bool PartnerHarEgenInntekt,
    string BarnAlder,
    decimal? Boutgifter,
    decimal SarligeUtgifter,
    DateOnly Dokumentert);
