using MediatR;
using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Data;

namespace Namsmannen.Application.Common.Behaviours;

/// <summary>Wraps a command in one transaction: it either completes or changes nothing. Queries pass straight through.</summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(NamsmannenDbContext db)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse> || db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
