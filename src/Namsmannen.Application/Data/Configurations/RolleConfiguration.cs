using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Identity;

namespace Namsmannen.Application.Data.Configurations;

/// <summary>The four roles are reference data: they exist in every database, demo or not.</summary>
internal sealed class RolleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public static readonly IReadOnlyList<IdentityRole> Roller = Identity.Roller.Alle.Select(r => new IdentityRole
    {
        Id = r.ToLowerInvariant(),
        Name = r,
        NormalizedName = r.ToUpperInvariant(),
        ConcurrencyStamp = r.ToLowerInvariant(),
    }).ToList();

    public void Configure(EntityTypeBuilder<IdentityRole> builder) => builder.HasData(Roller);
}
