using Microsoft.AspNetCore.Mvc;
using Namsmannen.Application.Common;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// Refuses a query string or form field holding NUL, a lone surrogate or a control character other than a line
/// break or tab (issue 12, H5), before any page, handler or query sees it: a 400 naming the field, on the error page
/// for people and as problem details for the API. One rule (<see cref="Tegn"/>) for every page.
/// </summary>
public sealed class Tegnvakt(RequestDelegate next)
{
    /// <summary>The sentence the error page shows for a refused request (<see cref="Pages.Feil"/>).</summary>
    public const string Feilmelding = "namsmannen:feilmelding";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            // The error page for a refused request: it shows the message, and the query it keeps is not checked again.
            await next(context);
            return;
        }

        var felt = context.Request.Query.FirstOrDefault(q => !Tegn.ErGyldig(q.Key) || q.Value.Any(v => !Tegn.ErGyldig(v, fritekst: true))).Key;
        if (felt is null && context.Request.HasFormContentType && !ApiExceptionHandler.IsApi(context))
        {
            try
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                felt = form.FirstOrDefault(f => !Tegn.ErGyldig(f.Key) || f.Value.Any(v => !Tegn.ErGyldig(v, fritekst: true))).Key
                    ?? form.Files.FirstOrDefault(f => !Tegn.ErGyldig(f.FileName))?.Name;
            }
            catch (InvalidDataException)
            {
                // ASP.NET Core's own form reader refuses a NUL before any field is known.
                felt = "skjema";
            }
        }

        if (felt is null)
        {
            await next(context);
            return;
        }

        var navn = Tegn.Rens(felt)!.Replace(ValidationExceptionPageFilter.FormPrefix + ".", string.Empty, StringComparison.Ordinal);
        var melding = $"Feltet «{navn}»: {Tegn.Melding} Ingenting er lagret.";
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (ApiExceptionHandler.IsApi(context))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ValidationProblemDetails(new Dictionary<string, string[]> { [navn] = [melding] }) { Title = "Ugyldige felt i forespørselen.", Status = 400 },
            });
            return;
        }

        context.Items[Feilmelding] = melding;
    }
}
