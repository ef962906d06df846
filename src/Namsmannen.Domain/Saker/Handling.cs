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
    StartTilbakelevering,
    GjennomforTilbakelevering,
    Avslutt,
    RegistrerFullBetaling,
    TrekkTilbake,
    Utsett,
    Gjenoppta,
    RegistrerKlage,
    AvgjorKlage,
    Henlegg,
    SuspenderForDatafeil,
}

public static class HandlingTekst
{
    public static string Navn(this Handling handling) => handling switch
    {
        Handling.GodtaBegjaring => "Godta begjæringen",
        Handling.AvvisBegjaring => "Avvis begjæringen",
        Handling.SendVarsel => "Send varsel om utleggsforretning",
        Handling.TaUtleggspant => "Ta utleggspant",
        Handling.TaUtleggstrekk => "Ta utleggstrekk",
        Handling.KonkluderIntetTilUtlegg => "Konkluder med intet til utlegg",
        Handling.BegjarTvangssalg => "Registrer begjæring om tvangssalg",
        Handling.RegistrerSalg => "Registrer salget",
        Handling.AvsluttUtenSalg => "Avslutt uten salg",
        Handling.GodkjennFordeling => "Godkjenn fordelingen",
        Handling.StartTilbakelevering => "Start tilbakelevering",
        Handling.GjennomforTilbakelevering => "Gjennomfør tilbakeleveringen",
        Handling.Avslutt => "Avslutt saken",
        Handling.RegistrerFullBetaling => "Registrer full betaling",
        Handling.TrekkTilbake => "Registrer at kreditor trekker begjæringen",
        Handling.Utsett => "Registrer utsettelse fra kreditor",
        Handling.Gjenoppta => "Gjenoppta saken",
        Handling.RegistrerKlage => "Registrer klage",
        Handling.AvgjorKlage => "Avgjør klagen",
        Handling.Henlegg => "Henlegg saken",
        Handling.SuspenderForDatafeil => "Suspender for datafeil",
        _ => handling.ToString(),
    };
}
