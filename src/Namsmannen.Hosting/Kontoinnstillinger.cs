using Microsoft.Extensions.Configuration;
using Namsmannen.Application.Features.Trekkordning;
using Namsmannen.Application.Features.Utbetalinger;
using Namsmannen.Domain.Identifikatorer;
using Namsmannen.Domain.Penger;

namespace Namsmannen.Hosting;

/// <summary>
/// The real accounts production pays from and tells employers to pay to. The demo's made-up accounts
/// (<see cref="Namsmannskonto.Demo"/>, <see cref="Samordningskonto.Simulator"/>) are never used in production: without
/// these settings the app refuses to start, naming what is missing (docs/operations.md).
/// </summary>
public static class Kontoinnstillinger
{
    /// <summary>Namsmannen's own account, from <c>Namsmannskonto:Navn</c>, <c>:Organisasjonsnummer</c>, <c>:Kontonummer</c>, <c>:Bic</c>.</summary>
    public static Namsmannskonto Namsmannskonto(IConfiguration configuration)
    {
        var s = configuration.GetSection("Namsmannskonto");
        var feil = new List<string>();
        var navn = s["Navn"];
        if (string.IsNullOrWhiteSpace(navn))
        {
            feil.Add("Namsmannskonto__Navn (kontohaverens navn)");
        }

        if (!Organisasjonsnummer.TryParse(s["Organisasjonsnummer"], out var orgnr, out _))
        {
            feil.Add("Namsmannskonto__Organisasjonsnummer (et gyldig organisasjonsnummer)");
        }

        var konto = Kontonummer.TryParse(s["Kontonummer"], out var k, out _) ? k : null;
        if (konto is null)
        {
            feil.Add("Namsmannskonto__Kontonummer (et gyldig kontonummer, 11 siffer)");
        }

        var bic = s["Bic"];
        if (string.IsNullOrWhiteSpace(bic))
        {
            feil.Add("Namsmannskonto__Bic (bankens BIC, for eksempel DNBANOKK)");
        }

        return feil.Count == 0
            ? new Namsmannskonto(navn!, orgnr.Verdi, konto!.Verdi, bic!.Trim())
            : throw Mangler(feil, "namsmannens konto (som utbetalingene i pain.001 betales fra)");
    }

    /// <summary>Skatteetaten's account for the coordinated trekk, from <c>Samordning:Kontonummer</c>.</summary>
    public static Samordningskonto Samordningskonto(IConfiguration configuration) =>
        Kontonummer.TryParse(configuration["Samordning:Kontonummer"], out var konto, out _)
            ? new Samordningskonto("Skatteetaten, samordnet trekk", konto.Verdi)
            : throw Mangler(["Samordning__Kontonummer (Skatteetatens konto for samordnet trekk, 11 siffer)"], "kontoen for samordnet trekk (som arbeidsgiverne betaler til)");

    private static InvalidOperationException Mangler(IEnumerable<string> innstillinger, string hva) => new(
        $"I Production må {hva} være satt: {string.Join(", ", innstillinger)}. Demokontoene brukes aldri i produksjon (se docs/operations.md).");
}
