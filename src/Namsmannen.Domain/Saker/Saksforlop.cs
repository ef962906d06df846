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

    /// <summary>Every transition, one row each, in the order the case page offers them (a test writes them into docs/domain.md).</summary>
    public static readonly IReadOnlyList<Overgang> Tabell =
    [
        // Formell kontroll (tvangsfullbyrdelsesloven § 5-6)
        new(BegjaringMottatt, GodtaBegjaring,            Godtatt),
        new(BegjaringMottatt, AvvisBegjaring,            Avvist),

        // Utlegg: varsel (§ 7-10) og utleggsforretning (§§ 7-9 til 7-22); varsel kan unnlates når det vil forspille formålet
        new(Godtatt,          SendVarsel,                VarselSendt, Begjaringstype.Utlegg),
        new(Godtatt,          TaUtleggspant,             Utleggspant, Begjaringstype.Utlegg),
        new(Godtatt,          TaUtleggstrekk,            Utleggstrekk, Begjaringstype.Utlegg),
        new(Godtatt,          KonkluderIntetTilUtlegg,   IntetTilUtlegg, Begjaringstype.Utlegg),
        new(VarselSendt,      TaUtleggspant,             Utleggspant),
        new(VarselSendt,      TaUtleggstrekk,            Utleggstrekk),
        new(VarselSendt,      KonkluderIntetTilUtlegg,   IntetTilUtlegg),
        new(Utleggspant,      BegjarTvangssalg,          Tvangssalg),
        new(Utleggspant,      Avslutt,                   Avsluttet),
        new(Utleggstrekk,     Avslutt,                   Avsluttet),
        new(IntetTilUtlegg,   Avslutt,                   Avsluttet),

        // Tvangssalg av løsøre (kapittel 11) og fordeling; salg bare når prisen overstiger kostnadene
        new(Godtatt,          BegjarTvangssalg,          Tvangssalg, Begjaringstype.Tvangssalg),
        new(Tvangssalg,       RegistrerSalg,             Fordeling),
        new(Tvangssalg,       AvsluttUtenSalg,           Avsluttet),
        new(Fordeling,        GodkjennFordeling,         Avsluttet),
        new(Fordeling,        SendFordelingTilbake,      Tvangssalg),

        // Tilbakelevering til salgspanthaver (kapittel 9)
        new(Godtatt,          StartTilbakelevering,      Tilbakelevering, Begjaringstype.Tilbakelevering),
        new(Tilbakelevering,  GjennomforTilbakelevering, Avsluttet),

        // domain.md § 9: klage på tilbakeleveringen tas imot en måned fra brevet, også etter at saken er avsluttet
        new(Avsluttet,        RegistrerKlage,            Klagebehandling, Begjaringstype.Tilbakelevering),

        // Utsettelse gis bare av kreditor (seed 002); saken går tilbake dit den stod
        new(Utsatt,           Gjenoppta,                 null),

        // Klage (§§ 5-16, 7-26): saken går tilbake dit den stod når klagen er avgjort
        new(Klagebehandling,  AvgjorKlage,               null),
        new(Klagebehandling,  OversendKlage,             Klagebehandling),

        // En henlagt sak kan gjenåpnes med begrunnelse innen tre måneder (kontorregel, docs/domain.md); begjæringen kontrolleres på nytt
        new(Henlagt,          Gjenapne,                  BegjaringMottatt),

        // Suspendert for datafeil (lærdom fra EFI): gjenopptas etter retting
        new(Suspendert,       Gjenoppta,                 null),

        // Betaling stopper alt som venter (lærdom fra Kronofogden); kreditor kan trekke begjæringen; namsmannen kan henlegge;
        // en sak som ikke står på pause, kan suspenderes for datafeil (lærdom fra EFI)
        new(BegjaringMottatt, RegistrerFullBetaling,     Avsluttet),
        new(BegjaringMottatt, TrekkTilbake,              Avsluttet),
        new(BegjaringMottatt, Henlegg,                   Henlagt),
        new(BegjaringMottatt, SuspenderForDatafeil,      Suspendert),
        new(Godtatt,          RegistrerFullBetaling,     Avsluttet),
        new(Godtatt,          TrekkTilbake,              Avsluttet),
        new(Godtatt,          Henlegg,                   Henlagt),
        new(Godtatt,          SuspenderForDatafeil,      Suspendert),
        new(VarselSendt,      RegistrerFullBetaling,     Avsluttet),
        new(VarselSendt,      TrekkTilbake,              Avsluttet),
        new(VarselSendt,      Henlegg,                   Henlagt),
        new(VarselSendt,      SuspenderForDatafeil,      Suspendert),
        new(Utleggspant,      RegistrerFullBetaling,     Avsluttet),
        new(Utleggspant,      TrekkTilbake,              Avsluttet),
        new(Utleggspant,      Henlegg,                   Henlagt),
        new(Utleggspant,      SuspenderForDatafeil,      Suspendert),
        new(Utleggstrekk,     RegistrerFullBetaling,     Avsluttet),
        new(Utleggstrekk,     TrekkTilbake,              Avsluttet),
        new(Utleggstrekk,     Henlegg,                   Henlagt),
        new(Utleggstrekk,     SuspenderForDatafeil,      Suspendert),
        new(IntetTilUtlegg,   RegistrerFullBetaling,     Avsluttet),
        new(IntetTilUtlegg,   TrekkTilbake,              Avsluttet),
        new(IntetTilUtlegg,   Henlegg,                   Henlagt),
        new(IntetTilUtlegg,   SuspenderForDatafeil,      Suspendert),
        new(Tvangssalg,       RegistrerFullBetaling,     Avsluttet),
        new(Tvangssalg,       TrekkTilbake,              Avsluttet),
        new(Tvangssalg,       Henlegg,                   Henlagt),
        new(Tvangssalg,       SuspenderForDatafeil,      Suspendert),
        new(Tilbakelevering,  RegistrerFullBetaling,     Avsluttet),
        new(Tilbakelevering,  TrekkTilbake,              Avsluttet),
        new(Tilbakelevering,  Henlegg,                   Henlagt),
        new(Tilbakelevering,  SuspenderForDatafeil,      Suspendert),
        new(Fordeling,        RegistrerFullBetaling,     Avsluttet),
        new(Fordeling,        TrekkTilbake,              Avsluttet),
        new(Fordeling,        Henlegg,                   Henlagt),
        new(Fordeling,        SuspenderForDatafeil,      Suspendert),
        new(Utsatt,           RegistrerFullBetaling,     Avsluttet),
        new(Utsatt,           TrekkTilbake,              Avsluttet),
        new(Utsatt,           Henlegg,                   Henlagt),
        new(Klagebehandling,  RegistrerFullBetaling,     Avsluttet),
        new(Klagebehandling,  TrekkTilbake,              Avsluttet),
        new(Klagebehandling,  Henlegg,                   Henlagt),
        new(Suspendert,       RegistrerFullBetaling,     Avsluttet),
        new(Suspendert,       TrekkTilbake,              Avsluttet),
        new(Suspendert,       Henlegg,                   Henlagt),

        // Utsettelse gis bare av kreditor (seed 002), fra et stadium der noe venter
        new(Godtatt,          Utsett,                    Utsatt),
        new(VarselSendt,      Utsett,                    Utsatt),
        new(Utleggspant,      Utsett,                    Utsatt),
        new(Utleggstrekk,     Utsett,                    Utsatt),
        new(Tvangssalg,       Utsett,                    Utsatt),
        new(Tilbakelevering,  Utsett,                    Utsatt),

        // Klage på utleggspant (til tvangssalg er begjært), trekk (mens det løper), intet til utlegg (en måned), tvangssalg (før utbetaling)
        new(Utleggspant,      RegistrerKlage,            Klagebehandling),
        new(Utleggstrekk,     RegistrerKlage,            Klagebehandling),
        new(IntetTilUtlegg,   RegistrerKlage,            Klagebehandling),
        new(Tvangssalg,       RegistrerKlage,            Klagebehandling),
        new(Tilbakelevering,  RegistrerKlage,            Klagebehandling),
        new(Fordeling,        RegistrerKlage,            Klagebehandling),
    ];

    public static IEnumerable<Overgang> Tillatte(Saksstadium stadium, Begjaringstype type) =>
        Tabell.Where(o => o.Fra == stadium && (o.BareFor is null || o.BareFor == type));

    public static Overgang? Finn(Saksstadium stadium, Begjaringstype type, Handling handling) =>
        Tillatte(stadium, type).FirstOrDefault(o => o.Handling == handling);
}
