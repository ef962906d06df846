using FluentValidation;
using MediatR;

namespace Namsmannen.Application.Common.Behaviours;

/// <summary>
/// Runs every validator of the request and throws one exception carrying all field errors. A rule of the domain that
/// names the field it concerns (<see cref="Domain.DomainException.Felt"/>) becomes a field error the same way.
/// </summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        try
        {
            return await next();
        }
        catch (Domain.DomainException feil) when (feil.Felt is { } felt)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(felt, feil.Message)]);
        }
    }
}
