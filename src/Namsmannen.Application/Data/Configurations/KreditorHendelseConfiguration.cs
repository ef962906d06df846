using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class KreditorHendelseConfiguration : IEntityTypeConfiguration<KreditorHendelse>
{
    public void Configure(EntityTypeBuilder<KreditorHendelse> builder)
    {
        builder.ToTable("kreditor_hendelser");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).UseIdentityAlwaysColumn();
        builder.Property(h => h.Saksnummer).HasMaxLength(20).IsRequired();
        builder.Property(h => h.Referanse).HasMaxLength(100).IsRequired();
        builder.Property(h => h.Type).HasMaxLength(60).IsRequired();
        builder.Property(h => h.Stadium).HasMaxLength(30).IsRequired();
        // Unconstrained: a sum never overflows the feed (issue 12, H2).
        builder.Property(h => h.Krav).HasColumnType("numeric");
        builder.Property(h => h.Innbetalt).HasColumnType("numeric");
        builder.HasIndex(h => h.Sekvens).IsUnique();
        builder.HasIndex(h => new { h.KreditorId, h.Sekvens });
        builder.HasIndex(h => h.Id).HasDatabaseName("ix_kreditor_hendelser_usekvensert").HasFilter("sekvens IS NULL");
        builder.HasIndex(h => h.SakId);
        builder.HasOne<Kreditor>().WithMany().HasForeignKey(h => h.KreditorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Sak>().WithMany().HasForeignKey(h => h.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
