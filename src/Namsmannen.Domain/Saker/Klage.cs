using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Saker;

/// <summary>What became of a klage (tvangsfullbyrdelsesloven § 5-16).</summary>
public enum Klageutfall
{
    /// <summary>Upheld: the decision complained of is changed.</summary>
    TattTilFolge,

    /// <summary>Upheld in part.</summary>
    DelvisTattTilFolge,

    /// <summary>Not upheld, by tingretten: namsmannen cannot itself reject a klage on its merits, it forwards it.</summary>
    IkkeTattTilFolge,

    /// <summary>Rejected without a ruling on the merits: too late, or by someone without the right to complain.</summary>
    Avvist,
}

/// <summary>
/// A klage on a case, owned by the case (<see cref="Sak.Klager"/>): what it concerns, when it came, its deadline, and
/// what became of it. Changed only through the case.
/// </summary>
public sealed class Klage
{
    public static string Navn(Klageutfall utfall) => utfall switch
    {
        Klageutfall.TattTilFolge => "Tatt til følge",
        Klageutfall.DelvisTattTilFolge => "Delvis tatt til følge",
        Klageutfall.IkkeTattTilFolge => "Ikke tatt til følge av tingretten",
        _ => "Avvist",
    };

    private Klage()
    {
        Innhold = string.Empty;
    }

    internal Klage(Klagegjelder gjelder, DateOnly mottatt, KlagefristVurdering vurdering, string innhold)
    {
        Gjelder = gjelder;
        Mottatt = mottatt;
        Frist = vurdering.Frist;
        IRettTid = vurdering.IRettTid;
        Innhold = innhold.Trim();
    }

    public long Id { get; private set; }

    public Guid SakId { get; private set; }

    public Klagegjelder Gjelder { get; private set; }

    public DateOnly Mottatt { get; private set; }

    public DateOnly? Frist { get; private set; }

    public bool IRettTid { get; private set; }

    public string Innhold { get; private set; }

    /// <summary>When the caseworker, not upholding it, sent it to tingretten (§ 5-16).</summary>
    public DateTimeOffset? OversendtTingretten { get; private set; }

    public DateTimeOffset? Avgjort { get; private set; }

    public string? Avgjorelse { get; private set; }

    /// <summary>The outcome, once decided.</summary>
    public Klageutfall? Utfall { get; private set; }

    public bool ErApen => Avgjort is null;

    /// <summary>Open and not yet sent to tingretten: the caseworker may still uphold it, or forward it.</summary>
    public bool KanOversendes => ErApen && OversendtTingretten is null;

    internal void Oversend(DateTimeOffset tidspunkt) => OversendtTingretten = tidspunkt;

    internal void Avgjor(DateTimeOffset tidspunkt, Klageutfall utfall, string avgjorelse)
    {
        Avgjort = tidspunkt;
        Utfall = utfall;
        Avgjorelse = avgjorelse.Trim();
    }
}
