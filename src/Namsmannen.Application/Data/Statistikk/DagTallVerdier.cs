namespace Namsmannen.Application.Data.Statistikk;

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
