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
