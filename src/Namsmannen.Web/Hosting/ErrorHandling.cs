using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Namsmannen.Domain;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Errors under <c>/api</c> become RFC 7807 problem details (validation: 400 with field paths; rules: 422; the rest:
/// 500 with a correlation id and no stack trace). Page errors fall through to the Norwegian error page.
/// </summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

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
            DomainException domain => (StatusCodes.Status422UnprocessableEntity, new ProblemDetails { Title = "Forespørselen bryter en regel.", Detail = domain.Message }),
            BadHttpRequestException bad => (bad.StatusCode, new ProblemDetails { Title = "Ugyldig forespørsel.", Detail = "Forespørselen kunne ikke leses." }),
            _ => (StatusCodes.Status500InternalServerError, new ProblemDetails { Title = "Noe gikk galt hos oss.", Detail = "Oppgi korrelasjons-ID-en hvis du kontakter oss." }),
        };

        if (status >= 500)
        {
            LogUnhandled(logger, exception, context.Request.Path.Value ?? "/");
        }

        problem.Status = status;
        problem.Extensions["korrelasjonsId"] = RequestLoggingMiddleware.CorrelationId(context);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>FluentValidation's "Items[0].Belop" becomes the API's camelCase "items[0].belop".</summary>
    public static string ApiFieldPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path);
}
