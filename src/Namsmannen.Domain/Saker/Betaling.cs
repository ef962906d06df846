using Namsmannen.Domain.Penger;

namespace Namsmannen.Domain.Saker;

/// <summary>
/// A payment booked on the case, as it was registered: by whom and when, beside the ledger entries it made
/// (<see cref="Sak.Poster"/>). Owned by the case (<see cref="Sak.Betalinger"/>) and made only by <see cref="Sak.BokforBetaling"/>.
/// </summary>
public sealed class Betaling
{
    private Betaling()
    {
        RegistrertAvNavn = string.Empty;
    }

    internal Betaling(Guid sakId, Belop belop, DateOnly betalt, DateTimeOffset registrert, string registrertAvNavn)
    {
        SakId = sakId;
        Belop = belop;
        Betalt = betalt;
        Registrert = registrert;
        RegistrertAvNavn = registrertAvNavn;
    }

    public long Id { get; private set; }

    public Guid SakId { get; private set; }

    public Belop Belop { get; private set; }

    /// <summary>The day it was paid (its value date).</summary>
    public DateOnly Betalt { get; private set; }

    public DateTimeOffset Registrert { get; private set; }

    public string RegistrertAvNavn { get; private set; }
}
