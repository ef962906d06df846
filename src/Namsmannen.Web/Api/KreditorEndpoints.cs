using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Namsmannen.Application.Features.Begjaringer;
using Namsmannen.Application.Features.Brevsending;
using Namsmannen.Application.Features.Portal;
using Namsmannen.Application.Features.Saker;
using Namsmannen.Domain.Saker;
using Namsmannen.Web.Hosting;

namespace Namsmannen.Web.Api;

/// <summary>
/// The creditors' system-to-system API. Every endpoint needs an API key bound to one creditor organisation, and sees
/// only that organisation's cases, receipts and events: anything else is 404, as if it did not exist.
/// </summary>
public static class KreditorEndpoints
{
    public static IEndpointRouteBuilder MapKreditorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(Policies.KreditorApi)
            .WithMetadata(new ApiKvoteMerke())
            .WithTags("Kreditor")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapPost("/begjaringer/batch", SendBatchAsync)
            .Accepts<BatchForesporsel>("application/json")
            .Produces<BatchSvar>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Send opptil 1 000 begjæringer. Svaret har én kvittering per begjæring: MOTTATT, AVVIST eller DUPLIKAT. Med ?valider=true kommer de samme kvitteringene uten at noe lagres.");

        api.MapGet("/innsendinger/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var resultat = await mediator.Send(new InnsendingMedKvitteringer.Query(id), ct);
                var i = resultat.Innsending;
                return new BatchSvar(i.Id, i.AntallRader, i.Mottatt, i.Avvist, i.Duplikat, resultat.Kvitteringer);
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Kvitteringene for en innsending på nytt, for en klient som mistet svaret.");

        api.MapGet("/saker/{saksnummer}", async (string saksnummer, IMediator mediator, CancellationToken ct) =>
                SakStatus.Fra(await mediator.Send(new KreditorSak.Query(saksnummer), ct)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Status for én sak: stadium, beløp og historikk.");

        api.MapGet("/saker/{saksnummer}/kontoutskrift", async (string saksnummer, IMediator mediator, CancellationToken ct) =>
                KontoutskriftSvar.Fra(await mediator.Send(new KreditorKontoutskrift.Query(saksnummer), ct)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Kontoutskriften for én sak: saldo i dag per komponent med forsinkelsesrente til i dag, og hver postering med saldoen etter den.");

        api.MapPut("/saker/{saksnummer}/avregningsrekkefolge", async (string saksnummer, AvregningsrekkefolgeJson body, IMediator mediator, CancellationToken ct) =>
                AvregningsrekkefolgeSvar.Fra(await mediator.Send(new SettAvregningsrekkefolge.Command { Saksnummer = saksnummer, Rekkefolge = body.Rekkefolge ?? [] }, ct)))
            .WithMetadata(Kroppsgrense.Liten)
            .Produces<AvregningsrekkefolgeSvar>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Bestem rekkefølgen innbetalinger på saken dekker delene av kravet i (HOVEDSTOL, RENTER, OMKOSTNINGER, RETTSGEBYR). En tom liste gir standard rekkefølge: omkostninger og rettsgebyr, renter, hovedstol.");

        api.MapGet("/hendelser", async (long? etter, int? antall, IMediator mediator, CancellationToken ct) =>
            {
                var resultat = await mediator.Send(new Hendelser.Query(etter ?? 0, antall ?? 100), ct);
                return new HendelserSvar(
                    resultat.Hendelser.Select(h =>
                    {
                        var stadium = Enum.Parse<Saksstadium>(h.Stadium);
                        return new HendelseJson(h.Sekvens, h.Saksnummer, h.Referanse, h.Type, KreditorApiModeller.StadiumKode(stadium), stadium.Navn(), h.Krav, h.Innbetalt, h.Utestaende, h.Dato, h.Tidspunkt);
                    }).ToList(),
                    resultat.Neste);
            })
            .ProducesValidationProblem()
            .WithSummary("Statusendringer i egne saker etter et sekvensnummer, i stigende rekkefølge. Lagre «neste» og spør etter den neste gang.");

        api.MapPost("/saker/{saksnummer}/tilbaketrekking", async (string saksnummer, TilbaketrekkingJson body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new TrekkBegjaring.Command { Saksnummer = saksnummer, Begrunnelse = body.Begrunnelse }, ct);
                return SakStatus.Fra(await mediator.Send(new KreditorSak.Query(saksnummer), ct));
            })
            .Endring("Trekk begjæringen. Saken avsluttes, og alle ventende steg stanses.");

        api.MapPost("/saker/{saksnummer}/kravreduksjon", async (string saksnummer, KravreduksjonJson body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ReduserKrav.Command { Saksnummer = saksnummer, Hovedstol = body.Hovedstol, Renter = body.Renter, Omkostninger = body.Omkostninger }, ct);
                return SakStatus.Fra(await mediator.Send(new KreditorSak.Query(saksnummer), ct));
            })
            .Endring("Reduser kravet. Ingen del kan øke, og kravet kan ikke bli lavere enn det som er betalt.");

        api.MapPost("/saker/{saksnummer}/utsettelse", async (string saksnummer, UtsettelseJson body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new UtsettSak.Command { Saksnummer = saksnummer, Til = body.Til, Begrunnelse = body.Begrunnelse, Bekreftet = body.Bekreftet }, ct);
                return SakStatus.Fra(await mediator.Send(new KreditorSak.Query(saksnummer), ct));
            })
            .Endring("Be om utsettelse til en dato. Saken står stille til den gjenopptas.");

        api.MapPost("/saker/{saksnummer}/betalinger", async (string saksnummer, BetalingJson body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RegistrerBetaling.Command { Saksnummer = saksnummer, Belop = body.Belop, Dato = body.Dato, Trekkperiode = body.Trekkperiode }, ct);
                return SakStatus.Fra(await mediator.Send(new KreditorSak.Query(saksnummer), ct));
            })
            .Endring("Meld en betaling skyldneren har gjort direkte til kreditor. Er det arbeidsgiverens innbetaling av et trekk (gamle regler), oppgi «trekkperiode» (ÅÅÅÅ-MM). Er alt betalt, avsluttes saken og trekket stoppes straks.");

        api.MapGet("/saker/{saksnummer}/brev", async (string saksnummer, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new Brevliste.Query(saksnummer), ct)).Where(b => b.Sendt is not null).Select(BrevJson.Fra).ToList())
            .Produces<List<BrevJson>>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Brevene namsmannen har sendt dere i saken: id, type, målform (nb eller nn), dato og mottaker. Hent hvert brev som PDF med /api/v1/brev/{id}/pdf.");

