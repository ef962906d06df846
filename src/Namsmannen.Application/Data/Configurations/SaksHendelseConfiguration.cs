using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class SaksHendelseConfiguration : IEntityTypeConfiguration<SaksHendelse>
{
    public void Configure(EntityTypeBuilder<SaksHendelse> builder)
    {
        builder.ToTable("saks_hendelser");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).UseIdentityAlwaysColumn();
        builder.Property(h => h.UtfortAvNavn).HasMaxLength(200).IsRequired();
        builder.Property(h => h.Type).HasMaxLength(60).IsRequired();
        builder.Property(h => h.Beskrivelse).HasMaxLength(1000).IsRequired();
        builder.Property(h => h.Tidligere).HasColumnType("jsonb");
        builder.Property(h => h.Etter).HasColumnType("jsonb");
        builder.HasIndex(h => new { h.SakId, h.Id });
        builder.HasOne<Sak>().WithMany().HasForeignKey(h => h.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
