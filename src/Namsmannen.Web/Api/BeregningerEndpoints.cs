using MediatR;
using Namsmannen.Application.Features.Beregninger;

namespace Namsmannen.Web.Api;

/// <summary>The public calculators as JSON: the same queries the /beregning pages send. Anonymous by design.</summary>
public static class BeregningerEndpoints
{
    public static IEndpointRouteBuilder MapBeregninger(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").AllowAnonymous().WithTags("Beregninger og kontroller")
            .WithMetadata(Hosting.Kroppsgrense.Liten)
            .RequireRateLimiting(Hosting.ApiGrenser.Anonym);
        api.MapPost("/beregninger/utleggstrekk", (BeregnUtleggstrekk.Query query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .WithSummary("Utleggstrekk per måned, med det husstanden beholder linje for linje.");
        api.MapPost("/beregninger/beslagsfritt-innskudd", (BeregnBeslagsfrittInnskudd.Query query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .WithSummary("Beslagsfritt bankinnskudd: to måneders livsopphold for husstanden (dekningsloven § 2-6).");
        api.MapPost("/beregninger/rettsgebyr", (BeregnRettsgebyr.Query query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .WithSummary("Rettsgebyret for et steg på en dato.");
        api.MapPost("/beregninger/forsinkelsesrente", (BeregnForsinkelsesrente.Query query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .WithSummary("Forsinkelsesrente på hovedstolen, delt opp ved hver renteendring.");
        api.MapPost("/beregninger/fordeling", (BeregnFordeling.Query query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .WithSummary("Fordeling av salgssummen etter tvangssalg av løsøre.");
        api.MapPost("/kontroll/fodselsnummer", (KontrollerFodselsnummer.Query query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .WithSummary("Kontroll av et fødselsnummer eller D-nummer.");
        api.MapPost("/kontroll/organisasjonsnummer", (KontrollerOrganisasjonsnummer.Query query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .WithSummary("Kontroll av et organisasjonsnummer.");
        api.MapPost("/kontroll/tvangskraft", (KontrollerTvangskraft.Query query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .WithSummary("Om et tvangsgrunnlag er tvangskraftig på en dato, med grunner.");
        return app;
    }
}
