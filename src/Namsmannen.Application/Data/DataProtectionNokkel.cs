using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Namsmannen.Application.Data;

/// <summary>An ASP.NET Core Data Protection key, kept in PostgreSQL so every app instance reads the same cookies.</summary>
public sealed class DataProtectionNokkel
{
    public int Id { get; init; }

    public string? FriendlyName { get; init; }

    public string Xml { get; init; } = string.Empty;
}

/// <summary>Stores Data Protection keys in PostgreSQL (the EF Core package for it is not in this registry).</summary>
public sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NamsmannenDbContext>();
        return db.DataProtectionNokler.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NamsmannenDbContext>();
        db.DataProtectionNokler.Add(new DataProtectionNokkel { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
