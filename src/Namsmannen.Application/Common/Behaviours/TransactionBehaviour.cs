using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Data;
using Npgsql;

namespace Namsmannen.Application.Common.Behaviours;

/// <summary>
/// Wraps a command in one transaction: it either completes or changes nothing. Queries pass straight through.
/// When PostgreSQL breaks a deadlock by aborting this transaction, nothing of it was kept, so the command runs again
/// from the start (at most three times) instead of failing a user whose request did nothing wrong.
/// The context is taken from the request's services only for a command, so a query that needs none sets none up.
/// </summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(IServiceProvider tjenester)
    : IPipelineBehavior<TRequest, TResponse>
{
    private const int Forsok = 3;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        var db = tjenester.GetRequiredService<NamsmannenDbContext>();
        if (db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        for (var forsok = 1; ; forsok++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var response = await next();
                await transaction.CommitAsync(cancellationToken);
                return response;
            }
            catch (Exception ex) when (forsok < Forsok && ErVranglas(ex))
            {
                // The aborted attempt's tracked entities and noted facts are stale; the next attempt starts again.
                db.Forkast();
            }
        }
    }

    private static bool ErVranglas(Exception ex) =>
        ex is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected }
        || ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected };
}
