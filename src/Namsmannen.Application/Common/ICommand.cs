using MediatR;

namespace Namsmannen.Application.Common;

/// <summary>A request that changes state. The pipeline runs every command inside one database transaction.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;
