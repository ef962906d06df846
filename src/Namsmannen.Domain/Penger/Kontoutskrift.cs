using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Satser;

namespace Namsmannen.Domain.Penger;

/// <summary>The parts of a claim a ledger keeps apart (domain.md § 4: hovedstol, renter and omkostninger separately).</summary>
public enum Komponent
{
    Hovedstol,
    Renter,
    Omkostninger,
    Rettsgebyr,
}

/// <summary>What booked an entry.</summary>
public enum Posttype
{
    /// <summary>The claim as received with the begjæring.</summary>
    Krav,

    /// <summary>A court fee, when its step happens.</summary>
    Rettsgebyr,

    /// <summary>Costs of carrying out a step.</summary>
    Omkostninger,

    Betaling,
    Trekk,
    Salg,
    Tilbakelevering,

    /// <summary>The creditor reduces the claim.</summary>
    Reduksjon,

    /// <summary>Forsinkelsesrente for a period, booked when a booking needs it (never a total: each entry names its period).</summary>
    Forsinkelsesrente,
}

/// <summary>
/// One entry of a case's ledger: a debit (positive: the debtor owes more) or a credit (negative) to one component,
/// valued on <see cref="Valuteringsdato"/> (what the interest follows) and booked on <see cref="Bokforingsdato"/>.
/// Forsinkelsesrente booked for a period names the period (<see cref="RenterFra"/>, <see cref="RenterTil"/>, not counted).
/// Owned by its case; never changed once booked.
/// </summary>
public sealed class Kontopost
{
    private Kontopost()
    {
    }

    public Kontopost(DateOnly valuteringsdato, DateOnly bokforingsdato, Posttype type, Komponent komponent, Belop belop, DateOnly? renterFra = null, DateOnly? renterTil = null, long? satsradId = null)
    {
        SatsradId = satsradId;
        Valuteringsdato = valuteringsdato;
        Bokforingsdato = bokforingsdato;
        Type = type;
        Komponent = komponent;
        Belop = belop;
        RenterFra = renterFra;
        RenterTil = renterTil;
    }

    public long Id { get; private set; }

    public Guid SakId { get; private set; }

    public DateOnly Valuteringsdato { get; private set; }

    public DateOnly Bokforingsdato { get; private set; }

    public Posttype Type { get; private set; }

    public Komponent Komponent { get; private set; }

    public Belop Belop { get; private set; }

    /// <summary>For booked interest: the forsinkelsesrente row its period used (issue 20).</summary>
    public long? SatsradId { get; private set; }

    public DateOnly? RenterFra { get; private set; }

    public DateOnly? RenterTil { get; private set; }
}

/// <summary>What is owed, by component; never a negative component.</summary>
public sealed record Saldo(Belop Hovedstol, Belop Renter, Belop Omkostninger, Belop Rettsgebyr)
{
    public static Saldo Null => new(Belop.Null, Belop.Null, Belop.Null, Belop.Null);

    public Belop Sum => Hovedstol + Renter + Omkostninger + Rettsgebyr;

    /// <summary>The balance with <paramref name="belop"/> less of <paramref name="komponent"/>.</summary>
    public Saldo Uten(Komponent komponent, Belop belop) => komponent switch
    {
        Komponent.Hovedstol => this with { Hovedstol = Hovedstol - belop },
        Komponent.Renter => this with { Renter = Renter - belop },
        Komponent.Omkostninger => this with { Omkostninger = Omkostninger - belop },
        _ => this with { Rettsgebyr = Rettsgebyr - belop },
    };

    public Belop this[Komponent komponent] => komponent switch
    {
        Komponent.Hovedstol => Hovedstol,
        Komponent.Renter => Renter,
        Komponent.Omkostninger => Omkostninger,
        _ => Rettsgebyr,
    };
}

/// <summary>
/// The balance on a day: what is owed by component, the interest accrued on the hovedstol to that day (the day not
/// counted) period by period, and, when a rate is not yet known, the day the interest is counted to and why.
/// </summary>
public sealed record SaldoPaDato(DateOnly Dato, Saldo Saldo, IReadOnlyList<RentePeriode> Renteperioder, DateOnly RenterTil, string? Advarsel);

/// <summary>How a payment was applied: the credit per component, in the order it was applied, and what is left over.</summary>
public sealed record Avregning(IReadOnlyList<(Komponent Komponent, Belop Belop)> Poster, Belop Overskudd)
{
    /// <summary>What the payment covered of the balance.</summary>
    public Belop Dekket => Belop.Sum(Poster.Select(p => p.Belop));
}

