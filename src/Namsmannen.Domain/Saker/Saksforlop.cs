using static Namsmannen.Domain.Saker.Handling;
using static Namsmannen.Domain.Saker.Saksstadium;

namespace Namsmannen.Domain.Saker;

/// <summary>One allowed move: from a stage, by an action, to a stage (or back to where the case stood, when <c>Til</c> is null).</summary>
public sealed record Overgang(Saksstadium Fra, Handling Handling, Saksstadium? Til, Begjaringstype? BareFor = null);

/// <summary>
/// The case lifecycle as one table a lawyer can read (shared/domain.md § 2). Nothing else moves a case.
/// </summary>
public static class Saksforlop
{
    public static readonly IReadOnlySet<Saksstadium> Lukket = new HashSet<Saksstadium> { Avvist, Henlagt, Avsluttet };

    /// <summary>Stages a case rests in and returns from to where it stood. One pause at a time, so none starts inside another.</summary>
    public static readonly IReadOnlySet<Saksstadium> Pauser = new HashSet<Saksstadium> { Utsatt, Klagebehandling, Suspendert };

    private static readonly Saksstadium[] Apne = Enum.GetValues<Saksstadium>().Where(s => !Lukket.Contains(s)).ToArray();

    public static readonly IReadOnlyList<Overgang> Tabell = Bygg();

    public static IEnumerable<Overgang> Tillatte(Saksstadium stadium, Begjaringstype type) =>
        Tabell.Where(o => o.Fra == stadium && (o.BareFor is null || o.BareFor == type));

    public static Overgang? Finn(Saksstadium stadium, Begjaringstype type, Handling handling) =>
        Tillatte(stadium, type).FirstOrDefault(o => o.Handling == handling);

    private static List<Overgang> Bygg()
    {
        var t = new List<Overgang>
        {
            // Formell kontroll (tvangsfullbyrdelsesloven § 5-6)
            new(BegjaringMottatt, GodtaBegjaring, Godtatt),
            new(BegjaringMottatt, AvvisBegjaring, Avvist),

            // Utlegg: varsel (§ 7-10) og utleggsforretning (§§ 7-9 til 7-22); varsel kan unnlates når det vil forspille formålet
            new(Godtatt, SendVarsel, VarselSendt, Begjaringstype.Utlegg),
            new(Godtatt, TaUtleggspant, Utleggspant, Begjaringstype.Utlegg),
            new(Godtatt, TaUtleggstrekk, Utleggstrekk, Begjaringstype.Utlegg),
            new(Godtatt, KonkluderIntetTilUtlegg, IntetTilUtlegg, Begjaringstype.Utlegg),
            new(VarselSendt, TaUtleggspant, Utleggspant),
            new(VarselSendt, TaUtleggstrekk, Utleggstrekk),
            new(VarselSendt, KonkluderIntetTilUtlegg, IntetTilUtlegg),
            new(Utleggspant, BegjarTvangssalg, Tvangssalg),
            new(Utleggspant, Avslutt, Avsluttet),
            new(Utleggstrekk, Avslutt, Avsluttet),
            new(IntetTilUtlegg, Avslutt, Avsluttet),

            // Tvangssalg av løsøre (kapittel 11) og fordeling; salg bare når prisen overstiger kostnadene
            new(Godtatt, BegjarTvangssalg, Tvangssalg, Begjaringstype.Tvangssalg),
            new(Tvangssalg, RegistrerSalg, Fordeling),
            new(Tvangssalg, AvsluttUtenSalg, Avsluttet),
            new(Fordeling, GodkjennFordeling, Avsluttet),

            // Tilbakelevering til salgspanthaver (kapittel 9)
            new(Godtatt, StartTilbakelevering, Tilbakelevering, Begjaringstype.Tilbakelevering),
            new(Tilbakelevering, GjennomforTilbakelevering, Avsluttet),

            // domain.md § 9: klage på tilbakeleveringen tas imot en måned fra brevet, også etter at saken er avsluttet
            new(Avsluttet, RegistrerKlage, Klagebehandling, Begjaringstype.Tilbakelevering),

            // Utsettelse gis bare av kreditor (seed 002); saken går tilbake dit den stod
            new(Utsatt, Gjenoppta, null),

            // Klage (§§ 5-16, 7-26): saken går tilbake dit den stod når klagen er avgjort
            new(Klagebehandling, AvgjorKlage, null),

            // Suspendert for datafeil (lærdom fra EFI): gjenopptas etter retting
            new(Suspendert, Gjenoppta, null),
        };

        foreach (var stadium in Apne)
        {
            // Betaling stopper alt som venter (lærdom fra Kronofogden); kreditor kan trekke begjæringen; namsmannen kan henlegge
            t.Add(new(stadium, RegistrerFullBetaling, Avsluttet));
            t.Add(new(stadium, TrekkTilbake, Avsluttet));
            t.Add(new(stadium, Henlegg, Henlagt));
            if (!Pauser.Contains(stadium))
            {
                t.Add(new(stadium, SuspenderForDatafeil, Suspendert));
            }
        }

        foreach (var stadium in new[] { Godtatt, VarselSendt, Utleggspant, Utleggstrekk, Tvangssalg, Tilbakelevering })
        {
            t.Add(new(stadium, Utsett, Utsatt));
        }

        // Klage på utleggspant (til tvangssalg er begjært), trekk (mens det løper), intet til utlegg (en måned), tvangssalg (før utbetaling)
        foreach (var stadium in new[] { Utleggspant, Utleggstrekk, IntetTilUtlegg, Tvangssalg, Tilbakelevering, Fordeling })
        {
            t.Add(new(stadium, RegistrerKlage, Klagebehandling));
        }

        return t;
    }
}
