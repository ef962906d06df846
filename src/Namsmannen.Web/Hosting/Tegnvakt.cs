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

    /// <summary>The largest multipart post (an upload with its form).</summary>
    public const long MaksMultipart = 30 * 1024 * 1024;

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
            if (context.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true
                && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } storrelse)
            {
                // The form is read here, before a page's own [RequestSizeLimit] could apply, so every multipart post
                // has one explicit limit (issue 12, H3): 30 MB, room for a 20 MB CSV file or a begjæring's PDFs.
                storrelse.MaxRequestBodySize = MaksMultipart;
            }

            if (context.Request.ContentLength > MaksMultipart)
            {
                // A declared length above the limit is refused before a byte is read.
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

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
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                // Larger than any upload the app takes: the error page says so (status code pages).
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
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
