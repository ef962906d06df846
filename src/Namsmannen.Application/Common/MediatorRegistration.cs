using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Namsmannen.Application.Common.Behaviours;

namespace Namsmannen.Application.Common;

/// <summary>
/// MediatR 5.1.0 has no DI package of its own, so its handlers are registered by scanning this assembly
/// (docs/decisions/0001-mediatr-5.md); the validators by FluentValidation's own <c>AddValidatorsFromAssembly</c>.
/// </summary>
public static class MediatorRegistration
{
    public static IServiceCollection AddCommandPipeline(this IServiceCollection services, Assembly assembly)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();

        var handlerInterfaces = new[] { typeof(IRequestHandler<,>), typeof(INotificationHandler<>) };
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var implemented in type.GetInterfaces().Where(i => i.IsGenericType && handlerInterfaces.Contains(i.GetGenericTypeDefinition())))
            {
                services.AddScoped(implemented, type);
            }
        }

        // A validator that needs nothing is built once (its rules are read-only after construction); one that needs
        // the request's context or clock is built per request.
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, v => Uavhengig(v.ValidatorType));
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Scoped, v => !Uavhengig(v.ValidatorType));

        // Outermost first: logging, then validation, then the transaction around the handler.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        return services;
    }

    private static bool Uavhengig(Type validator) => validator.GetConstructors().All(c => c.GetParameters().Length == 0);
}
