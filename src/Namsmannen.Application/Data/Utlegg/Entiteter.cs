namespace Namsmannen.Application.Data.Utlegg;

/// <summary>A deadline on a case: the utleggsforretning set by the varsel, a complaint period, a postponement.</summary>
public sealed class Frist
{
    public long Id { get; init; }

    public Guid SakId { get; init; }

    /// <summary>A stable code: <c>UTLEGGSFORRETNING</c>, …</summary>
    public string Type { get; init; } = string.Empty;

    public DateOnly Dato { get; init; }

    public string Beskrivelse { get; init; } = string.Empty;

    public bool Oppfylt { get; set; }
}

/// <summary>An asset found at the utleggsforretning, with the beslagsfrihet verdict and any override with its reason.</summary>
public sealed class Formuesgode
{
    public Guid Id { get; init; }

    public Guid SakId { get; init; }

    public string Type { get; init; } = string.Empty;

    public string Beskrivelse { get; init; } = string.Empty;

    public decimal Verdi { get; init; }

    public string Verdict { get; init; } = string.Empty;

    public decimal BeslagsfrittBelop { get; init; }

    public string Begrunnelse { get; init; } = string.Empty;

    /// <summary>The caseworker's written reason for taking pant despite the verdict, or null.</summary>
    public string? OverstyrtBegrunnelse { get; init; }

    public bool Utleggspant { get; init; }
}

/// <summary>What was sent to Grunnboken or Løsøreregisteret, and when it goes away.</summary>
public sealed class Registrering
{
    public long Id { get; init; }

    public Guid SakId { get; init; }

    public Guid? FormuesgodeId { get; init; }

    public string Register { get; init; } = string.Empty;

    public string Utfall { get; init; } = string.Empty;

    public DateOnly Registrert { get; init; }

    public DateOnly? Slettes { get; init; }

    public string Sletting { get; init; } = string.Empty;

    /// <summary>The day namsmannen asked the register to delete the entry (the claim paid, withdrawn or henlagt), or null.</summary>
    public DateOnly? SlettemeldingSendt { get; set; }
}

/// <summary>A proposed distribution of sale proceeds, approved by a different supervisor before payout (four eyes).</summary>
public sealed class FordelingForslag
{
    public Guid Id { get; init; }

    public Guid SakId { get; init; }

    public DateOnly Dato { get; init; }

    public decimal Salgssum { get; init; }

    public decimal Salgsomkostninger { get; init; }

    public decimal Rettsgebyr { get; init; }

    public string RegistrertAvId { get; init; } = string.Empty;

    public string RegistrertAvNavn { get; init; } = string.Empty;

    public string? GodkjentAvId { get; set; }

    public string? GodkjentAvNavn { get; set; }

    public DateTimeOffset? Godkjent { get; set; }

    public List<FordelingForslagLinje> Linjer { get; init; } = [];
}

public sealed class FordelingForslagLinje
{
    public long Id { get; init; }

    public Guid FordelingId { get; init; }

    public int Rekkefolge { get; init; }

    public string Mottaker { get; init; } = string.Empty;

    public decimal Belop { get; init; }

    public decimal Udekket { get; init; }

    public bool Saksoker { get; init; }
}

/// <summary>An utleggstrekk decided in a case. From 2026 a debtor's trekk are coordinated: one monthly amount pays the kravkø.</summary>
public sealed class Trekk
{
    public Guid Id { get; init; }

    public Guid SakId { get; init; }

    public Guid SkyldnerId { get; init; }

    public string ArbeidsgiverOrgnr { get; init; } = string.Empty;

    public decimal BelopPerManed { get; init; }

    public DateOnly Vedtatt { get; init; }

    public DateOnly Start { get; init; }

    public DateOnly? SenesteSlutt { get; init; }

    public string Kravklasse { get; init; } = string.Empty;

    /// <summary>The calculation line by line, as JSON, so the decision can be read back exactly as it was made.</summary>
    public string Beregning { get; init; } = string.Empty;
}

/// <summary>A payment booked on a case: by the debtor directly, through namsmannen, or reported by the creditor.</summary>
public sealed class Betaling
{
    public long Id { get; init; }

    public Guid SakId { get; init; }

    public decimal Belop { get; init; }

    public DateOnly Betalt { get; init; }

    public DateTimeOffset Registrert { get; init; }

    public string RegistrertAvNavn { get; init; } = string.Empty;
}

/// <summary>A complaint: what it concerns, when it came, its deadline, and what became of it.</summary>
public sealed class Klage
{
    public long Id { get; init; }

    public Guid SakId { get; init; }

    public string Gjelder { get; init; } = string.Empty;

    public DateOnly Mottatt { get; init; }

    public DateOnly? Frist { get; init; }

    public bool IRettTid { get; init; }

    public string Innhold { get; init; } = string.Empty;

    public DateTimeOffset? OversendtTingretten { get; set; }

    public DateTimeOffset? Avgjort { get; set; }

    public string? Avgjorelse { get; set; }
}
