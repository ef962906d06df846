using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Saker;

/// <summary>The case's ledger (issue 16): every krone the case owes or has received is an entry, owned by the case.</summary>
public sealed partial class Sak
{
    private readonly List<Kontopost> poster = [];

    /// <summary>The ledger's entries, in the order they were booked.</summary>
    public IReadOnlyList<Kontopost> Poster => poster;

    /// <summary>The ledger: from it the balance by component on any day, interest included.</summary>
    public Kontoutskrift Konto => new(poster, Mottatt);

    /// <summary>Forsinkelsesrente and fees booked on top of the claim as received (with <see cref="Krav"/> and <see cref="Innbetalt"/>, the booked balance).</summary>
    public Belop Tillegg { get; private set; }

    /// <summary>Paid beyond the whole balance: owed back to the payer (issue 16).</summary>
    public Belop Overbetalt { get; private set; }

    /// <summary>The order the creditor set for what a payment on the case covers ("Hovedstol,Renter,…"), or null: the standard order.</summary>
    public string? Avregningsrekkefolge { get; private set; }

    /// <summary>Why an order of the claim's parts is refused: every part must be in it once.</summary>
    public const string RekkefolgeMaHaHverDel = "Rekkefølgen må ha hver del av kravet nøyaktig én gang: hovedstol, renter, omkostninger og rettsgebyr.";

    /// <summary>The creditor's order as components, or null for <see cref="Kontoutskrift.StandardRekkefolge"/>.</summary>
    public IReadOnlyList<Komponent>? Rekkefolge => Avregningsrekkefolge?.Split(',').Select(Enum.Parse<Komponent>).ToList();

    /// <summary>
    /// The creditor sets the order payments on its case cover the components in, or (null) goes back to the standard
    /// order. Every component once: a payment must be able to cover all of the balance.
    /// </summary>
    // Lovavdelingen 1999 (avdrag i inkassosaker): i tvangsfullbyrdelse bestemmer kreditor avregningen, ellers namsmannen
    public void SettAvregningsrekkefolge(IReadOnlyList<Komponent>? rekkefolge)
    {
        if (rekkefolge is not null && (rekkefolge.Count != Enum.GetValues<Komponent>().Length || rekkefolge.Distinct().Count() != rekkefolge.Count))
        {
            throw new DomainException(RekkefolgeMaHaHverDel, "Rekkefolge");
        }

        var ny = rekkefolge is null || rekkefolge.SequenceEqual(Kontoutskrift.StandardRekkefolge) ? null : string.Join(',', rekkefolge);
        if (ny != Avregningsrekkefolge)
        {
            Avregningsrekkefolge = ny;
            hendelser.Add(new Sakshendelse.AvregningsrekkefolgeSatt(Rekkefolge ?? Kontoutskrift.StandardRekkefolge, ny is null));
        }
    }

    /// <summary>The claim as received: one debit per component on the day of the begjæring.</summary>
    private void ApneKonto()
    {
        foreach (var (komponent, belop) in new[] { (Komponent.Hovedstol, Hovedstol), (Komponent.Renter, Renter), (Komponent.Omkostninger, Omkostninger) })
        {
            if (belop != Belop.Null)
            {
                poster.Add(new Kontopost(Mottatt, Mottatt, Posttype.Krav, komponent, belop));
            }
        }
    }

    /// <summary>
    /// What is owed on <paramref name="idag"/>, with forsinkelsesrente to that day up to the last half-year whose rate is
    /// known (a notice names the missing one); never from before the case was received.
    /// </summary>
    public SaldoPaDato SaldoIDag(DateOnly idag, Satsbok satser) => Konto.SaldoPa(idag < Mottatt ? Mottatt : idag, satser);

    /// <summary>The KID a payment to namsmannen's account for this case carries; null for a number that has none.</summary>
    public string? Kid => Saker.Saksnummer.TryParse(Saksnummer, out var nummer) ? Penger.Kid.For(nummer) : null;

    /// <summary>
    /// The balance on the day a booking is valued, with interest to that day (or to the last day a rate is known). Money
    /// paid before the begjæring reached namsmannen is valued the day it did: the ledger and its interest start then. A
    /// booking cannot be valued before the last one: the interest already booked would be wrong (it is refused, not
    /// silently rebooked).
    /// </summary>
    private SaldoPaDato SaldoForBokforing(DateOnly dato, Satsbok satser)
    {
        dato = dato < Mottatt ? Mottatt : dato;
        var siste = poster.Where(p => p.Type != Posttype.Krav).Select(p => p.RenterTil ?? p.Valuteringsdato).DefaultIfEmpty(Mottatt).Max();
        if (dato < siste)
        {
            throw new DomainException($"Datoen kan ikke være før siste postering på saken ({siste:dd.MM.yyyy}).", "Dato");
        }

        // A rate not yet known stops the interest at the last known day (booked to there, the rest when the rate comes);
        // the payment is booked all the same (domain.md § 4: a missing rate gives a notice, never a refusal or a guess).
        return Konto.SaldoPa(dato, satser);
    }

    /// <summary>
    /// The court fee and the costs an asset's value paid before the claim (a sale's proceeds, a returned asset's value):
    /// the debtor's, and paid at once by <paramref name="betaltAv"/>. Each is a debit and a credit of the same amount, so
    /// the ledger shows them and the claim's balance is unchanged by them.
    /// </summary>
    private void BokforDekkedeKostnader(Posttype betaltAv, DateOnly dato, Belop rettsgebyr, Belop omkostninger)
    {
        foreach (var (type, komponent, belop) in new[] { (Posttype.Rettsgebyr, Komponent.Rettsgebyr, rettsgebyr), (Posttype.Omkostninger, Komponent.Omkostninger, omkostninger) })
        {
            if (belop > Belop.Null)
            {
                poster.Add(new Kontopost(dato, dato, type, komponent, belop));
                poster.Add(new Kontopost(dato, dato, betaltAv, komponent, Belop.Null - belop));
            }
        }
    }

    /// <summary>Books the interest accrued to <paramref name="saldo"/>'s day as entries, one per rate period, so a credit can cover it.</summary>
    private void BokforRenter(SaldoPaDato saldo, DateOnly bokfort)
    {
        foreach (var periode in saldo.Renteperioder.Where(p => p.Renter > Belop.Null))
        {
            poster.Add(new Kontopost(periode.Til, bokfort, Posttype.Forsinkelsesrente, Komponent.Renter, periode.Renter, periode.Fra, periode.Til, periode.SatsradId > 0 ? periode.SatsradId : null));
            Tillegg += periode.Renter;
        }
    }

    /// <summary>
    /// Credits <paramref name="belop"/> on <paramref name="saldo"/>'s day (from <see cref="SaldoForBokforing"/>, checked
    /// by the caller first): the interest to that day is booked, then the amount is applied in
    /// <paramref name="rekkefolge"/> (a voluntary payment's own, else the creditor's, else the standard order). Returns the application; what is
    /// left over is the overpayment.
    /// </summary>
    private Avregning Krediter(Posttype type, Belop belop, SaldoPaDato saldo, DateOnly bokfort, IReadOnlyList<Komponent>? rekkefolge)
    {
        BokforRenter(saldo, bokfort);
        var avregning = Kontoutskrift.Avregn(saldo.Saldo, belop, rekkefolge ?? Rekkefolge);
        foreach (var (komponent, dekket) in avregning.Poster)
        {
            poster.Add(new Kontopost(saldo.Dato, bokfort, type, komponent, Belop.Null - dekket));
            Innbetalt += dekket;
        }

        return avregning;
    }
}