/// <summary>
/// A case's ledger (kontoutskrift): the entries, and from them alone the balance on any day. The forsinkelsesrente is
/// never stored as a total: it is recomputed from the hovedstol the entries give, day by day, split where the hovedstol
/// changes and where the rate changes (domain.md § 4).
/// </summary>
public sealed class Kontoutskrift(IEnumerable<Kontopost> poster, DateOnly renterFra)
{
    /// <summary>
    /// ASSUMPTION (docs/domain.md, Avregning): a payment covers omkostninger and rettsgebyr first, then renter, then
    /// hovedstol, unless the creditor has set another order for the case (Lovavdelingen 1999: in enforcement the
    /// creditor chooses, otherwise namsmannen).
    /// </summary>
    public static readonly IReadOnlyList<Komponent> StandardRekkefolge = [Komponent.Omkostninger, Komponent.Rettsgebyr, Komponent.Renter, Komponent.Hovedstol];

    public IReadOnlyList<Kontopost> Poster { get; } = poster.OrderBy(p => p.Valuteringsdato).ThenBy(p => p.Bokforingsdato).ToList();

    /// <summary>The first day interest runs: the day of the begjæring (the claim's own renter cover the time before).</summary>
    public DateOnly RenterFra { get; } = renterFra;

    /// <summary>
    /// The balance at the start of <paramref name="dato"/>: entries valued before or on it, interest to it (not counted).
    /// Forsinkelsesrente booked for periods that end by then counts as booked; from the end of the last such period
    /// the interest is computed from the hovedstol the entries give.
    /// </summary>
    // forsinkelsesrenteloven §§ 2–3: enkel rente på hovedstolen; domain.md § 4: delt ved hver satsendring, hver del rundet til øre
    public SaldoPaDato SaldoPa(DateOnly dato, Satsbok satser)
    {
        var bokfortRente = Poster.Where(p => p.Type == Posttype.Forsinkelsesrente && p.RenterTil <= dato).ToList();
        var gjeldende = Poster.Where(p => p.Type != Posttype.Forsinkelsesrente && p.Valuteringsdato <= dato).Concat(bokfortRente).ToList();
        Belop Sum(Komponent k) => Belop.Sum(gjeldende.Where(p => p.Komponent == k).Select(p => p.Belop));

        var perioder = new List<RentePeriode>();
        string? advarsel = null;
        var renterTil = dato;
        var fra = bokfortRente.Select(p => p.RenterTil!.Value).Append(RenterFra).Max();
        // The hovedstol changes on the days its entries are valued; interest on each stretch, each split by the rates.
        var endringer = gjeldende.Where(p => p.Komponent == Komponent.Hovedstol && p.Valuteringsdato > fra).Select(p => p.Valuteringsdato)
            .Append(dato).Distinct().Order().ToList();
        foreach (var til in endringer.Where(d => d > fra))
        {
            var hovedstol = Belop.Sum(gjeldende.Where(p => p.Komponent == Komponent.Hovedstol && p.Valuteringsdato <= fra).Select(p => p.Belop));
            if (hovedstol > Belop.Null)
            {
                var del = Forsinkelsesrente.BeregnTilKjentSats(hovedstol, fra, til, satser);
                perioder.AddRange(del.Resultat.Perioder);
                if (del.Advarsel is not null)
                {
                    (advarsel, renterTil) = (del.Advarsel, del.Til);
                    break;
                }
            }

            fra = til;
        }

        var paloptRenter = Belop.Sum(perioder.Select(p => p.Renter));
        var saldo = new Saldo(Sum(Komponent.Hovedstol), Sum(Komponent.Renter) + paloptRenter, Sum(Komponent.Omkostninger), Sum(Komponent.Rettsgebyr));
        return new SaldoPaDato(dato, saldo, perioder, renterTil, advarsel);
    }

    /// <summary>The sum of every entry booked: what is owed as of the last booking, interest accrued since not included.</summary>
    public Belop Bokfort => Belop.Sum(Poster.Select(p => p.Belop));

    /// <summary>
    /// Applies <paramref name="belop"/> to <paramref name="saldo"/> in <paramref name="rekkefolge"/> (components not named
    /// follow in the standard order): each component gets at most what it owes, so none goes negative; what is left
    /// over is an overpayment, owed back to the payer.
    /// </summary>
    public static Avregning Avregn(Saldo saldo, Belop belop, IReadOnlyList<Komponent>? rekkefolge = null)
    {
        if (belop <= Belop.Null)
        {
            throw new DomainException("Beløpet må være større enn 0 kr.");
        }

        var orden = (rekkefolge ?? []).Concat(StandardRekkefolge).Distinct().ToList();
        var igjen = belop;
        var poster = new List<(Komponent, Belop)>();
        foreach (var komponent in orden)
        {
            var dekket = Belop.Min(igjen, Belop.Max(saldo[komponent], Belop.Null));
            if (dekket > Belop.Null)
            {
                poster.Add((komponent, dekket));
                igjen -= dekket;
            }
        }

        return new Avregning(poster, igjen);
    }
}
