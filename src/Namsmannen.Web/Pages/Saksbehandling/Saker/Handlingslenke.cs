using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>The page that carries out each action of the transition table, for the links on the case page.</summary>
public static class Handlingslenke
{
    public static string For(string saksnummer, Handling handling) => $"/saksbehandling/saker/{Uri.EscapeDataString(saksnummer)}/" + handling switch
    {
        Handling.SendVarsel => "varsel",
        Handling.TaUtleggspant or Handling.KonkluderIntetTilUtlegg => "utleggsforretning",
        Handling.TaUtleggstrekk => "utleggstrekk",
        Handling.RegistrerSalg => "salg",
        Handling.GodkjennFordeling => "godkjenn-fordeling",
        Handling.SendFordelingTilbake => "send-fordeling-tilbake",
        Handling.GjennomforTilbakelevering => "tilbakelevering",
        Handling.Utsett => "utsettelse",
        Handling.RegistrerKlage => "klage",
        Handling.OversendKlage => "oversend-klage",
        Handling.AvgjorKlage => "avgjor-klage",
        Handling.RegistrerFullBetaling => "betaling",
        _ => "handling/" + handling,
    };

    /// <summary>
    /// The actions to link to besides the expected next one: what the stage allows, once each (an utleggspant and
    /// intet til utlegg are one form), and the fordeling's decisions only for whom may take them.
    /// </summary>
    public static IReadOnlyList<Handling> Andre(SakDetaljer.Result sak) => sak.TillatteHandlinger
        .Where(h => h != sak.Neste.Forventet && h != Handling.RegistrerFullBetaling)
        .Where(h => h is not (Handling.GodkjennFordeling or Handling.SendFordelingTilbake) || sak.KanAvgjoreFordeling)
        .DistinctBy(h => For(sak.Saksnummer, h))
        .Where(h => sak.Neste.Forventet is not { } neste || For(sak.Saksnummer, h) != For(sak.Saksnummer, neste))
        .ToList();
}