        api.MapGet("/brev/{id:guid}/pdf", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var brev = await mediator.Send(new HentBrev.Query(null, id, Pdf: true), ct);
                return Results.File(brev.Innhold, brev.Innholdstype, brev.Filnavn);
            })
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Ett brev til dere, som PDF slik dere fikk det. Et brev i en annen kreditors sak, eller til en annen part, gir 404.");

        return app;
    }

    private static RouteHandlerBuilder Endring(this RouteHandlerBuilder builder, string summary) => builder
        .AddEndpointFilter(IdempotentAsync)
        .WithMetadata(Kroppsgrense.Liten)
        .Produces<SakStatus>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithSummary(summary);

    /// <summary>
    /// With an <c>Idempotency-Key</c> header, the amendment and its stored answer share one transaction, and a retry
    /// with the same key and body gets the same answer (<c>Idempotent-Replayed: true</c>) without booking again (issue 12, H6).
    /// </summary>
    private static async ValueTask<object?> IdempotentAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(Idempotens.Header, out var verdi))
        {
            return await next(context);
        }

        var nokkel = verdi.ToString();
        if (Idempotens.Feil(nokkel) is { } feil)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [Idempotens.Header] = [feil] }, title: "Ugyldige felt i forespørselen.");
        }

        var json = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        // The bound body stands for the request: its JSON, with the method and path, is what a retry must repeat.
        var body = JsonSerializer.SerializeToUtf8Bytes(context.Arguments.Where(a => a is not (HttpContext or IMediator or CancellationToken or string)).ToList(), json);
        var sti = http.Request.Path.Value ?? string.Empty;
        var kreditorId = Guid.Parse(http.User.FindFirst(HttpCurrentUser.KreditorClaim)!.Value);
        var db = http.RequestServices.GetRequiredService<Application.Data.NamsmannenDbContext>();
        var idempotens = http.RequestServices.GetRequiredService<Idempotens>();
        await using var transaksjon = await db.Database.BeginTransactionAsync(http.RequestAborted);
        if (await idempotens.ReserverAsync(kreditorId, nokkel, sti, Idempotens.Hash(http.Request.Method, sti, body), http.RequestAborted) is { } lagret)
        {
            await transaksjon.CommitAsync(http.RequestAborted);
            http.Response.Headers["Idempotent-Replayed"] = "true";
            return Results.Content(lagret.Svar, "application/json; charset=utf-8", System.Text.Encoding.UTF8, lagret.Status);
        }

        var svar = JsonSerializer.Serialize(await next(context), json);
        await idempotens.LagreAsync(kreditorId, nokkel, StatusCodes.Status200OK, svar, http.RequestAborted);
        await transaksjon.CommitAsync(http.RequestAborted);
        return Results.Content(svar, "application/json; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status200OK);
    }

    private static async Task<IResult> SendBatchAsync(HttpContext http, IMediator mediator, CancellationToken cancellationToken)
    {
        // Limits are checked before anything is written: a batch is never half stored (issue 5).
        if (http.Request.ContentLength > ApiGrenser.MaksBytes)
        {
            return ForStor($"Forespørselen er {http.Request.ContentLength / 1024 / 1024.0:0.0} MB; grensen er 5 MB. Del den opp i flere forespørsler.");
        }

        using var buffer = new MemoryStream();
        var les = new byte[81920];
        int lest;
        while ((lest = await http.Request.Body.ReadAsync(les, cancellationToken)) > 0)
        {
            if (buffer.Length + lest > ApiGrenser.MaksBytes)
            {
                return ForStor("Forespørselen er større enn grensen på 5 MB. Del den opp i flere forespørsler.");
            }

            buffer.Write(les, 0, lest);
        }

        JsonDocument dokument;
        try
        {
            dokument = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
        catch (JsonException ex)
        {
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { ["$"] = [$"Innholdet er ikke gyldig JSON (linje {ex.LineNumber + 1}, posisjon {ex.BytePositionInLine + 1})."] },
                title: "Ugyldige felt i forespørselen.");
        }

        using (dokument)
        {
            if (dokument.RootElement.ValueKind != JsonValueKind.Object
                || !dokument.RootElement.TryGetProperty("begjaringer", out var liste)
                || liste.ValueKind != JsonValueKind.Array)
            {
                return Results.ValidationProblem(
                    new Dictionary<string, string[]> { ["begjaringer"] = ["Send et objekt med en liste «begjaringer»: { \"begjaringer\": [ … ] }."] },
                    title: "Ugyldige felt i forespørselen.");
            }

            var antall = liste.GetArrayLength();
            if (antall > SendBegjaringer.MaksAntall)
            {
                return ForStor($"Forespørselen har {antall} begjæringer; grensen er {SendBegjaringer.MaksAntall}. Del den opp i flere forespørsler.");
            }

            var rader = liste.EnumerateArray().Select(KreditorApiModeller.LesRad).ToList();
            var resultat = http.Request.Query["valider"] == "true"
                ? await mediator.Send(new SendBegjaringer.Valider(rader), cancellationToken)
                : await mediator.Send(new SendBegjaringer.Command(rader), cancellationToken);
            return new BatchSvarResultat(resultat, rader.Count);
        }
    }

    /// <summary>The <see cref="BatchSvar"/> answer, with the receipts written as the JSON already stored for them.</summary>
    private sealed class BatchSvarResultat(SendBegjaringer.Result resultat, int antall) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await using var json = new Utf8JsonWriter(httpContext.Response.Body);
            json.WriteStartObject();
            if (resultat.InnsendingId == Guid.Empty)
            {
                // ?valider=true: nothing was stored, so there is no submission to refer to.
                json.WriteNull("innsendingId");
                json.WriteBoolean("validert", true);
            }
            else
            {
                json.WriteString("innsendingId", resultat.InnsendingId);
            }

            json.WriteNumber("antall", antall);
            json.WriteNumber("mottatt", resultat.Mottatt);
            json.WriteNumber("avvist", resultat.Avvist);
            json.WriteNumber("duplikat", resultat.Duplikat);
            json.WritePropertyName("kvitteringer");
            json.WriteRawValue(resultat.KvitteringerJson, skipInputValidation: true);
            json.WriteEndObject();
            await json.FlushAsync(httpContext.RequestAborted);
        }
    }

    private static IResult ForStor(string detalj) => Results.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = "Forespørselen er for stor.",
        Detail = detalj + " Ingenting i denne forespørselen er lagret.",
    });
}
