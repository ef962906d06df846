using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class FristConfiguration : IEntityTypeConfiguration<Frist>
{
    public void Configure(EntityTypeBuilder<Frist> builder)
    {
        builder.ToTable("frister");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).UseIdentityAlwaysColumn();
        builder.Property(f => f.Type).HasConversion(t => Fristkoder.Kode(t), k => Fristkoder.Type(k)).HasMaxLength(40).IsRequired();
        builder.Property(f => f.Beskrivelse).HasMaxLength(300).IsRequired();
        builder.HasIndex(f => new { f.Oppfylt, f.Dato });
        builder.HasIndex(f => f.SakId);
        builder.HasOne<Sak>().WithMany(s => s.Frister).HasForeignKey(f => f.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
