using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class KlageConfiguration : IEntityTypeConfiguration<Klage>
{
    public void Configure(EntityTypeBuilder<Klage> builder)
    {
        builder.ToTable("klager");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).UseIdentityAlwaysColumn();
        builder.Property(k => k.Gjelder).HasConversion<string>().HasMaxLength(40).IsRequired();
        builder.Property(k => k.Innhold).HasMaxLength(800).IsRequired();
        builder.Property(k => k.Avgjorelse).HasMaxLength(800);
        builder.Property(k => k.Utfall).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(k => k.SakId);
        builder.Ignore(k => k.ErApen);
        builder.Ignore(k => k.KanOversendes);
        builder.HasOne<Sak>().WithMany(s => s.Klager).HasForeignKey(k => k.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
