using Namsmannen.Domain.Regler;
using static Namsmannen.Domain.Saker.Sakshendelse;

namespace Namsmannen.Domain.Saker;

/// <summary>Forwarding and deciding a klage (tvangsfullbyrdelsesloven §§ 5-16, 7-26); registering it is <see cref="RegistrerKlage"/>.</summary>
public sealed partial class Sak
{
    private readonly List<Klage> klager = [];

    /// <summary>The case's klager, oldest first. Load them with the case before forwarding or deciding one.</summary>
    public IReadOnlyList<Klage> Klager => klager;

    /// <summary>
    /// The caseworker does not uphold the open klage and sends it to tingretten (tvangsfullbyrdelsesloven § 5-16); the
    /// case waits in klagebehandling for tingretten's ruling.
    /// </summary>
    public void OversendKlage(DateTimeOffset tidspunkt)
    {
        ApenKlage().Oversend(tidspunkt);
        hendelser.Add(new KlageOversendt());
    }

    /// <summary>The klage is decided, by namsmannen or by tingretten; the case returns to where it stood.</summary>
    public Stadiumendring AvgjorKlage(string avgjorelse, DateOnly dato, DateTimeOffset tidspunkt)
    {
        var klage = ApenKlage();
        var endring = GjorHandling(Handling.AvgjorKlage, dato, avgjorelse);
        klage.Avgjor(tidspunkt, avgjorelse);
        return endring;
    }

    /// <summary>
    /// What a klage on this case can concern now: the decisions the case has had (domain.md § 9). A case with no trekk
    /// takes no klage on a trekk. Empty when the case takes no klage.
    /// </summary>
    public IReadOnlyList<Klagegjelder> Klagbare => Stadium switch
    {
        Saksstadium.Utleggspant => [Klagegjelder.Utleggspant, Klagegjelder.ValgAvFormuesgode],
        Saksstadium.Utleggstrekk => [Klagegjelder.Utleggstrekk],
        Saksstadium.IntetTilUtlegg => [Klagegjelder.IntetTilUtlegg],
        Saksstadium.Tvangssalg => [Klagegjelder.Tvangssalg, Klagegjelder.Utleggspant, Klagegjelder.ValgAvFormuesgode],
        Saksstadium.Fordeling => [Klagegjelder.Tvangssalg],
        Saksstadium.Tilbakelevering => [Klagegjelder.Tilbakelevering],
        Saksstadium.Avsluttet when Tilbakelevert is not null => [Klagegjelder.Tilbakelevering],
        _ => [],
    };

    private Klage ApenKlage() => klager.LastOrDefault(k => k.ErApen) ?? throw new DomainException("Saken har ingen klage til behandling.");
}
