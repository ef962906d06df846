using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Namsmannen.Application.Common;
using Namsmannen.Domain;

namespace Namsmannen.Web.Hosting;

/// <summary>A page whose form failed can reload what it shows (lists, choices) before it is rendered again.</summary>
public interface IReloadsAfterFailedPost
{
    Task ReloadAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Turns a command's <see cref="ValidationException"/> into field errors on the form, and a <see cref="DomainException"/>
/// or a concurrency conflict into a message at the top of the form, then shows the same page again with what the user
/// typed. A case that does not exist becomes the 404 page.
/// Forms bind the command as <c>[BindProperty] public Command Data</c>, so field keys are prefixed with <c>Data.</c>.
/// </summary>
public sealed class ValidationExceptionPageFilter : IAsyncPageFilter
{
    public const string FormPrefix = "Data";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled || executed.HandlerInstance is not PageModel page)
        {
            return;
        }

        var prefix = page.GetType().GetProperty(FormPrefix) is null ? string.Empty : FormPrefix + ".";
        switch (executed.Exception)
        {
            case ValidationException validation:
                foreach (var error in validation.Errors)
                {
                    page.ModelState.AddModelError(prefix + error.PropertyName, error.ErrorMessage);
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
        if (page is IReloadsAfterFailedPost reloading)
        {
            await reloading.ReloadAsync(context.HttpContext.RequestAborted);
        }

        executed.Result = page.Page();
    }
}
