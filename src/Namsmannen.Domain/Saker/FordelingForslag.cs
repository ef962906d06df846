using Namsmannen.Domain.Penger;
using Namsmannen.Domain.Regler;

namespace Namsmannen.Domain.Saker;

/// <summary>
/// A proposed distribution of a sale's proceeds, line by line, waiting for a supervisor other than the one who registered
/// the sale (four eyes), who approves it or sends it back with a reason. Owned by the case (<see cref="Sak.Fordelinger"/>)
/// and decided only through it.
/// </summary>
public sealed class FordelingForslag
{
    private readonly List<FordelingForslagLinje> linjer = [];

    private FordelingForslag()
    {
        RegistrertAvId = string.Empty;
        RegistrertAvNavn = string.Empty;
    }

    internal FordelingForslag(Guid sakId, DateOnly dato, Belop salgsomkostninger, FordelingResultat fordeling, string registrertAvId, string registrertAvNavn, string saksoker)
    {
        Id = Guid.NewGuid();
        SakId = sakId;
        Dato = dato;
        Salgssum = fordeling.Salgssum;
        Salgsomkostninger = salgsomkostninger;
        Rettsgebyr = fordeling.Rettsgebyr;
        Satsrader = [.. fordeling.Satsrader];
        RegistrertAvId = registrertAvId;
        RegistrertAvNavn = registrertAvNavn;
        linjer.AddRange(fordeling.Linjer.Select((l, i) => new FordelingForslagLinje(i + 1, l.Mottaker, l.Belop, l.Udekket, l.Mottaker == saksoker)));
    }

    public Guid Id { get; private set; }

    public Guid SakId { get; private set; }

    public DateOnly Dato { get; private set; }

    public Belop Salgssum { get; private set; }

    public Belop Salgsomkostninger { get; private set; }

    public Belop Rettsgebyr { get; private set; }

    /// <summary>The ids of the rate rows the court fees were computed from (issue 20), R's and the multiples'.</summary>
    public long[] Satsrader { get; private set; } = [];

    public string RegistrertAvId { get; private set; }

    public string RegistrertAvNavn { get; private set; }

    public string? GodkjentAvId { get; private set; }

    public string? GodkjentAvNavn { get; private set; }

    public DateTimeOffset? Godkjent { get; private set; }

    /// <summary>When a supervisor sent the proposal back for a new registration of the sale, or null.</summary>
    public DateTimeOffset? Returnert { get; private set; }

    public string? ReturnertAvNavn { get; private set; }

    /// <summary>What the supervisor found wrong.</summary>
    public string? ReturBegrunnelse { get; private set; }

    public IReadOnlyList<FordelingForslagLinje> Linjer => linjer;

    public const string EgetSalg = "Du registrerte salget selv. En annen leder må godkjenne fordelingen (to sett øyne).";

    /// <summary>Neither approved nor sent back.</summary>
    public bool Venter => Godkjent is null && Returnert is null;

    /// <summary>What the lines give <paramref name="mottaker"/> (the court fee, the sale's costs, the debtor).</summary>
    public Belop Til(string mottaker) => Belop.Sum(linjer.Where(l => l.Mottaker == mottaker).Select(l => l.Belop));

    /// <summary>What the saksøker's line gives.</summary>
    public Belop TilSaksoker => Belop.Sum(linjer.Where(l => l.Saksoker).Select(l => l.Belop));

    internal void Godkjenn(string avId, string avNavn, DateTimeOffset tidspunkt)
    {
        GodkjentAvId = avId;
        GodkjentAvNavn = avNavn;
        Godkjent = tidspunkt;
    }

    internal void SendTilbake(string avNavn, DateTimeOffset tidspunkt, string begrunnelse)
    {
        Returnert = tidspunkt;
        ReturnertAvNavn = avNavn;
        ReturBegrunnelse = begrunnelse.Trim();
    }
}
