using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Common;
using Namsmannen.Domain;

namespace Namsmannen.Web.Hosting;

/// <summary>A page whose form names some of the command's properties otherwise, decided when the form is read (rows left out).</summary>
public interface ISkjemafelter
{
    string? Skjemafelt(string kommandofelt);
}

/// <summary>A page whose form failed can reload what it shows (lists, choices) before it is rendered again.</summary>
public interface IReloadsAfterFailedPost
{
    Task ReloadAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Turns a command's <see cref="ValidationException"/> into field errors on the form, and a <see cref="DomainException"/>
/// or a concurrency conflict into a message at the top of the form, then shows the same page again with what the user
/// typed. A case that does not exist becomes the 404 page.
/// Forms bind the command as <c>[BindProperty] public Command Data</c>, so field keys are prefixed with <c>Data.</c>;
/// a handler whose form names a field otherwise says so with <see cref="SkjemafeltAttribute"/>.
/// </summary>
public sealed class ValidationExceptionPageFilter : IAsyncPageFilter
{
    public const string FormPrefix = "Data";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    /// <summary>
    /// A GET whose query a rule refused (a too short search) shows the page with the message by its field, when the
    /// page can load what it shows despite the bad value; otherwise (an unknown office) it cannot, and it is a 400.
    /// </summary>
    private static async Task<bool> KanViseFeilenAsync(PageModel page, Exception exception, CancellationToken cancellationToken)
    {
        if (page is not IReloadsAfterFailedPost reloading)
        {
            return false;
        }

        var prefix = page.GetType().GetProperty(FormPrefix) is null ? string.Empty : FormPrefix + ".";
        IEnumerable<(string Felt, string Melding)> feil = exception is ValidationException v
            ? v.Errors.Select(e => (prefix + e.PropertyName, e.ErrorMessage))
            : [(string.Empty, exception.Message)];
        foreach (var (felt, melding) in feil)
        {
            page.ModelState.AddModelError(felt, melding);
        }

        try
        {
            await reloading.ReloadAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is ValidationException or DomainException)
        {
            return false;
        }
    }

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var onsket = context.HttpContext.Request.Query["handler"].ToString() is { Length: > 0 } q ? q : context.RouteData.Values["handler"] as string;
        if ((context.HandlerMethod is null && !HttpMethods.IsGet(context.HttpContext.Request.Method))
            || (!string.IsNullOrEmpty(onsket) && !string.Equals(context.HandlerMethod?.Name, onsket, StringComparison.OrdinalIgnoreCase)))
        {
            // ?handler=Nope, or a POST to a page without one: nothing to run, so nothing is shown (issue 12, H5).
            context.Result = new Microsoft.AspNetCore.Mvc.NotFoundResult();
            return;
        }

        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled || executed.HandlerInstance is not PageModel page)
        {
            return;
        }

        if (HttpMethods.IsGet(context.HttpContext.Request.Method) && executed.Exception is ValidationException or DomainException
            && !await KanViseFeilenAsync(page, executed.Exception, context.HttpContext.RequestAborted))
        {
            // A GET has no form to show the error on (/leder?kontor=UKJENT): the error page with the message, as a 400.
            context.HttpContext.Items[Tegnvakt.Feilmelding] = executed.Exception is ValidationException v
                ? string.Join(" ", v.Errors.Select(e => e.ErrorMessage).Distinct())
                : executed.Exception.Message;
            executed.ExceptionHandled = true;
            executed.Result = new Microsoft.AspNetCore.Mvc.BadRequestResult();
            return;
        }

        if (HttpMethods.IsGet(context.HttpContext.Request.Method) && executed.Exception is ValidationException or DomainException)
        {
            executed.ExceptionHandled = true;
            executed.Result = page.Page();
            return;
        }

        var prefix = page.GetType().GetProperty(FormPrefix) is null ? string.Empty : FormPrefix + ".";
        var felt = context.HandlerMethod?.MethodInfo.GetCustomAttributes(typeof(SkjemafeltAttribute), false).Cast<SkjemafeltAttribute>()
            .ToDictionary(a => a.Kommandofelt, a => a.Skjemafelt) ?? [];
        switch (executed.Exception)
        {
            case ValidationException validation:
                foreach (var error in validation.Errors)
                {
                    var skjemafelt = (page as ISkjemafelter)?.Skjemafelt(error.PropertyName)
                        ?? (felt.TryGetValue(error.PropertyName, out var navngitt) ? navngitt : prefix + error.PropertyName);
                    page.ModelState.AddModelError(skjemafelt, error.ErrorMessage);
                }

                break;
            case DomainException domain:
                page.ModelState.AddModelError(string.Empty, domain.Message);
                break;
            case KonfliktException konflikt:
                page.ModelState.AddModelError(string.Empty, konflikt.Message);
                break;
            case IkkeFunnetException:
                executed.ExceptionHandled = true;
                executed.Result = new Microsoft.AspNetCore.Mvc.NotFoundResult();
                return;
            case UnauthorizedAccessException:
                // A user the policies let in but the data does not (a caseworker without an office): "no access".
                executed.ExceptionHandled = true;
                executed.Result = new Microsoft.AspNetCore.Mvc.ForbidResult();
                return;
            default:
                return;
        }

        executed.ExceptionHandled = true;
        try
        {
            if (page is IReloadsAfterFailedPost reloading)
            {
                await reloading.ReloadAsync(context.HttpContext.RequestAborted);
            }

            executed.Result = page.Page();
        }
        catch (IkkeFunnetException)
        {
            // The form was refused before the case was looked up, and the case is not the user's to see: no page.
            executed.Result = new Microsoft.AspNetCore.Mvc.NotFoundResult();
        }
    }
}
