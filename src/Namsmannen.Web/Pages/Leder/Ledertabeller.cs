using Namsmannen.Application.Features.Leder;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Leder;

/// <summary>The dashboard's tables as rows for their CSV files, with the header first.</summary>
public static class Ledertabeller
{
    public static readonly IReadOnlyList<(string Id, string Navn)> Tabeller =
    [
        ("stadier", "Saker etter stadium"), ("uker", "Inngang og avgang per uke"), ("alder", "Alder på åpne saker"), ("frister", "Frister"),
        ("saksbehandlere", "Arbeidsmengde per saksbehandler"), ("belop", "Beløp"), ("kreditorer", "Største kreditorer"), ("tid", "Tid i stadiet"),
    ];

    public static IEnumerable<IReadOnlyList<object?>> Rader(Ledertall.Result t, string tabell)
    {
        var n = t.Nokkel;
        switch (tabell)
        {
            case "stadier":
                yield return ["Stadium", "Antall saker", "Krevd (kr)", "Innbetalt (kr)"];
                foreach (var s in t.Stadier)
                {
                    yield return [s.Stadium.Navn(), s.Antall, s.Krav, s.Innbetalt];
                }

                break;
            case "uker":
                yield return ["Uke", "Mandag", "Mottatt", "Avsluttet"];
                foreach (var u in t.Ukeserie)
                {
                    yield return [u.Ukenummer, u.Mandag, u.Inn, u.Ut];
                }

                break;
            case "alder":
                yield return ["Alder", "Åpne saker", "Over målet på 60 dager"];
                foreach (var a in t.Alder)
                {
                    yield return [a.Navn, a.Antall, a.OverMaal ? "ja" : "nei"];
                }

                break;
            case "frister":
                yield return ["Frister", "Antall"];
                yield return ["Passert", n.FristerPassert];
                yield return ["I dag", n.FristerIDag];
                yield return ["De neste 7 dagene", n.FristerNeste7];
                break;
            case "saksbehandlere":
                yield return ["Saksbehandler", "Åpne saker", "Saker i alt", "Frister passert"];
                foreach (var s in t.Saksbehandlere)
                {
                    yield return [s.Navn, s.Apne, s.Antall, s.FristerPassert];
                }

                break;
            case "belop":
                yield return ["Beløp", "Kroner"];
                yield return ["Krevd i alle saker", n.Krav];
                yield return ["Innbetalt og inndrevet", n.Innbetalt];
                yield return [$"Fordelt de siste {Ledertall.Uker} ukene", n.FordeltPeriode];
                yield return ["Fordelt i alt", n.FordeltTotalt];
                break;
            case "tid":
                yield return ["Stadium", "Åpne saker", "Snitt dager i stadiet", "Lengst i stadiet (dager)"];
                foreach (var s in t.TidIStadium)
                {
                    yield return [s.Stadium.Navn(), s.Apne, s.SnittDager, s.LengstDager];
                }

                break;
            default:
                yield return ["Kreditor", "Saker", "Åpne saker", "Krevd (kr)", "Innbetalt (kr)"];
                foreach (var k in t.Kreditorer)
                {
                    yield return [k.Navn, k.Antall, k.Apne, k.Krav, k.Innbetalt];
                }

                break;
        }
    }
}
