using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Saker;

/// <summary>
/// A klage on a case, owned by the case (<see cref="Sak.Klager"/>): what it concerns, when it came, its deadline, and
/// what became of it. Changed only through the case.
/// </summary>
public sealed class Klage
{
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

    public bool ErApen => Avgjort is null;

    internal void Oversend(DateTimeOffset tidspunkt) => OversendtTingretten = tidspunkt;

    internal void Avgjor(DateTimeOffset tidspunkt, string avgjorelse)
    {
        Avgjort = tidspunkt;
        Avgjorelse = avgjorelse.Trim();
    }
}
