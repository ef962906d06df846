using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class KlageConfiguration : IEntityTypeConfiguration<Klage>
{
    public void Configure(EntityTypeBuilder<Klage> builder)
    {
        builder.ToTable("klager");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).UseIdentityAlwaysColumn();
        builder.Property(k => k.Gjelder).HasMaxLength(40).IsRequired();
        builder.Property(k => k.Innhold).HasMaxLength(800).IsRequired();
        builder.Property(k => k.Avgjorelse).HasMaxLength(800);
        builder.HasIndex(k => k.SakId);
        builder.HasOne<Sak>().WithMany().HasForeignKey(k => k.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
