namespace Namsmannen.Domain.Saker;

/// <summary>
/// An enforcement case, from the begjæring until it is closed. The stage changes only through the
/// lifecycle methods; the full transition table of domain.md § 2 arrives with the law-as-code work.
/// </summary>
public sealed class Sak
{
    private Sak()
    {
        Saksnummer = string.Empty;
        KreditorReferanse = string.Empty;
    }

    private Sak(Guid id, Saksnummer saksnummer, Guid kreditorId, Guid skyldnerId, Begjaringstype type, decimal hovedstol, decimal renter, decimal omkostninger, string kreditorReferanse, DateOnly mottatt)
    {
        if (hovedstol <= 0)
        {
            throw new DomainException("Hovedstolen må være større enn 0 kr.");
        }

        if (renter < 0 || omkostninger < 0)
        {
            throw new DomainException("Renter og omkostninger kan ikke være negative.");
        }

        if (decimal.Round(hovedstol, 2) != hovedstol || decimal.Round(renter, 2) != renter || decimal.Round(omkostninger, 2) != omkostninger)
        {
            throw new DomainException("Beløp kan ikke ha mer enn to desimaler (øre).");
        }

        Id = id;
        Saksnummer = saksnummer.ToString();
        KreditorId = kreditorId;
        SkyldnerId = skyldnerId;
        Type = type;
        Hovedstol = hovedstol;
        Renter = renter;
        Omkostninger = omkostninger;
        KreditorReferanse = kreditorReferanse.Trim();
        Mottatt = mottatt;
        Stadium = Saksstadium.BegjaringMottatt;
    }

    public Guid Id { get; private set; }

    public string Saksnummer { get; private set; }

    public Guid KreditorId { get; private set; }

    public Guid SkyldnerId { get; private set; }

    public Begjaringstype Type { get; private set; }

    public Saksstadium Stadium { get; private set; }

    public decimal Hovedstol { get; private set; }

    public decimal Renter { get; private set; }

    public decimal Omkostninger { get; private set; }

    public decimal Krav => Hovedstol + Renter + Omkostninger;

    /// <summary>The creditor's own reference for the case; unique per creditor.</summary>
    public string KreditorReferanse { get; private set; }

    public DateOnly Mottatt { get; private set; }

    /// <summary>The caseworker who owns the case, or null while it waits in the unassigned queue.</summary>
    public string? SaksbehandlerId { get; private set; }

    /// <summary>PostgreSQL xmin, for optimistic concurrency.</summary>
    public uint Versjon { get; private set; }

    /// <summary>A begjæring received by namsmannen (tvangsfullbyrdelsesloven § 5-2).</summary>
    public static Sak Motta(Guid id, Saksnummer saksnummer, Guid kreditorId, Guid skyldnerId, Begjaringstype type, decimal hovedstol, decimal renter, decimal omkostninger, string kreditorReferanse, DateOnly mottatt) =>
        new(id, saksnummer, kreditorId, skyldnerId, type, hovedstol, renter, omkostninger, kreditorReferanse, mottatt);

    /// <summary>
    /// A case taken over from an earlier system at the stage it had reached there. Used by migration
    /// from legacy data and by the demo and volume generators; normal work moves cases by their actions.
    /// </summary>
    public static Sak FraHistorikk(Guid id, Saksnummer saksnummer, Guid kreditorId, Guid skyldnerId, Begjaringstype type, decimal hovedstol, decimal renter, decimal omkostninger, string kreditorReferanse, DateOnly mottatt, Saksstadium stadium, string? saksbehandlerId)
    {
        var sak = new Sak(id, saksnummer, kreditorId, skyldnerId, type, hovedstol, renter, omkostninger, kreditorReferanse, mottatt)
        {
            Stadium = stadium,
            SaksbehandlerId = saksbehandlerId,
        };
        return sak;
    }

    public void TildelTil(string saksbehandlerId)
    {
        if (Stadium is Saksstadium.Avsluttet or Saksstadium.Henlagt or Saksstadium.Avvist)
        {
            throw new DomainException("En avsluttet sak kan ikke tildeles.");
        }

        SaksbehandlerId = saksbehandlerId;
    }
}
