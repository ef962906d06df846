namespace Namsmannen.Application.Data.Statistikk;

/// <summary>
/// The supervisors' figures, kept by PostgreSQL triggers as cases change (see <see cref="Sammendrag"/>). Each table has
/// a twin of pending changes (<c>…_endringer</c>) with the same columns: a trigger only ever appends a change, so
/// concurrent work never waits on a shared counter, and <see cref="Sammendrag.SlaSammenAsync"/> folds the changes into
/// the sums in the background. A reader adds the sums and the pending changes in one statement, so the figures are
/// exact at every moment.
/// </summary>
public abstract class SakTallVerdier
{
    /// <summary>The office (<c>Kontorinndeling</c> code), or <c>*</c> for the whole country in the folded sums.</summary>
    public string Kontor { get; set; } = string.Empty;

    /// <summary>Which breakdown: <see cref="Sammendrag.Stadium"/>, <see cref="Sammendrag.Saksbehandler"/> or <see cref="Sammendrag.Kreditor"/>.</summary>
    public string Dimensjon { get; set; } = string.Empty;

    /// <summary>The stage; the caseworker's id and the stage as <c>id|stadium</c> (empty id: not assigned); or the creditor's id.</summary>
    public string Verdi { get; set; } = string.Empty;

    public long Antall { get; set; }

    public long Apne { get; set; }

    public decimal Krav { get; set; }

    public decimal Innbetalt { get; set; }
}

/// <summary>The folded sums by office and breakdown.</summary>
public sealed class SakTall : SakTallVerdier;

/// <summary>A pending change to <see cref="SakTall"/>.</summary>
public sealed class SakTallEndring : SakTallVerdier
{
    public long Id { get; set; }
}

/// <summary>Per office and day: cases received (and how many of them are still open), closed, open deadlines due, money distributed.</summary>
public abstract class DagTallVerdier
{
    public string Kontor { get; set; } = string.Empty;

    public DateOnly Dato { get; set; }

    /// <summary>Cases received this day.</summary>
    public long Mottatt { get; set; }

    /// <summary>Of the cases received this day, those still open: the age histogram.</summary>
    public long Apne { get; set; }

    /// <summary>Cases closed this day.</summary>
    public long Avsluttet { get; set; }

    /// <summary>The days from received to closed, summed over the cases closed this day.</summary>
    public long AvsluttetDager { get; set; }

    /// <summary>Open deadlines (frister) on open cases that fall due this day.</summary>
    public long Frister { get; set; }

    /// <summary>Money paid out by approved distributions dated this day.</summary>
    public decimal Fordelt { get; set; }
}

/// <summary>The folded sums by office and day.</summary>
public sealed class DagTall : DagTallVerdier;

/// <summary>A pending change to <see cref="DagTall"/>.</summary>
public sealed class DagTallEndring : DagTallVerdier
{
    public long Id { get; set; }
}

/// <summary>One row: when the pending changes were last folded into the sums.</summary>
public sealed class StatistikkStatus
{
    public int Id { get; set; }

    public DateTimeOffset? SistSamlet { get; set; }
}
