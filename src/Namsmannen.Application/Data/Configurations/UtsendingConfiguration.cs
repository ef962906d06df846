using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Utboks;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class UtsendingConfiguration : IEntityTypeConfiguration<Utsending>
{
    public void Configure(EntityTypeBuilder<Utsending> builder)
    {
        builder.ToTable("utsendinger");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).UseIdentityAlwaysColumn();
        builder.Property(u => u.Kontor).HasMaxLength(20).IsRequired();
        builder.Property(u => u.Art).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Register).HasConversion<string>().HasMaxLength(30);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.SisteFeil).HasMaxLength(500);
        builder.Property(u => u.Kvittering).HasMaxLength(100);
        // The worker's queue: what waits, by when it may be tried (only those rows are indexed).
        builder.HasIndex(u => u.NesteForsok).HasFilter("status = 'Venter'");
        // The office's error list and the chase of deletions not acknowledged.
        builder.HasIndex(u => new { u.Kontor, u.Status });
        builder.HasIndex(u => u.SakId);
        // One notice of each kind per entry: a closing ordered twice (a retried transaction) sends once.
        builder.HasIndex(u => new { u.Referanse, u.Art }).IsUnique();
        builder.HasOne<Sak>().WithMany().HasForeignKey(u => u.SakId).OnDelete(DeleteBehavior.Restrict);
    }
}
