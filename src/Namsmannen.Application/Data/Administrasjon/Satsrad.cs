namespace Namsmannen.Application.Data.Administrasjon;

/// <summary>Where a rate row stands: proposed by one administrator, in force once a second confirms, or rejected.</summary>
public enum Satsradstatus
{
    /// <summary>Waits for a second administrator; not used by any rule.</summary>
    Foreslatt,

    /// <summary>In force from its date, unless a later row for the same date supersedes it (<see cref="Satsrad.ErstattetAv"/>).</summary>
    Gjeldende,

    /// <summary>Rejected by a second administrator, or withdrawn by the one who proposed it.</summary>
    Avvist,
}

/// <summary>
/// One dated row of a rate table (issue 20): rettsgebyret, a fee multiple, G, livsoppholdssatsene, samværssatsene,
/// boutgiftsnormen or forsinkelsesrenten. Its value is the table's JSON shape (<see cref="Satser.Satstabeller"/>).
/// A row is never changed or deleted once written (a trigger refuses it): a wrong row is superseded by a new row for
/// the same date, so every decision made with the old one can still say which row it used.
/// </summary>
public sealed class Satsrad
{
    public long Id { get; init; }

    /// <summary>The table's code (<see cref="Satser.Satstabeller"/>), e.g. <c>forsinkelsesrente</c> or <c>gebyrmultiplikatorer.utlegg</c>.</summary>
    public string Tabell { get; init; } = string.Empty;

    public DateOnly Fra { get; init; }

    /// <summary>The values, as the table's JSON object (<c>{"sats": 12.0}</c>, <c>{"belop": 1345}</c>, …).</summary>
    public string Verdi { get; init; } = "{}";

    /// <summary>The source: a URL or a reference to the regulation.</summary>
    public string Kilde { get; init; } = string.Empty;

    /// <summary>Derived, not published as such (a policy rate plus 8 points): shown as derived and confirmed by an administrator.</summary>
    public bool Avledet { get; init; }

    public Satsradstatus Status { get; set; }

    /// <summary>The administrator who proposed the row; null for the rows the migration read from the data file.</summary>
    public string? ForeslattAv { get; init; }

    public string ForeslattAvNavn { get; init; } = string.Empty;

    public DateTimeOffset Foreslatt { get; init; }

    /// <summary>The second administrator who confirmed or rejected it; null while it waits (and for a derived row from the data file until one confirms it).</summary>
    public string? BehandletAv { get; set; }

    public string? BehandletAvNavn { get; set; }

    public DateTimeOffset? Behandlet { get; set; }

    /// <summary>The row for the same table and date that replaced this one.</summary>
    public long? ErstattetAv { get; set; }

    public bool IKraft => Status == Satsradstatus.Gjeldende && ErstattetAv is null;
}
