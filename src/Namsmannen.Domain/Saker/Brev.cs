using Namsmannen.Domain.Parter;

namespace Namsmannen.Domain.Saker;

/// <summary>The kinds of letter a case sends (issue 18). Each has its own versioned template in bokmål and nynorsk.</summary>
public enum Brevart
{
    /// <summary>To the creditor: the begjæring is accepted.</summary>
    Kvittering,

    /// <summary>To the creditor: the begjæring is rejected, with the reason.</summary>
    Avvisning,

    /// <summary>To the debtor: varsel om utleggsforretning (tvangsfullbyrdelsesloven § 7-10).</summary>
    VarselOmUtleggsforretning,

    /// <summary>To the debtor and the creditor: underretning om utlegg, utleggspant taken.</summary>
    UnderretningUtleggspant,

    /// <summary>To the debtor and the creditor: underretning om utlegg, utleggstrekk taken, with the calculation.</summary>
    UnderretningUtleggstrekk,

    /// <summary>To the debtor and the creditor: underretning om utlegg, the forretning ended with intet til utlegg.</summary>
    UnderretningIntetTilUtlegg,

    /// <summary>To the employer: the trekkpålegg, and each change and stop of it (one letter per version).</summary>
    Trekkpalegg,

    /// <summary>To the debtor: varsel om tvangssalg.</summary>
    VarselOmTvangssalg,

    /// <summary>To the debtor: varsel om tilbakelevering of an asset to its salgspanthaver.</summary>
    VarselOmTilbakelevering,

    /// <summary>To the debtor: the asset has been returned; the klagefrist runs from the day this letter is received.</summary>
    UnderretningTilbakelevering,

    /// <summary>To the debtor and the creditor: the fordelingsutskrift of a sale.</summary>
    Fordelingsutskrift,

    /// <summary>To the debtor and the creditor: namsmannen's decision on a klage.</summary>
    Klageavgjorelse,

    /// <summary>To the debtor: the trekk is changed (a new amount, after documentation or a recalculation) or stopped (issue 19).</summary>
    EndretUtleggstrekk,
}

/// <summary>Who a letter is to.</summary>
public enum Brevmottaker
{
    Skyldner,
    Kreditor,
    Arbeidsgiver,
}

/// <summary>How a letter reached its recipient.</summary>
public enum Brevkanal
{
    /// <summary>The recipient's digital mailbox (a person, through the contact register) or an organisation's inbox.</summary>
    Digital,

    /// <summary>Printed and posted: the person is reserved against digital post, or has no digital mailbox.</summary>
    Papir,
}

/// <summary>
/// The facts a letter is about, as they stood when it was ordered, so that a letter sent later still tells what
/// happened then: the claim's parts and what was owed, the decision's day and reason, and for a trekkpålegg the version.
/// </summary>
public sealed record Brevgrunnlag(
    DateOnly Dato,
    decimal Hovedstol,
    decimal Renter,
    decimal Omkostninger,
    decimal Innbetalt,
    decimal Utestaende,
    string? Begrunnelse = null,
    Guid? TrekkId = null,
    int? Trekkversjon = null);

/// <summary>
/// A letter of the case to one party: ordered with the fact that calls for it, composed and sent by the outbox in the
/// recipient's målform through their channel, and delivered on the day its receipt says. Owned by the case
/// (<see cref="Sak.Brev"/>) and changed only through it. Its text and PDF are kept beside it, not on the case.
/// </summary>
public sealed class Brev
{
    private Brev()
    {
        Grunnlag = null!;
    }

    internal Brev(Guid sakId, Brevart art, Brevmottaker mottaker, string? orgnr, Brevgrunnlag grunnlag)
    {
        Id = Guid.CreateVersion7();
        SakId = sakId;
        Art = art;
        Mottaker = mottaker;
        Orgnr = orgnr;
        Grunnlag = grunnlag;
        Bestilt = grunnlag.Dato;
    }

    public Guid Id { get; private set; }

    public Guid SakId { get; private set; }

    public Brevart Art { get; private set; }

    public Brevmottaker Mottaker { get; private set; }

    /// <summary>The employer's organisasjonsnummer, for a letter to an employer; null otherwise.</summary>
    public string? Orgnr { get; private set; }

    public Brevgrunnlag Grunnlag { get; private set; }

    /// <summary>The day the fact that called for the letter happened.</summary>
    public DateOnly Bestilt { get; private set; }

    /// <summary>The målform the letter was written in; null until it is composed.</summary>
    public Malform? Malform { get; private set; }

    /// <summary>Which template and version wrote it, such as <c>varsel-utleggsforretning/nn/1</c>; null until composed.</summary>
    public string? Mal { get; private set; }

    public Brevkanal? Kanal { get; private set; }

    public DateOnly? Sendt { get; private set; }

    /// <summary>The day the recipient received it, by the receipt; deadlines that run from receipt count from it.</summary>
    public DateOnly? Levert { get; private set; }

    /// <summary>The day the recipient opened a digital letter, as the mailbox reported it; null for paper or not yet.</summary>
    public DateOnly? Apnet { get; private set; }

    internal void Apne(DateOnly dato)
    {
        if (Kanal != Brevkanal.Digital || Levert is not { } levert)
        {
            throw new DomainException("Bare et levert digitalt brev kan meldes åpnet.");
        }

        Apnet ??= dato < levert ? levert : dato;
    }

    internal void Send(Malform malform, string mal, Brevkanal kanal, DateOnly sendt, DateOnly levert)
    {
        if (Sendt is not null)
        {
            throw new DomainException("Brevet er allerede sendt.");
        }

        if (levert < sendt)
        {
            throw new DomainException("Et brev kan ikke være mottatt før det ble sendt.");
        }

        Malform = malform;
        Mal = mal;
        Kanal = kanal;
        Sendt = sendt;
        Levert = levert;
    }
}

public static class BrevTekst
{
    /// <summary>The letter kind's name in the caseworker's bokmål.</summary>
    public static string Navn(this Brevart art) => art switch
    {
        Brevart.Kvittering => "Kvittering for begjæringen",
        Brevart.Avvisning => "Avvisning av begjæringen",
        Brevart.VarselOmUtleggsforretning => "Varsel om utleggsforretning",
        Brevart.UnderretningUtleggspant => "Underretning om utlegg (utleggspant)",
        Brevart.UnderretningUtleggstrekk => "Underretning om utlegg (utleggstrekk)",
        Brevart.UnderretningIntetTilUtlegg => "Underretning om utlegg (intet til utlegg)",
        Brevart.Trekkpalegg => "Trekkpålegg",
        Brevart.VarselOmTvangssalg => "Varsel om tvangssalg",
        Brevart.VarselOmTilbakelevering => "Varsel om tilbakelevering",
        Brevart.UnderretningTilbakelevering => "Underretning om tilbakelevering",
        Brevart.Fordelingsutskrift => "Fordelingsutskrift",
        Brevart.EndretUtleggstrekk => "Endring av utleggstrekk",
        _ => "Avgjørelse av klage",
    };

    public static string Navn(this Brevmottaker mottaker) => mottaker switch
    {
        Brevmottaker.Skyldner => "Skyldner",
        Brevmottaker.Kreditor => "Kreditor",
        _ => "Arbeidsgiver",
    };

    public static string Navn(this Brevkanal kanal) => kanal == Brevkanal.Digital ? "Digital postkasse" : "Papir";
}
