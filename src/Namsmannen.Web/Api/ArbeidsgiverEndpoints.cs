using MediatR;
using Namsmannen.Application.Features.Trekkordning;
using Namsmannen.Domain.Trekkordning;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Api;

/// <summary>
/// The employers' API (issue 17), in the shape of Skatteetaten's trekkpålegg API: a payroll system polls the versions
/// of the orders addressed to its organisasjonsnummer and reports deviations. Every endpoint needs an employer key;
/// an order addressed to anyone else is 404, as if it did not exist.
/// </summary>
public static class ArbeidsgiverEndpoints
{
    public static IEndpointRouteBuilder MapArbeidsgiverApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/arbeidsgiver")
            .RequireAuthorization(Policies.ArbeidsgiverApi)
            .WithTags("Arbeidsgiver")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapGet("/trekkpalegg", async (long? etter, int? antall, IMediator mediator, CancellationToken ct) =>
            {
                var resultat = await mediator.Send(new Trekkpaleggfeed.Query(etter ?? 0, antall ?? 100), ct);
                return new TrekkpaleggfeedSvar(resultat.Versjoner.Select(TrekkpaleggJson.Fra).ToList(), resultat.Neste);
            })
            .Produces<TrekkpaleggfeedSvar>()
            .ProducesValidationProblem()
            .WithSummary("Versjonene av trekkpåleggene til virksomheten etter et sekvensnummer, i stigende rekkefølge: AKTIV (nytt), ENDRET (nytt beløp fra fraDato), STOPPET (ikke trekk for lønn utbetalt etter tilDato). Lagre «neste» og spør etter den neste gang.");

        api.MapGet("/trekkpalegg/{trekkId:guid}", async (Guid trekkId, IMediator mediator, CancellationToken ct) =>
                TrekkpaleggJson.Fra(await mediator.Send(new EttTrekkpalegg.Query(trekkId), ct)))
            .Produces<TrekkpaleggJson>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Ett trekkpålegg slik det gjelder nå (nyeste versjon).");

        api.MapPost("/trekkpalegg/{trekkId:guid}/avvik", async (Guid trekkId, AvvikJson body, IMediator mediator, CancellationToken ct) =>
            {
                var resultat = await mediator.Send(new MeldTrekkavvik.Command { TrekkId = trekkId, Avvik = body.Avvik, Periode = body.Periode, Beskrivelse = body.Beskrivelse }, ct);
                return Results.Created($"/api/v1/arbeidsgiver/trekkpalegg/{trekkId}", new AvvikSvar(resultat.TrekkId, resultat.Avvik, resultat.Periode, resultat.Frist));
            })
            .WithMetadata(Kroppsgrense.Liten)
            .Produces<AvvikSvar>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Meld et avvik: ARBEIDSFORHOLD_OPPHORT, FOR_LAV_INNTEKT eller ANNET_TREKK_FORAN, eventuelt for en periode (ÅÅÅÅ-MM). Namsmannen får en oppgave med frist.");

        return app;
    }
}

public sealed record TrekkpaleggfeedSvar(IReadOnlyList<TrekkpaleggJson> Trekkpalegg, long Neste);

public sealed record TrekkskyldnerJson(string Fodselsnummer, string Navn);

public sealed record BetalTilJson(string? Konto, string? Kid);

/// <summary>One version of an order; the field names follow Skatteetaten's trekkpålegg API where it has them.</summary>
public sealed record TrekkpaleggJson(Guid TrekkId, int Versjon, long Sekvens, string Status, TrekkskyldnerJson Skyldner, decimal? BelopPerManed, decimal? Prosent, DateOnly FraDato, DateOnly? TilDato, BetalTilJson BetalTil, string Regime, string Grunn, string Hjemmel)
{
    public static TrekkpaleggJson Fra(Trekkpaleggfeed.Versjon v) => new(
        v.TrekkId,
        v.Nummer,
        v.Sekvens,
        v.Status.ToString().ToUpperInvariant(),
        new TrekkskyldnerJson(v.Skyldner.Fodselsnummer, v.Skyldner.Navn),
        v.BelopPerManed.Kroner,
        // The contract's percentage field: these orders are always in kroner.
        null,
        v.FraDato,
        v.TilDato,
        new BetalTilJson(v.BetalTil.Konto, v.BetalTil.Kid),
        v.Regime == Trekkregime.Direkte ? "DIREKTE_TIL_KREDITOR" : "SAMORDNET",
        v.Grunn,
        v.Hjemmel);
}

public sealed record AvvikJson(string? Avvik, string? Periode, string? Beskrivelse);

public sealed record AvvikSvar(Guid TrekkId, string Avvik, string? Periode, DateOnly Frist);
