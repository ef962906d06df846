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
        var klage = ApenKlage();
        if (Saksforlop.Finn(Stadium, Type, Handling.OversendKlage) is null || !klage.KanOversendes)
        {
            throw new DomainException("Klagen er allerede sendt til tingretten. Registrer tingrettens avgjørelse med «Avgjør klagen».");
        }

        klage.Oversend(tidspunkt);
        hendelser.Add(new KlageOversendt());
    }

    /// <summary>
    /// The klage is decided, by namsmannen or by tingretten, with its outcome; the case returns to where it stood.
    /// </summary>
    public Stadiumendring AvgjorKlage(Klageutfall utfall, string avgjorelse, DateOnly dato, DateTimeOffset tidspunkt)
    {
        var klage = ApenKlage();
        // tvangsfullbyrdelsesloven § 5-16: tar namsmannen ikke klagen til følge, sendes den til tingretten, som avgjør den
        if (utfall == Klageutfall.IkkeTattTilFolge && klage.OversendtTingretten is null)
        {
            throw new DomainException("Namsmannen kan ikke selv la være å ta klagen til følge. Send den til tingretten, og registrer tingrettens avgjørelse når den kommer.", "Utfall");
        }

        var endring = Overga(Handling.AvgjorKlage, dato, $"{Klage.Navn(utfall)}{(klage.OversendtTingretten is null ? string.Empty : " (tingretten)")}: {avgjorelse.Trim()}");
        klage.Avgjor(tidspunkt, utfall, avgjorelse);
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
