using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class ApiNokkelConfiguration : IEntityTypeConfiguration<ApiNokkel>
{
    public void Configure(EntityTypeBuilder<ApiNokkel> builder)
    {
        builder.ToTable("api_nokler");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Navn).HasMaxLength(100).IsRequired();
        builder.Property(k => k.Prefiks).HasMaxLength(20).IsRequired();
        builder.HasIndex(k => k.Prefiks).IsUnique();
        builder.Property(k => k.Hash).IsRequired();
        builder.Property(k => k.OpprettetAvNavn).HasMaxLength(200).IsRequired();
        builder.Property(k => k.TilbakekaltAvNavn).HasMaxLength(200);
        builder.HasIndex(k => k.KreditorId);
        builder.HasOne<Kreditor>().WithMany().HasForeignKey(k => k.KreditorId).OnDelete(DeleteBehavior.Restrict);
    }
}
