using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class FordelingForslagLinjeConfiguration : IEntityTypeConfiguration<FordelingForslagLinje>
{
    public void Configure(EntityTypeBuilder<FordelingForslagLinje> builder)
    {
        builder.ToTable("fordelingslinjer");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).UseIdentityAlwaysColumn();
        builder.Property(l => l.Mottaker).HasMaxLength(100).IsRequired();
        builder.HasIndex(l => new { l.FordelingId, l.Rekkefolge }).IsUnique();
    }
}
