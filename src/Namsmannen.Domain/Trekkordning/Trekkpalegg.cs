using Namsmannen.Domain.Penger;

namespace Namsmannen.Domain.Trekkordning;

/// <summary>Who the employer pays, and under which rules the trekk runs.</summary>
public enum Trekkregime
{
    /// <summary>Decided before 2026: the employer pays the creditor directly, for at most 2 years (5 for tax).</summary>
    Direkte,

    /// <summary>From 2026: one coordinated trekk per debtor, run by Skatteetaten; the employer pays Skatteetaten until the claims are paid.</summary>
    Samordnet,
}

/// <summary>What a version of the order says: the first order, a change, or the stop.</summary>
public enum Trekkstatus
{
    Aktiv,
    Endret,
    Stoppet,
}

/// <summary>Where the employer pays what it deducts: an account and, when the receiver matches by it, a KID.</summary>
public sealed record BetalTil(string? Konto, string? Kid);

/// <summary>
/// One version of an order to deduct from pay (trekkpålegg). Never changed once written: a change is a new version.
/// <see cref="Sekvens"/> is the feed's number, given after the version is committed.
/// </summary>
public sealed class Trekkversjon
{
    private Trekkversjon()
    {
        Grunn = string.Empty;
    }

    internal Trekkversjon(int versjon, Trekkstatus status, Belop belopPerManed, DateOnly fraDato, DateOnly? tilDato, BetalTil betalTil, string grunn, DateOnly dato)
    {
        Versjon = versjon;
        Status = status;
        BelopPerManed = belopPerManed;
        FraDato = fraDato;
        TilDato = tilDato;
        Konto = betalTil.Konto;
        Kid = betalTil.Kid;
        Grunn = grunn;
        Dato = dato;
    }

    public long Id { get; private set; }

    public Guid TrekkId { get; private set; }

    public int Versjon { get; private set; }

    public long? Sekvens { get; private set; }

    public Trekkstatus Status { get; private set; }

    public Belop BelopPerManed { get; private set; }

    /// <summary>The first day the version governs: the first pay day it applies to is on or after it.</summary>
    public DateOnly FraDato { get; private set; }

    /// <summary>The last day anything may be deducted; for a stop, the day it stopped.</summary>
    public DateOnly? TilDato { get; private set; }

    public string? Konto { get; private set; }

    public string? Kid { get; private set; }

    public BetalTil BetalTil => new(Konto, Kid);

    /// <summary>Why this version was made, in the words the employer and the debtor read.</summary>
    public string Grunn { get; private set; }

    /// <summary>The day the version was made.</summary>
    public DateOnly Dato { get; private set; }
}

/// <summary>
/// An order to a trekkpliktig (an employer or NAV, by organisasjonsnummer) to deduct from the debtor's pay each month
/// (trekkpålegg). It is a versioned document: a new amount, a new rate, a stop each add a version; employers read the
/// versions in order, and the letters carry them. Changed only through its methods.
/// </summary>
public sealed class Trekkpalegg
{
    private readonly List<Trekkversjon> versjoner = [];

