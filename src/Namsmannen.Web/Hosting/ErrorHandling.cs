using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Namsmannen.Application.Common;
using Namsmannen.Domain;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Errors under <c>/api</c> become RFC 7807 problem details (validation: 400 with field paths; rules: 422; the rest:
/// 500 with a correlation id and no stack trace). Page errors fall through to the Norwegian error page.
/// </summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>
    /// Whether the request was for the API. Inside the exception handler the path has already been rewritten to the
    /// error page, so the original path is read from <see cref="IExceptionHandlerPathFeature"/>.
    /// </summary>
    public static bool IsApi(HttpContext context) =>
        new PathString(context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path).StartsWithSegments("/api");

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsApi(context))
        {
            return false;
        }

        var (status, problem) = exception switch
        {
            ValidationException validation => (StatusCodes.Status400BadRequest, (ProblemDetails)new ValidationProblemDetails(
                validation.Errors.GroupBy(e => ApiFieldPath(e.PropertyName)).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()))
            {
                Title = "Ugyldige felt i forespørselen.",
            }),
            IkkeFunnetException ikke => (StatusCodes.Status404NotFound, new ProblemDetails { Title = "Finnes ikke.", Detail = ikke.Message }),
            KonfliktException konflikt => (StatusCodes.Status409Conflict, new ProblemDetails { Title = "Saken er endret av en annen.", Detail = konflikt.Message }),
            DomainException domain => (StatusCodes.Status422UnprocessableEntity, new ProblemDetails { Title = "Forespørselen bryter en regel.", Detail = domain.Message }),
            BadHttpRequestException { InnerException: JsonException json } => (StatusCodes.Status400BadRequest, (ProblemDetails)new ValidationProblemDetails(
                new Dictionary<string, string[]> { [JsonFieldPath(json.Path)] = [FindUgyldig(json)?.Message ?? "Verdien har feil format. Datoer skrives ÅÅÅÅ-MM-DD, beløp som JSON-tall i kroner (12000.50), ikke som tekst."] })
            {
                Title = "Ugyldige felt i forespørselen.",
            }),
            BadHttpRequestException bad => (bad.StatusCode, new ProblemDetails { Title = "Ugyldig forespørsel.", Detail = bad.StatusCode == 400 ? "Forespørselen mangler innhold eller kunne ikke leses som JSON." : bad.Message }),
            _ => (StatusCodes.Status500InternalServerError, new ProblemDetails { Title = "Noe gikk galt hos oss.", Detail = "Oppgi korrelasjons-ID-en hvis du kontakter oss." }),
        };

        if (status >= 500)
        {
            LogUnhandled(logger, exception, context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "/");
        }

        problem.Status = status;
        problem.Extensions["korrelasjonsId"] = KorrelasjonsId.Hent(context);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>A problem-details answer written by middleware (a quota, a body limit), before any endpoint runs.</summary>
    public static async Task SkrivProblemAsync(HttpContext http, int status, string tittel, string detalj)
    {
        http.Response.StatusCode = status;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = tittel, Detail = detalj },
        });
    }

    /// <summary>The edge rule's own sentence, when one of <see cref="Api.ApiJson"/>'s converters refused the value.</summary>
    private static Api.ApiJson.UgyldigVerdiException? FindUgyldig(Exception? exception) =>
        exception is null ? null : exception as Api.ApiJson.UgyldigVerdiException ?? FindUgyldig(exception.InnerException);

    /// <summary>System.Text.Json's "$.barnAlder[1]" becomes "barnAlder[1]"; a body that is not JSON at all is "$".</summary>
    public static string JsonFieldPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    /// <summary>FluentValidation's "Items[0].Belop" becomes the API's camelCase "items[0].belop".</summary>
    public static string ApiFieldPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path);
}
