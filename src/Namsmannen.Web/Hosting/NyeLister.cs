using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Namsmannen.Web.Hosting;

/// <summary>
/// A command's list property (<c>IReadOnlyList&lt;T&gt; Formuesgoder { get; init; } = []</c>) bound from a form's rows.
/// MVC's collection binder copies the rows into the list the property already holds, and the empty list of the
/// initializer is read-only, so the rows were silently dropped. This binds into a new list instead.
/// </summary>
public sealed class NyeLister : IModelBinderProvider
{
    private static readonly Type[] Grensesnitt = [typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(IEnumerable<>), typeof(IList<>), typeof(ICollection<>)];

    private readonly CollectionModelBinderProvider samlinger = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.ModelType;
        if (!type.IsInterface || !type.IsGenericType || !Grensesnitt.Contains(type.GetGenericTypeDefinition()) || type.GetGenericArguments()[0] == typeof(char))
        {
            return null;
        }

        return samlinger.GetBinder(context) is { } indre ? new Binder(indre) : null;
    }

    private sealed class Binder(IModelBinder indre) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            bindingContext.Model = null;
            return indre.BindModelAsync(bindingContext);
        }
    }
}