    private Trekkpalegg()
    {
        Orgnr = string.Empty;
        Hjemmel = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid SakId { get; private set; }

    public Guid SkyldnerId { get; private set; }

    /// <summary>The trekkpliktig's organisasjonsnummer: who gets the order and may read it.</summary>
    public string Orgnr { get; private set; }

    public Trekkregime Regime { get; private set; }

    /// <summary>The day of the month pay is paid (see <see cref="Trekkmaned.Lonnsdag"/>).</summary>
    public int Lonnsdag { get; private set; }

    public string Hjemmel { get; private set; }

    /// <summary>The first day of the next month the follow-up has not yet expected a trekk for (it moves a month at a time).</summary>
    public DateOnly ForventesFra { get; private set; }

    /// <summary>The day the trekk was stopped, if it was.</summary>
    public DateOnly? Stoppet { get; private set; }

    public IReadOnlyList<Trekkversjon> Versjoner => versjoner;

    public Trekkversjon Gjeldende => versjoner[^1];

    public bool ErStoppet => Gjeldende.Status == Trekkstatus.Stoppet;

    /// <summary>The order made when an utleggstrekk is decided on <paramref name="vedtatt"/>: version 1, from the first trekk.</summary>
    public static Trekkpalegg Vedta(Guid id, Guid sakId, Guid skyldnerId, string orgnr, DateOnly vedtatt, DateOnly start, DateOnly? slutt, Belop belopPerManed, BetalTil betalTil, int lonnsdag = Trekkmaned.StandardLonnsdag)
    {
        if (belopPerManed <= Belop.Null)
        {
            throw new DomainException("Et trekkpålegg må ha et beløp per måned over 0 kr.");
        }

        var regime = RegimeFor(vedtatt);
        var palegg = new Trekkpalegg
        {
            Id = id,
            SakId = sakId,
            SkyldnerId = skyldnerId,
            Orgnr = orgnr,
            Regime = regime,
            Lonnsdag = lonnsdag is >= 1 and <= 31 ? lonnsdag : throw new DomainException("Lønnsdagen må være fra 1 til 31.", "Lonnsdag"),
            // tvangsfullbyrdelsesloven § 7-21 og dekningsloven § 2-7; fra 2026 innkrevingsloven (samordnet trekk)
            Hjemmel = regime == Trekkregime.Direkte
                ? "Tvangsfullbyrdelsesloven § 7-21 og dekningsloven § 2-7."
                : "Tvangsfullbyrdelsesloven § 7-21, dekningsloven § 2-7 og innkrevingsloven (samordnet trekk hos Skatteetaten).",
            ForventesFra = Trekkmaned.For(start).Forste,
        };
        palegg.versjoner.Add(new Trekkversjon(1, Trekkstatus.Aktiv, belopPerManed, start, slutt, betalTil, "Utleggstrekk er besluttet.", vedtatt));
        return palegg;
    }

    /// <summary>The rules a trekk decided on <paramref name="vedtatt"/> runs under.</summary>
    // innkrevingsloven (Prop. 37 L (2024–2025)): trekk besluttet fra 1.1.2026 samordnes hos Skatteetaten; eldre trekk løper etter de gamle reglene
    public static Trekkregime RegimeFor(DateOnly vedtatt) => vedtatt >= new DateOnly(2026, 1, 1) ? Trekkregime.Samordnet : Trekkregime.Direkte;

    /// <summary>
    /// A new monthly amount from <paramref name="fra"/>, or null when the amount is the same (nothing for the employer to do).
    /// </summary>
    public Trekkversjon? Endre(Belop belopPerManed, DateOnly fra, string grunn, DateOnly idag)
    {
        if (ErStoppet)
        {
            throw new DomainException("Trekket er stoppet og kan ikke endres.");
        }

        if (belopPerManed <= Belop.Null)
        {
            throw new DomainException("Et nytt trekk må være over 0 kr. Stopp trekket i stedet.", "BelopPerManed");
        }

        if (fra < idag)
        {
            throw new DomainException("En endring kan ikke gjelde fra en dag som har vært.", "Fra");
        }

        if (belopPerManed == Gjeldende.BelopPerManed)
        {
            return null;
        }

        var versjon = new Trekkversjon(versjoner.Count + 1, Trekkstatus.Endret, belopPerManed, fra, Gjeldende.TilDato, Gjeldende.BetalTil, grunn.Trim(), idag);
        versjoner.Add(versjon);
        return versjon;
    }

    /// <summary>
    /// A recalculated amount (new rates, a documented change): a new version from <paramref name="fra"/>, or, when the
    /// calculation leaves no room for trekk, a stop on <paramref name="idag"/>. Null when the amount is the same.
    /// </summary>
    // ASSUMPTION (docs/domain.md, trekk): gir en ny beregning ikke rom for trekk, stanses trekket samme dag
    public Trekkversjon? RegnOm(Belop belopPerManed, DateOnly fra, string grunn, DateOnly idag) =>
        belopPerManed > Belop.Null ? Endre(belopPerManed, fra, grunn, idag) : Stopp(idag, grunn.Trim() + " Det er ikke rom for trekk.");

    /// <summary>Stops the trekk on <paramref name="dato"/>: nothing is deducted on a pay day after it. Null when already stopped.</summary>
    public Trekkversjon? Stopp(DateOnly dato, string grunn)
    {
        if (ErStoppet)
        {
            return null;
        }

        var versjon = new Trekkversjon(versjoner.Count + 1, Trekkstatus.Stoppet, Gjeldende.BelopPerManed, Gjeldende.FraDato, dato, Gjeldende.BetalTil, grunn.Trim(), dato);
        versjoner.Add(versjon);
        Stoppet = dato;
        return versjon;
    }

    /// <summary>
    /// What the employer must deduct in <paramref name="maned"/> by the versions known today: the amount of the newest
    /// version that governs the month's pay day, or nothing before the start, after the end, or after a stop.
    /// </summary>
    public Belop? Forventet(Trekkmaned maned)
    {
        var lonnsdag = maned.Lonnsdag(Lonnsdag);
        var stopp = versjoner.FirstOrDefault(v => v.Status == Trekkstatus.Stoppet);
        if (stopp is not null && lonnsdag > stopp.TilDato)
        {
            return null;
        }

        var gjelder = versjoner.LastOrDefault(v => v.Status != Trekkstatus.Stoppet && v.FraDato <= lonnsdag);
        if (gjelder is null || (gjelder.TilDato is { } til && lonnsdag > til))
        {
            return null;
        }

        return gjelder.BelopPerManed;
    }
}
