using Namsmannen.Domain.Regler;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Utlegg;

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

    /// <summary>When a supervisor sent the proposal back for a new registration of the sale, or null.</summary>
    public DateTimeOffset? Returnert { get; set; }

    public string? ReturnertAvNavn { get; set; }

    /// <summary>What the supervisor found wrong.</summary>
    public string? ReturBegrunnelse { get; set; }

    public List<FordelingForslagLinje> Linjer { get; init; } = [];

    /// <summary>The proposal a registered sale makes: the calculated fordeling, line by line, waiting for a supervisor.</summary>
    public static FordelingForslag Fra(Sak sak, DateOnly dato, decimal salgssum, decimal salgsomkostninger, FordelingResultat fordeling, string registrertAvId, string registrertAvNavn, string saksoker) => new()
    {
        Id = Guid.NewGuid(),
        SakId = sak.Id,
        Dato = dato,
        Salgssum = salgssum,
        Salgsomkostninger = salgsomkostninger,
        Rettsgebyr = fordeling.Rettsgebyr.Kroner,
        RegistrertAvId = registrertAvId,
        RegistrertAvNavn = registrertAvNavn,
        Linjer = fordeling.Linjer.Select((l, i) => new FordelingForslagLinje
        {
            Rekkefolge = i + 1,
            Mottaker = l.Mottaker,
            Belop = l.Belop.Kroner,
            Udekket = l.Udekket.Kroner,
            Saksoker = l.Mottaker == saksoker,
        }).ToList(),
    };
}
