namespace Namsmannen.Domain.Saker;

/// <summary>What can be done to a case. Which actions a stage allows is the table in <see cref="Saksforlop"/>.</summary>
public enum Handling
{
    GodtaBegjaring,
    AvvisBegjaring,
    SendVarsel,
    TaUtleggspant,
    TaUtleggstrekk,
    KonkluderIntetTilUtlegg,
    BegjarTvangssalg,
    RegistrerSalg,
    AvsluttUtenSalg,
    GodkjennFordeling,
    SendFordelingTilbake,
    StartTilbakelevering,
    GjennomforTilbakelevering,
    Avslutt,
    RegistrerFullBetaling,
    TrekkTilbake,
    Utsett,
    Gjenoppta,
    RegistrerKlage,
    AvgjorKlage,
    OversendKlage,
    Henlegg,
    SuspenderForDatafeil,
    Gjenapne,
}

/// <summary>
/// What the system needs to know about an action, in one place: its name, whether the domain requires a reason,
/// whether the caseworker must confirm it (it cannot be undone here), and whether it has a form of its own because it
/// carries data (a varsel, an utleggsforretning, a payment, a sale) rather than the common action form.
/// </summary>
public sealed record Handlingsbeskrivelse(Handling Handling, string Navn, bool KreverBegrunnelse, bool KreverBekreftelse, bool EgetSkjema);

public static class Handlinger
{
    private const bool Ja = true;
    private const bool Nei = false;

    /// <summary>Every action, in the order of the enum.</summary>
    public static readonly IReadOnlyList<Handlingsbeskrivelse> Alle =
    [
        //  Handling                              Navn                                          Begrunnelse Bekreftelse EgetSkjema
        new(Handling.GodtaBegjaring,            "Godta begjæringen",                           Nei, Nei, Nei),
        new(Handling.AvvisBegjaring,            "Avvis begjæringen",                           Ja,  Ja,  Nei),
        new(Handling.SendVarsel,                "Send varsel om utleggsforretning",            Nei, Nei, Ja),
        new(Handling.TaUtleggspant,             "Ta utleggspant",                              Nei, Nei, Ja),
        new(Handling.TaUtleggstrekk,            "Ta utleggstrekk",                             Nei, Nei, Ja),
        new(Handling.KonkluderIntetTilUtlegg,   "Konkluder med intet til utlegg",              Nei, Nei, Ja),
        new(Handling.BegjarTvangssalg,          "Registrer begjæring om tvangssalg",           Nei, Nei, Nei),
        new(Handling.RegistrerSalg,             "Registrer salget",                            Nei, Nei, Ja),
        new(Handling.AvsluttUtenSalg,           "Avslutt uten salg",                           Nei, Ja,  Nei),
        new(Handling.GodkjennFordeling,         "Godkjenn fordelingen",                        Nei, Nei, Ja),
        new(Handling.SendFordelingTilbake,      "Send fordelingen tilbake",                    Ja,  Nei, Ja),
        new(Handling.StartTilbakelevering,      "Start tilbakelevering",                       Nei, Nei, Nei),
        new(Handling.GjennomforTilbakelevering, "Gjennomfør tilbakeleveringen",                Nei, Nei, Ja),
        new(Handling.Avslutt,                   "Avslutt saken",                               Nei, Ja,  Nei),
        new(Handling.RegistrerFullBetaling,     "Registrer full betaling",                     Nei, Nei, Ja),
        new(Handling.TrekkTilbake,              "Registrer at kreditor trekker begjæringen",   Nei, Ja,  Nei),
        new(Handling.Utsett,                    "Registrer utsettelse fra kreditor",           Nei, Nei, Ja),
        new(Handling.Gjenoppta,                 "Gjenoppta saken",                             Nei, Nei, Nei),
        new(Handling.RegistrerKlage,            "Registrer klage",                             Nei, Nei, Ja),
        new(Handling.AvgjorKlage,               "Avgjør klagen",                               Ja,  Nei, Ja),
        new(Handling.OversendKlage,             "Send klagen til tingretten",                  Nei, Nei, Ja),
        new(Handling.Henlegg,                   "Henlegg saken",                               Ja,  Ja,  Nei),
        new(Handling.SuspenderForDatafeil,      "Suspender for datafeil",                      Ja,  Nei, Nei),
        new(Handling.Gjenapne,                  "Gjenåpne saken",                              Ja,  Nei, Nei),
    ];

    private static readonly Dictionary<Handling, Handlingsbeskrivelse> EtterHandling = Alle.ToDictionary(b => b.Handling);

    public static Handlingsbeskrivelse Om(this Handling handling) => EtterHandling[handling];
}

public static class HandlingTekst
{
    public static string Navn(this Handling handling) => handling.Om().Navn;
}
