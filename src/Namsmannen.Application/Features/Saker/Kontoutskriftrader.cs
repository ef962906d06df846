using Namsmannen.Domain.Penger;

namespace Namsmannen.Application.Features.Saker;

/// <summary>A case's ledger entries as people read them: in value-date order, each with the booked balance after it.</summary>
public static class Kontoutskriftrader
{
    public sealed record Rad(DateOnly Valuteringsdato, DateOnly Bokforingsdato, Posttype Type, string Tekst, Komponent Komponent, decimal Belop, decimal Saldo);

    public static IReadOnlyList<Rad> Fra(IEnumerable<Kontopost> poster)
    {
        var saldo = 0m;
        return poster.OrderBy(p => p.Valuteringsdato).ThenBy(p => p.Id).Select(p =>
        {
            saldo += p.Belop.Kroner;
            return new Rad(p.Valuteringsdato, p.Bokforingsdato, p.Type, Tekst(p), p.Komponent, p.Belop.Kroner, saldo);
        }).ToList();
    }

    public static string Tekst(Kontopost p) => p.Type switch
    {
        Posttype.Krav => "Krav ved begjæringen",
        Posttype.Rettsgebyr => "Rettsgebyr",
        Posttype.Omkostninger => "Omkostninger",
        Posttype.Betaling => "Innbetaling",
        Posttype.Trekk => "Utleggstrekk",
        Posttype.Salg => "Fra tvangssalget",
        Posttype.Tilbakelevering => "Nedskrevet ved tilbakelevering",
        Posttype.Reduksjon => "Redusert av kreditor",
        _ => $"Forsinkelsesrente {p.RenterFra:dd.MM.yyyy}–{p.RenterTil?.AddDays(-1):dd.MM.yyyy}",
    };

    public static string Navn(Komponent komponent) => komponent switch
    {
        Komponent.Hovedstol => "Hovedstol",
        Komponent.Renter => "Renter",
        Komponent.Omkostninger => "Omkostninger",
        _ => "Rettsgebyr",
    };
}
