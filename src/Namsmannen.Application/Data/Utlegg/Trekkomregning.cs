namespace Namsmannen.Application.Data.Utlegg;

/// <summary>
/// The calculation behind a version of a trekkpålegg that was recalculated (new rates on 1 July, a documented
/// change): what the calculation was given and its lines, kept for the letter and the debtor. Version 1 keeps its
/// calculation on the decided <see cref="Trekk"/>.
/// </summary>
public sealed class Trekkberegning
{
    public long Id { get; init; }

    public Guid TrekkId { get; init; }

    public int Versjon { get; init; }

    /// <summary>What the calculation was given, as the calculator's input (JSON); its date picks the rates.</summary>
    public string Grunnlag { get; init; } = "{}";

    /// <summary>The calculation line by line (JSON, as <see cref="Trekk.Beregning"/>).</summary>
    public string Beregning { get; init; } = "[]";

    /// <summary>The date of the livsopphold row used.</summary>
    public DateOnly SatserFra { get; init; }

    /// <summary>The ids of the rate rows the calculation used (issue 20): livsopphold, housing norm, samvær.</summary>
    public long[] Satsrader { get; init; } = [];

    public DateOnly Dato { get; init; }
}

/// <summary>
/// The recalculation of every running trekk for the livsopphold row from <see cref="SatserFra"/> (issue 17): made
/// once per row by the scheduler, listed for the caseworkers, released by each office.
/// </summary>
public sealed class Trekkomregning
{
    public Guid Id { get; init; }

    public DateOnly SatserFra { get; init; }

    public DateTimeOffset Opprettet { get; init; }

    /// <summary>How many running trekk were calculated again.</summary>
    public int Vurdert { get; set; }

    /// <summary>How many of them could not be (no stored basis to calculate from): they are listed for a caseworker.</summary>
    public int UtenGrunnlag { get; set; }
}

/// <summary>One trekk whose amount the new rates change, waiting for its office to release it.</summary>
public sealed class TrekkomregningLinje
{
    public long Id { get; init; }

    public Guid OmregningId { get; init; }

    public Guid TrekkId { get; init; }

    public Guid SakId { get; init; }

    public string Kontor { get; init; } = string.Empty;

    public string Saksnummer { get; init; } = string.Empty;

    public decimal Gammelt { get; init; }

    public decimal Nytt { get; init; }

    /// <summary>The basis with the new rates' date (JSON).</summary>
    public string Grunnlag { get; init; } = "{}";

    /// <summary>The new calculation line by line (JSON).</summary>
    public string Beregning { get; init; } = "[]";

    /// <summary>The ids of the rate rows the new calculation used (issue 20), carried to the version when released.</summary>
    public long[] Satsrader { get; init; } = [];

    public DateOnly? Frigitt { get; set; }

    public string? FrigittAvNavn { get; set; }

    /// <summary>What the release did: the new version's number, or why nothing was done.</summary>
    public int? Versjon { get; set; }

    public string? Merknad { get; set; }
}
